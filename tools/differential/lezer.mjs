// Runs expressions through the lezer grammars that Grafana uses for PromQL and LogQL and reports a syntax verdict.
//
// Usage: node lezer.mjs promql|logql  < expressions.jsonl  > verdicts.jsonl
// Input lines:  {"id": "...", "expr": "..."}
// Output lines: {"id": "...", "valid": true|false, "errorOffset": <offset of the first error node, or null>}
//
// lezer grammars recover from errors and mark them with error nodes; an expression is valid when its tree has none.
// They check syntax only: types (a range vector where an instant vector is needed, and so on) are not checked.
import { createInterface } from 'node:readline';
import { parser as promqlParser } from '@prometheus-io/lezer-promql';
import { parser as logqlParser } from '@grafana/lezer-logql';

const parsers = { promql: promqlParser, logql: logqlParser };

/** Returns the offset of the first error node of the expression's tree, or null when it has none. */
export function firstErrorOffset(parser, expr) {
  let offset = null;
  parser.parse(expr).iterate({
    enter(node) {
      if (offset !== null) {
        return false;
      }
      if (node.type.isError) {
        offset = node.from;
        return false;
      }
      return undefined;
    },
  });
  return offset;
}

/** Parses every line of the input and writes one verdict line per expression. */
async function main(language) {
  const parser = parsers[language];
  if (!parser) {
    console.error('usage: node lezer.mjs promql|logql < expressions.jsonl');
    process.exit(2);
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') {
      continue;
    }
    const { id, expr } = JSON.parse(line);
    const errorOffset = firstErrorOffset(parser, expr);
    process.stdout.write(JSON.stringify({ id, valid: errorOffset === null, errorOffset }) + '\n');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main(process.argv[2]);
}
