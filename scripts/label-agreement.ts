/**
 * How far two independent labelling passes over the reply data set agree: per language and feature,
 * Cohen's kappa, raw agreement and how often each pass saw the feature.
 * Usage: node scripts/label-agreement.ts [--set=heldout3] [--help]
 *   without --set: the development set, tests/replies/labels-{a,b}-{de,en}.jsonl
 *   --set=<dir>:   a held-out set, tests/replies/<dir>/labels-{de,en}.jsonl (pass A) and labels-b-{de,en}.jsonl
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FEATURES = ['acknowledge', 'apology', 'thanks', 'question', 'next-step', 'limit', 'insult', 'you-accusation', 'threat', 'shouting', 'sarcasm', 'stock-phrase', 'personal-data'];
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('Usage: node scripts/label-agreement.ts [--set=<dir>]\nPrints Cohen\'s kappa per feature between labelling passes A and B of tests/replies/ (or of tests/replies/<dir>/, a held-out set).');
  process.exit(0);
}
const set = process.argv.find((arg) => arg.startsWith('--set='))?.slice('--set='.length);
if (set !== undefined && !/^[\w-]+$/.test(set)) {
  console.error(`--set takes the name of a folder under tests/replies, e.g. --set=heldout3 (not "${set}")`);
  process.exit(2);
}
const dir = resolve(import.meta.dirname, '..', 'tests', 'replies', set ?? '');
const passA = (lang: string) => (set ? `labels-${lang}.jsonl` : `labels-a-${lang}.jsonl`);

interface Labelled {
  id: string;
  labels: string[];
}
const read = (file: string): Labelled[] =>
  readFileSync(join(dir, file), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Labelled);

/** Cohen's kappa for two binary raters; 1 when both agree on a feature neither ever saw. */
export function cohensKappa(a: boolean[], b: boolean[]): number {
  const n = a.length;
  let both = 0, onlyA = 0, onlyB = 0;
  a.forEach((x, i) => {
    if (x && b[i]) both++;
    else if (x) onlyA++;
    else if (b[i]) onlyB++;
  });
  const neither = n - both - onlyA - onlyB;
  const observed = (both + neither) / n;
  const chance = ((both + onlyA) / n) * ((both + onlyB) / n) + ((neither + onlyB) / n) * ((neither + onlyA) / n);
  return chance === 1 ? 1 : (observed - chance) / (1 - chance);
}

for (const lang of ['de', 'en']) {
  const a = read(passA(lang));
  const b = read(`labels-b-${lang}.jsonl`);
  if (a.length !== b.length || a.some((x, i) => x.id !== b[i]!.id)) throw new Error(`passes A and B of ${lang} list different replies`);
  console.log(`${lang}: ${a.length} replies`);
  console.log(`  ${'feature'.padEnd(16)} ${'kappa'.padStart(6)} ${'agree'.padStart(7)} ${'A'.padStart(4)} ${'B'.padStart(4)}`);
  for (const f of FEATURES) {
    const pa = a.map((x) => x.labels.includes(f));
    const pb = b.map((x) => x.labels.includes(f));
    const agree = pa.filter((x, i) => x === pb[i]).length / pa.length;
    const count = (p: boolean[]) => p.filter(Boolean).length;
    console.log(`  ${f.padEnd(16)} ${cohensKappa(pa, pb).toFixed(2).padStart(6)} ${`${(agree * 100).toFixed(1)}%`.padStart(7)} ${String(count(pa)).padStart(4)} ${String(count(pb)).padStart(4)}`);
  }
}
