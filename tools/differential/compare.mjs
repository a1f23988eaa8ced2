// Compares our parser's verdicts with lezer's and prints the disagreements and the counts.
//
// Usage: node compare.mjs <language> <expressions.jsonl> <lezer.jsonl> [<ours.jsonl>]
//   expressions: {"id", "expr"}            (from sources.mjs)
//   lezer:       {"id", "valid", "errorOffset"} (from lezer.mjs)
//   ours:        {"id", "valid", "error"}   (from ours.sh); without it only lezer's counts are printed
// Always exits 0: disagreements are data, explained in README.md.
import { readFileSync } from 'node:fs';
import { reason } from './reasons.mjs';

function readJsonLines(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

function byId(records) {
  return new Map(records.map((record) => [record.id, record]));
}

/** One line of text for a Markdown table cell: newlines shown as ⏎, `|` escaped, long text cut. */
function cell(text, width = 120) {
  const flat = String(text).replace(/\s*\n\s*/g, ' ⏎ ');
  const cut = flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
  return cut.replaceAll('|', '\\|');
}

function verdict(record) {
  if (!record) {
    return 'missing';
  }
  return record.valid ? 'valid' : 'invalid';
}

function printLezerCounts(language, expressions, lezer) {
  const valid = expressions.filter((e) => lezer.get(e.id)?.valid).length;
  console.log(`${language}: ${expressions.length} expressions; lezer: ${valid} valid, ${expressions.length - valid} invalid`);
  const origins = new Map();
  for (const { id } of expressions) {
    const origin = id.split(':')[0];
    const counts = origins.get(origin) ?? { total: 0, valid: 0 };
    counts.total += 1;
    counts.valid += lezer.get(id)?.valid ? 1 : 0;
    origins.set(origin, counts);
  }
  for (const [origin, { total, valid: originValid }] of origins) {
    console.log(`  ${origin}: ${total} expressions, lezer ${originValid} valid, ${total - originValid} invalid`);
  }
}

function printLezerRejections(expressions, lezer) {
  const rejected = expressions.filter((e) => !lezer.get(e.id)?.valid && !e.id.startsWith('corpus:'));
  if (rejected.length > 0) {
    console.log('\nlezer rejects (outside our corpus):');
    console.log('| id | expression | lezer |');
    console.log('|---|---|---|');
    for (const { id, expr } of rejected) {
      console.log(`| ${cell(id)} | \`${cell(expr)}\` | error at offset ${lezer.get(id)?.errorOffset} |`);
    }
  }
}

function printDisagreements(expressions, lezer, ours) {
  const disagreements = expressions.filter((e) => verdict(ours.get(e.id)) !== verdict(lezer.get(e.id)));
  console.log(`\ndisagreements: ${disagreements.length} of ${expressions.length}`);
  if (disagreements.length === 0) {
    return;
  }
  const reasons = new Map();
  console.log('| id | expression | ours | lezer | reason |');
  console.log('|---|---|---|---|---|');
  for (const { id, expr } of disagreements) {
    const mine = ours.get(id);
    const theirs = lezer.get(id);
    const oursText = mine?.valid === false ? `invalid: ${cell(mine.error ?? '', 80)}` : verdict(mine);
    const lezerText = theirs?.valid === false ? `invalid at offset ${theirs.errorOffset}` : verdict(theirs);
    const why = mine && theirs ? reason(language, expr, mine, theirs) : 'unexplained';
    reasons.set(why, (reasons.get(why) ?? 0) + 1);
    console.log(`| ${cell(id)} | \`${cell(expr)}\` | ${oursText} | ${lezerText} | ${why} |`);
  }
  console.log('\n| disagreements | reason |');
  console.log('|---:|---|');
  for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) {
    console.log(`| ${n} | ${why} |`);
  }
  const count = (predicate) => disagreements.filter(predicate).length;
  console.log(`  ours valid, lezer invalid: ${count((e) => ours.get(e.id)?.valid && !lezer.get(e.id)?.valid)}`);
  console.log(`  ours invalid, lezer valid: ${count((e) => ours.get(e.id)?.valid === false && lezer.get(e.id)?.valid)}`);
}

const [language, expressionsFile, lezerFile, oursFile] = process.argv.slice(2);
if (!lezerFile) {
  console.error('usage: node compare.mjs <language> <expressions.jsonl> <lezer.jsonl> [<ours.jsonl>]');
  process.exit(2);
}
const expressions = readJsonLines(expressionsFile);
const lezer = byId(readJsonLines(lezerFile));
printLezerCounts(language, expressions, lezer);
if (oursFile) {
  printDisagreements(expressions, lezer, byId(readJsonLines(oursFile)));
} else {
  printLezerRejections(expressions, lezer);
}
