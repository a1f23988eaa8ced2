// Collects the PromQL or LogQL expressions that the differential run compares, as JSON lines {"id", "expr"}.
//
// Usage: node sources.mjs promql|logql > expressions.jsonl
//
// Sources, each id naming its origin:
//   corpus:<file>:<line>                   every `expr` of our YAML corpora (prometheus and loki test resources)
//   ceph-alerts:<group>/<rule>             every rule of Debian's ceph-prometheus-alerts (PromQL only)
//   dashboard:<file>:panel <id>/<refId>    every Prometheus or Loki target of a Grafana dashboard
//   dashboard:<file>:var <name>            the expression inside a dashboard's query variable
// Environment: SHARED_DIR (default /work/shared) and SYSTEM_ROOT (default /, where the Debian packages install).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sharedDir = process.env.SHARED_DIR ?? '/work/shared';
const systemRoot = process.env.SYSTEM_ROOT ?? '/';

const corpusDirs = {
  promql: 'prometheus/src/test/resources/io/monitoringascode/prometheus/promql/corpus',
  logql: 'loki/src/test/resources/io/monitoringascode/loki/logql/corpus',
};
const cephAlerts = join(systemRoot, 'etc/prometheus/ceph/ceph_default_alerts.yml');
const dashboardDirs = [
  join(sharedDir, 'reference/grafana/dashboards'),
  join(sharedDir, 'corpus/real-world/dashboard'),
  join(systemRoot, 'etc/grafana/dashboards/ceph-dashboard'),
];
/** Grafana data source plugin ids, by the language their queries are written in. */
const pluginLanguages = { prometheus: 'promql', loki: 'logql' };

function filesEndingWith(dir, suffixes) {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir, { recursive: true })
    .filter((name) => suffixes.some((suffix) => name.endsWith(suffix)))
    .sort()
    .map((name) => join(dir, name));
}

/** Every `expr` of a corpus file: a YAML list of maps. */
function* corpusExpressions(language) {
  const dir = join(repository, corpusDirs[language]);
  const files = filesEndingWith(dir, ['.yaml', '.yml']);
  if (files.length === 0) {
    console.error(`sources: no ${language} corpus yet under ${relative(repository, dir)}`);
  }
  for (const file of files) {
    const lineCounter = new LineCounter();
    const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
    if (document.errors.length > 0) {
      console.error(`sources: skipping ${relative(repository, file)}, it is not valid YAML: ${document.errors[0].message}`);
      continue;
    }
    for (const entry of document.contents?.items ?? []) {
      const expr = entry.get?.('expr');
      if (typeof expr === 'string') {
        const { line } = lineCounter.linePos(entry.range[0]);
        yield { id: `corpus:${relative(dir, file)}:${line}`, expr };
      }
    }
  }
}

/** The `expr` of every alerting and recording rule of Debian's ceph-prometheus-alerts package. */
function* cephAlertExpressions() {
  if (!existsSync(cephAlerts)) {
    console.error(`sources: ${cephAlerts} is absent (apt-get install ceph-prometheus-alerts), skipping it`);
    return;
  }
  const rules = parseDocument(readFileSync(cephAlerts, 'utf8')).toJS();
  for (const group of rules.groups ?? []) {
    for (const rule of group.rules ?? []) {
      yield { id: `ceph-alerts:${group.name}/${rule.alert ?? rule.record}`, expr: String(rule.expr) };
    }
  }
}

/** The name of the variable a data source reference like `$ds` or `${ds}` points at, or null. */
function variableName(reference) {
  const match = /^\$\{?(\w+)\}?$/.exec(reference ?? '');
  return match ? match[1] : null;
}

/**
 * The language of a data source reference (an object {type, uid} or a string naming a data source or a variable):
 * 'promql', 'logql', or null for other data sources. A missing reference means the default data source, taken as
 * Prometheus.
 */
function languageOf(datasource, dashboard) {
  if (datasource === null || datasource === undefined) {
    return 'promql';
  }
  if (typeof datasource === 'object') {
    if (datasource.type) {
      return pluginLanguages[datasource.type] ?? null;
    }
    return languageOf(datasource.uid, dashboard);
  }
  const name = variableName(datasource);
  if (name) {
    const variable = (dashboard.templating?.list ?? []).find((v) => v.type === 'datasource' && v.name === name);
    if (variable) {
      return pluginLanguages[variable.query] ?? null;
    }
    const input = (dashboard.__inputs ?? []).find((i) => i.type === 'datasource' && i.name === name);
    if (input) {
      return pluginLanguages[input.pluginId] ?? null;
    }
  }
  const lowered = String(datasource).toLowerCase();
  if (lowered.includes('loki')) {
    return 'logql';
  }
  return lowered.includes('prom') ? 'promql' : null;
}

function* panelsOf(container) {
  for (const panel of [...(container.panels ?? []), ...(container.rows ?? [])]) {
    yield panel;
    yield* panelsOf(panel);
  }
}

/**
 * The expression inside a query variable's query. Grafana's `label_values(<selector>, <label>)` and
 * `query_result(<expr>)` wrap an expression of the data source's language; `label_values(<label>)`,
 * `label_names()` and `metrics(<regex>)` hold none. Any other query is an expression itself.
 */
function variableExpression(query) {
  const text = (typeof query === 'object' && query !== null ? query.query : query)?.trim();
  if (!text) {
    return null;
  }
  const wrapped = /^(label_values|query_result|label_names|metrics)\s*\(([\s\S]*)\)$/.exec(text);
  if (!wrapped) {
    return text;
  }
  const [, fn, argument] = wrapped;
  if (fn === 'query_result') {
    return argument.trim();
  }
  if (fn === 'label_values') {
    const lastComma = argument.lastIndexOf(',');
    return lastComma < 0 ? null : argument.slice(0, lastComma).trim();
  }
  return null;
}

/** The Prometheus or Loki queries of one dashboard: panel targets first, then query variables. */
function* dashboardExpressions(file, language) {
  const dashboard = JSON.parse(readFileSync(file, 'utf8'));
  const name = basename(file);
  for (const panel of panelsOf(dashboard)) {
    for (const target of panel.targets ?? []) {
      const datasource = target.datasource ?? panel.datasource;
      if (typeof target.expr === 'string' && target.expr.trim() !== ''
          && languageOf(datasource, dashboard) === language) {
        yield { id: `dashboard:${name}:panel ${panel.id}/${target.refId}`, expr: target.expr };
      }
    }
  }
  for (const variable of dashboard.templating?.list ?? []) {
    if (variable.type === 'query' && languageOf(variable.datasource, dashboard) === language) {
      const expr = variableExpression(variable.query);
      if (expr) {
        yield { id: `dashboard:${name}:var ${variable.name}`, expr };
      }
    }
  }
}

function* allExpressions(language) {
  yield* corpusExpressions(language);
  if (language === 'promql') {
    yield* cephAlertExpressions();
  }
  for (const dir of dashboardDirs) {
    const files = filesEndingWith(dir, ['.json']);
    if (files.length === 0) {
      console.error(`sources: no dashboards under ${dir}, skipping it`);
    }
    for (const file of files) {
      yield* dashboardExpressions(file, language);
    }
  }
}

const language = process.argv[2];
if (!corpusDirs[language]) {
  console.error('usage: node sources.mjs promql|logql > expressions.jsonl');
  process.exit(2);
}
for (const source of allExpressions(language)) {
  process.stdout.write(JSON.stringify(source) + '\n');
}
