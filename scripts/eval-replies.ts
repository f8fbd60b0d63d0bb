/**
 * npm run eval:replies [-- files or folders…] [--pass=a] [--show-errors]: scores the reply analyser against
 * labelled JSONL and prints per-feature precision, recall, F1 and support per language and overall,
 * plus macro-F1. Without files it reports four sets apart: the development set (tests/replies/, the
 * word lists were tuned on it), the held-out set (tests/replies/heldout/, whose error categories 1.2.0
 * studied), the second held-out set (tests/replies/heldout2/, whose error categories 1.3.0 studied)
 * and the third (tests/replies/heldout3/, untouched: its writer never read the analyser, and nobody
 * tuning it has read its items). A newer untouched set is measured by naming its folder. Layouts:
 * scripts/reply-eval/read-labelled.ts. Writes the figures to bench/results/replies-eval.json.
 * Exits 1 when a line cannot be read or the development set misses a floor (precision ≥ 0.9 for
 * insult, threat, shouting and personal-data; macro-F1 ≥ 0.8).
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
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

/** The held-out replies: written and labelled apart, never used to tune the word lists. */
export const HELD_OUT_DIR = join(LABELLED_DIR, 'heldout');

/** The second held-out set: written before analyser 1.2.0 studied the first one's errors; its own error categories were studied for 1.3.0. */
export const HELD_OUT_2_DIR = join(LABELLED_DIR, 'heldout2');

/** Sets whose errors have been studied (tuned on); only these are listed by --show-errors. */
const STUDIED_DIRS = new Set([LABELLED_DIR, HELD_OUT_DIR, HELD_OUT_2_DIR]);

interface SetReport {
  name: string;
  /** The folder the set was read from, if any (decides whether its disagreements may be listed). */
  dir?: string;
  sources: string[];
  problems: string[];
  result: ReturnType<typeof evaluateReplies>;
}

/** Prints one set's tables and returns which floors it misses. */
function report(set: SetReport): string[] {
  console.log(`\n=== ${set.name}: ${set.result.overall.replies} replies, analyser ${set.result.analyserVersion}, from:`);
  for (const f of set.sources) console.log(`  ${f.replaceAll(`${root}/`, '')}`);
  for (const p of set.problems) console.error(p);
  for (const [lang, slice] of Object.entries(set.result.byLang)) printSlice(`Language ${lang}`, slice);
  printSlice('Overall', set.result.overall);
  const missed = set.result.overall.features.filter((f) => PRECISION_CRITICAL.includes(f.feature) && f.precision !== null && f.precision < PRECISION_FLOOR).map((f) => `precision of ${f.feature}`);
  if (set.result.overall.macroF1 !== null && set.result.overall.macroF1 < MACRO_F1_FLOOR) missed.push('macro-F1');
  if (set.problems.length > 0) missed.push(`${set.problems.length} unreadable line(s)`);
  console.log(missed.length ? `  Floors missed: ${missed.join(', ')}` : `  Floors met: precision ≥ ${PRECISION_FLOOR} for ${PRECISION_CRITICAL.join(', ')}; macro-F1 ≥ ${MACRO_F1_FLOOR}.`);
  return missed;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`Usage: npm run eval:replies [-- file.jsonl|folder …] [--pass=a] [--show-errors]
Scores the reply analyser against labelled replies. Without files: the development set in tests/replies/
(the word lists were tuned on it, so its figures are optimistic), the held-out sets in
tests/replies/heldout/ and tests/replies/heldout2/ (their error categories were studied for 1.2.0 and
1.3.0, so their figures are no longer honest) and tests/replies/heldout3/ (untouched: the honest figure),
each reported on its own; score a newer untouched set by naming its folder. --show-errors lists the disagreements of the studied sets (development, held-out, held-out 2)
and of plain files, never those of another folder, so an untouched set stays untouched.
Layouts: combined lines {"id","lang","text","labels"}, or texts-<lang>.jsonl with labels-<lang>.jsonl
(or labels-<pass>-<lang>.jsonl). Writes bench/results/replies-eval.json. Exits 1 when the development
set misses a floor or a line cannot be read; the held-out set's floors are reported, not enforced.`);
    process.exit(0);
  }
  const files = args.filter((a) => !a.startsWith('--'));
  const pass = args.find((a) => a.startsWith('--pass='))?.slice('--pass='.length) ?? 'a';
  const sets: SetReport[] = [];
  if (files.length > 0) {
    // A folder is read like the built-in sets (texts-<lang>.jsonl + labels-<lang>.jsonl, or combined files), each folder its own set.
    const folders = files.filter((f) => statSync(resolve(f), { throwIfNoEntry: false })?.isDirectory());
    const plain = files.filter((f) => !folders.includes(f));
    for (const dir of folders) {
      const read = readLabelledDirectory(resolve(dir), pass);
      sets.push({ name: `Folder ${dir}`, dir: resolve(dir), sources: read.sources, problems: read.problems, result: evaluateReplies(read.replies) });
    }
    if (plain.length > 0) {
      const read = readLabelled(plain.map((f) => resolve(f)));
      sets.push({ name: 'Given files', sources: plain.map((f) => resolve(f)), problems: read.problems, result: evaluateReplies(read.replies) });
    }
  } else {
    for (const [name, dir] of [['Development set (tuned on: optimistic)', LABELLED_DIR], ['Held-out set (its error categories studied for 1.2.0)', HELD_OUT_DIR], ['Held-out set 2 (its error categories studied for 1.3.0)', HELD_OUT_2_DIR], ['Held-out set 3 (never tuned on, its writer never read the analyser)', join(LABELLED_DIR, 'heldout3')]] as const) {
      const read = readLabelledDirectory(dir, pass);
      sets.push({ name, dir, sources: read.sources, problems: read.problems, result: evaluateReplies(read.replies) });
    }
  }
  console.log('Per reply: a feature counts as found or not; precision = TP/(TP+FP), recall = TP/(TP+FN).');
  const missed = sets.map(report);
  if (args.includes('--show-errors')) {
    for (const set of sets) {
      // Only sets already studied may be read item by item: an untouched held-out folder stays
      // untouched even when someone asks for errors (its figures are the honest ones).
      if (set.dir !== undefined && !STUDIED_DIRS.has(set.dir)) {
        console.log(`\nDisagreements in ${set.name}: not listed (not a studied set; reading them would spoil it).`);
        continue;
      }
      console.log(`\nDisagreements in ${set.name}:`);
      for (const d of set.result.disagreements) console.log(`  ${d.id} [${d.lang}] missed: ${d.missed.join(',') || '-'} wrong: ${d.wrong.join(',') || '-'}  ${JSON.stringify(d.text)}`);
    }
  }
  const out = join(root, 'bench', 'results', 'replies-eval.json');
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  const json = sets.map((s) => ({ name: s.name, sources: s.sources.map((f) => f.replaceAll(`${root}/`, '')), problems: s.problems, ...s.result, disagreements: undefined }));
  writeFileSync(out, `${JSON.stringify({ measuredAt: new Date().toISOString(), sets: json }, null, 2)}\n`);
  console.log(`\nwritten to ${out}`);
  process.exit(missed[0]!.length > 0 ? 1 : 0);
}
