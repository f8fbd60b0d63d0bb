/**
 * npm run eval:replies [-- files…] [--pass=a] [--show-errors]: scores the reply analyser against
 * labelled JSONL (default: everything labelled in tests/replies/, both layouts described in
 * scripts/reply-eval/read-labelled.ts; `--pass` picks a labelling pass until adjudicated labels exist) and prints per-feature precision, recall, F1 and
 * support per language and overall, plus macro-F1. Writes the figures to bench/results/replies-eval.json.
 * Exits 1 when a line cannot be read or a floor is missed (precision ≥ 0.9 for insult, threat,
 * shouting and personal-data; macro-F1 ≥ 0.8).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readLabelled, readLabelledDirectory } from './reply-eval/read-labelled.ts';
import { evaluateReplies, MACRO_F1_FLOOR, PRECISION_CRITICAL, PRECISION_FLOOR, type SliceScore } from './reply-eval/score.ts';

const root = resolve(import.meta.dirname, '..');

/** The folder of labelled replies. */
export const LABELLED_DIR = join(root, 'tests', 'replies');

const pct = (v: number | null) => (v === null ? '   n/a' : `${(v * 100).toFixed(1).padStart(5)}%`);

function printSlice(name: string, slice: SliceScore): void {
  console.log(`\n${name}: ${slice.replies} replies`);
  console.log(`  ${'feature'.padEnd(15)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)} ${'support'.padStart(8)} ${'TP'.padStart(5)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}`);
  for (const f of slice.features) {
    const floor = PRECISION_CRITICAL.includes(f.feature) && f.precision !== null && f.precision < PRECISION_FLOOR ? `  precision below ${PRECISION_FLOOR}` : '';
    console.log(`  ${f.feature.padEnd(15)} ${pct(f.precision).padStart(9)} ${pct(f.recall).padStart(7)} ${pct(f.f1).padStart(7)} ${String(f.support).padStart(8)} ${String(f.truePositives).padStart(5)} ${String(f.falsePositives).padStart(4)} ${String(f.falseNegatives).padStart(4)}${floor}`);
  }
  console.log(`  macro-F1 ${pct(slice.macroF1)} over ${slice.features.length - slice.excludedFromMacro.length} features${slice.excludedFromMacro.length ? ` (left out, no support and no predictions: ${slice.excludedFromMacro.join(', ')})` : ''}`);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log('Usage: npm run eval:replies [-- file.jsonl …] [--pass=a] [--show-errors]\nDefault: everything labelled in tests/replies/ (combined files, and texts-<lang>.jsonl with labels-<lang>.jsonl or labels-<pass>-<lang>.jsonl).\nWrites bench/results/replies-eval.json.');
    process.exit(0);
  }
  const files = args.filter((a) => !a.startsWith('--'));
  const pass = args.find((a) => a.startsWith('--pass='))?.slice('--pass='.length) ?? 'a';
  const read = files.length > 0 ? { ...readLabelled(files.map((f) => resolve(f))), sources: files.map((f) => resolve(f)) } : readLabelledDirectory(LABELLED_DIR, pass);
  const { replies, problems } = read;
  const chosen = read.sources;
  for (const p of problems) console.error(p);
  const result = evaluateReplies(replies);
  console.log(`Reply analyser ${result.analyserVersion} against ${replies.length} labelled replies from:`);
  for (const f of chosen) console.log(`  ${f.replaceAll(`${root}/`, '')}`);
  console.log('Per reply: a feature counts as found or not; precision = TP/(TP+FP), recall = TP/(TP+FN).');
  for (const [lang, slice] of Object.entries(result.byLang)) printSlice(`Language ${lang}`, slice);
  printSlice('Overall', result.overall);
  if (args.includes('--show-errors')) {
    console.log('\nDisagreements:');
    for (const d of result.disagreements) console.log(`  ${d.id} [${d.lang}] missed: ${d.missed.join(',') || '-'} wrong: ${d.wrong.join(',') || '-'}  ${JSON.stringify(d.text)}`);
  }
  const out = join(root, 'bench', 'results', 'replies-eval.json');
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ measuredAt: new Date().toISOString(), sources: chosen.map((f) => f.replaceAll(`${root}/`, '')), problems, ...result }, null, 2)}\n`);
  console.log(`\nwritten to ${out}`);
  const missed = result.overall.features.filter((f) => PRECISION_CRITICAL.includes(f.feature) && f.precision !== null && f.precision < PRECISION_FLOOR).map((f) => f.feature);
  const macroMissed = result.overall.macroF1 !== null && result.overall.macroF1 < MACRO_F1_FLOOR;
  if (problems.length > 0 || missed.length > 0 || macroMissed) {
    console.log(`Floors: ${problems.length} unreadable line(s); precision below ${PRECISION_FLOOR}: ${missed.join(', ') || 'none'}; macro-F1 ${macroMissed ? 'below' : 'at or above'} ${MACRO_F1_FLOOR}.`);
    process.exit(1);
  }
  console.log(`Floors met: precision ≥ ${PRECISION_FLOOR} for ${PRECISION_CRITICAL.join(', ')}; macro-F1 ≥ ${MACRO_F1_FLOOR}.`);
}
