// Measures how many expressions per second lezer parses, on the same JSON lines that lezer.mjs reads.
//
// Usage: node bench.mjs promql|logql [rounds] < expressions.jsonl
// Parses every expression once to warm up, then `rounds` times (default 200), and prints expressions per second.
import { readFileSync } from 'node:fs';
import { parser as promqlParser } from '@prometheus-io/lezer-promql';
import { parser as logqlParser } from '@grafana/lezer-logql';
import { firstErrorOffset } from './lezer.mjs';

const parsers = { promql: promqlParser, logql: logqlParser };
const [language, roundsArgument] = process.argv.slice(2);
const parser = parsers[language];
if (!parser) {
  console.error('usage: node bench.mjs promql|logql [rounds] < expressions.jsonl');
  process.exit(2);
}
const rounds = Number(roundsArgument ?? 200);
const expressions = readFileSync(0, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line).expr);

for (const expr of expressions) {
  firstErrorOffset(parser, expr);
}
const start = process.hrtime.bigint();
for (let round = 0; round < rounds; round += 1) {
  for (const expr of expressions) {
    firstErrorOffset(parser, expr);
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const parsed = expressions.length * rounds;
const characters = expressions.reduce((sum, expr) => sum + expr.length, 0) * rounds;
console.log(`${language}: ${expressions.length} expressions x ${rounds} rounds in ${seconds.toFixed(2)} s: `
  + `${Math.round(parsed / seconds)} expressions/s, ${Math.round(characters / seconds / 1e6 * 10) / 10} M characters/s`);
