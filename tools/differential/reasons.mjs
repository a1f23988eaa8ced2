// Why our parser and lezer disagree on an expression: one reason per disagreement, by rules written after reading
// every disagreement (see README.md, "Disagreements"). An expression no rule explains is "unexplained", which
// README.md must then discuss.

const GRAFANA_VARIABLE = /\$\{?[A-Za-z_]|\[\[[A-Za-z_]/;

/** Single expressions whose disagreement has its own reason, by exact text. */
const KNOWN = new Map([
  ['1.', "Go's lexer reads `1.` as a number; lezer-promql's number grammar needs a digit after the dot"],
  ['0X1F', "Go's lexer accepts an upper-case hex prefix `0X`; lezer-promql only `0x`"],
  ['offset', "Go's parser accepts the keyword `offset` as a metric name when nothing follows; lezer-promql does not"],
  ['{app="api"} | logfmt | level="error" status>=500',
    "Loki's grammar reads two label filters side by side as an implicit `and`; lezer-logql needs `,` or `and`"],
]);

export const GRAFANA = 'Grafana variable: we parse after substituting it (core.lang.GrafanaVariables), lezer parses the raw text';

export function reason(language, expr, ours, lezer) {
  if (KNOWN.has(expr)) {
    return KNOWN.get(expr);
  }
  if (ours.valid && !lezer.valid) {
    return GRAFANA_VARIABLE.test(expr) ? GRAFANA : 'unexplained';
  }
  const error = ours.error ?? '';
  if (language === 'logql' && /at least one regexp or equality matcher/.test(error)) {
    return 'Loki requires after parsing a matcher that does not match the empty string; lezer checks the grammar only';
  }
  if (/error parsing regexp|invalid regex/.test(error)) {
    return `regex validity: ${language === 'promql' ? 'Prometheus' : 'Loki'} compiles regexes with Go's regexp; lezer does not look inside strings`;
  }
  if (/escape|unterminated|illegal character/.test(error)) {
    return "string lexing: Go's lexer refuses this escape or string; lezer's grammar does not check escapes";
  }
  if (language === 'logql') {
    return "Loki's checks after parsing (aggregation parameters, unwrap, grouping, operand types, durations); lezer checks the grammar only";
  }
  return "Prometheus' type and semantic checks (checkAST: argument types and counts, bool, set operators, @ and offset rules); lezer checks the grammar only";
}
