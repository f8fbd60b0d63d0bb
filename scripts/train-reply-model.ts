/**
 * npm run train:reply-model: the experiment of issue 12's follow-up — does a small learned model beside
 * the rules raise recall on wording the word lists do not name? It trains on every labelled reply we
 * have studied — the development set (tests/replies/), tests/replies/heldout/ and
 * tests/replies/heldout2/ — and writes the cross-validated figures of rules alone vs rules + model
 * into docs/reply-analysis.md (between the reply-model markers). tests/replies/heldout3/ is never
 * read: it stays the untouched measure. The model is not shipped: on these data it shows no gain
 * (see the docs); the script stays so the experiment can be repeated on new labelled data.
 *
 * Model: one logistic regression per recall-poor feature over hashed binary features (see
 * src/analysis/model/features.ts), trained by seeded Adagrad SGD, weights quantised to int8.
 * One model for both languages: with ~675 replies per language, the shared rule findings,
 * emoji and character n-grams (typos, slang, compounds) are worth more than a split would.
 *
 * Threshold: per feature, the probability from which the model alone reports the feature is chosen
 * on out-of-fold predictions so that precision of "rules OR model" stays ≥ 0.9 for insult and threat
 * and ≥ the rules' own precision for the others, maximising F1 (if the model adds nothing, it is off).
 * Figures are 5-fold cross-validated with folds grouped by (set, comment), so a fold's replies answer
 * comments the model never saw; the thresholds used for a fold are chosen by an inner cross-validation
 * on the other four folds only (nested), so the reported figures are not tuned on the fold they score.
 *
 * The rules-only baseline is itself optimistic here: the word lists were tuned on these very sets.
 * Deterministic: fixed seed, fixed hash, fixed fold assignment; two runs print the same figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseReply, FEATURE_IDS, type FeatureId } from '../src/analysis/index.ts';
import { lexiconFor } from '../src/analysis/lexicon/compile.ts';
import { tokenise } from '../src/analysis/tokenise.ts';
import { readLabelledDirectory } from './reply-eval/read-labelled.ts';
import { HASH_BUCKETS, replyFeatures } from './reply-model/features.ts';
import { probability, type FeatureModel } from './reply-model/logistic.ts';
import { mulberry32 } from '../src/engine/choice-order.ts';
import { parseCliArgs } from './cli-args.ts';

const root = resolve(import.meta.dirname, '..');

/** The sets trained on (all studied already); heldout3 is deliberately absent. */
export const TRAINING_DIRS = ['tests/replies', 'tests/replies/heldout', 'tests/replies/heldout2'] as const;

/** The features whose recall on new wording the rules miss most (issue 12 follow-up). */
export const MODEL_FEATURES: readonly FeatureId[] = ['acknowledge', 'next-step', 'limit', 'insult', 'you-accusation', 'threat', 'sarcasm'];

/** Features where a wrong hit accuses a learner: precision must stay ≥ 0.9. */
const ACCUSING = new Set<FeatureId>(['insult', 'threat']);
const ACCUSING_PRECISION = 0.9;

const SEED = 12_345;
const FOLDS = 5;
const EPOCHS = 12;
const LEARNING_RATE = 0.5;
const L2 = 1e-5;

/** One training example. */
export interface Example {
  id: string;
  lang: 'de' | 'en';
  group: string;
  labels: Set<FeatureId>;
  rules: Set<FeatureId>;
  /** Hashed features including the rules' findings (the model beside the rules). */
  x: number[];
  /** Hashed word features only (the model alone, for comparison). */
  words: number[];
}

/** Reads the training sets and turns each reply into its hashed features and the rules' findings. */
export function loadExamples(): Example[] {
  const examples: Example[] = [];
  for (const dir of TRAINING_DIRS) {
    const read = readLabelledDirectory(join(root, dir));
    if (read.problems.length > 0) throw new Error(`unreadable training data:\n${read.problems.join('\n')}`);
    for (const r of read.replies) {
      const rules = new Set(analyseReply(r.text, r.lang).features.map((f) => f.id));
      const { tokens, sentences } = tokenise(r.text, lexiconFor(r.lang).clauseStarters);
      examples.push({ id: r.id, lang: r.lang, group: `${dir}/${r.commentId ?? r.id}`, labels: new Set(r.labels), rules, x: replyFeatures(r.text, r.lang, tokens, sentences, rules), words: replyFeatures(r.text, r.lang, tokens, sentences, []) });
    }
  }
  return examples;
}

/** The engine's seeded generator (choice-order.ts), so shuffles are the same on every run. */
const random = mulberry32;

function shuffle<T>(items: T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Fold of each example: whole (set, comment) groups, shuffled by seed, filled smallest-fold first. */
export function foldsOf(examples: readonly Example[]): number[] {
  const sizes = new Map<string, number>();
  for (const e of examples) sizes.set(e.group, (sizes.get(e.group) ?? 0) + 1);
  const groups = shuffle([...sizes.keys()].sort(), random(SEED));
  const load = new Array<number>(FOLDS).fill(0);
  const foldOfGroup = new Map<string, number>();
  for (const g of groups) {
    const f = load.indexOf(Math.min(...load));
    foldOfGroup.set(g, f);
    load[f]! += sizes.get(g)!;
  }
  return examples.map((e) => foldOfGroup.get(e.group)!);
}

/** Trains one feature's logistic regression (seeded Adagrad SGD) and quantises it to int8. */
export function trainFeature(examples: readonly Example[], feature: FeatureId, alone = false): FeatureModel {
  const w = new Float64Array(HASH_BUCKETS);
  const g2 = new Float64Array(HASH_BUCKETS).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const rnd = random(SEED ^ feature.length);
  // Only replies the rules did not already flag: the model's one job is to find what the rules miss.
  // (The model alone, for comparison, learns from every reply and sees words only.)
  let order = examples.map((_, i) => i).filter((i) => alone || !examples[i]!.rules.has(feature));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    order = shuffle(order, rnd);
    for (const i of order) {
      const e = examples[i]!;
      const x = alone ? e.words : e.x;
      const v = x.length > 0 ? 1 / Math.sqrt(x.length) : 0;
      let z = bias;
      for (const b of x) z += w[b]! * v;
      const err = 1 / (1 + Math.exp(-z)) - (e.labels.has(feature) ? 1 : 0);
      biasG2 += err * err;
      bias -= (LEARNING_RATE * err) / Math.sqrt(biasG2);
      for (const b of x) {
        const grad = err * v + L2 * w[b]!;
        g2[b]! += grad * grad;
        w[b]! -= (LEARNING_RATE * grad) / Math.sqrt(g2[b]!);
      }
    }
  }
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(HASH_BUCKETS);
  for (let b = 0; b < HASH_BUCKETS; b++) q[b] = Math.round(w[b]! / scale);
  return { bias: round6(bias), scale: round6(scale), q };
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** Trains every model feature on the given examples. */
export function trainAll(examples: readonly Example[]): Map<FeatureId, FeatureModel> {
  return new Map(MODEL_FEATURES.map((f) => [f, trainFeature(examples, f)]));
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const precisionOf = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const recallOf = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
const f1Of = (c: Counts) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));

function count(labels: readonly boolean[], predicted: readonly boolean[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  labels.forEach((l, i) => {
    if (l && predicted[i]) c.tp += 1;
    else if (predicted[i]) c.fp += 1;
    else if (l) c.fn += 1;
  });
  return c;
}

/**
 * The lowest useful probability from which the model alone reports `feature`: best F1 of
 * "rules OR p ≥ t" with precision ≥ the floor; 2 (never) when no threshold beats the rules alone.
 */
export function chooseThreshold(feature: FeatureId, examples: readonly Example[], probs: readonly number[]): number {
  const labels = examples.map((e) => e.labels.has(feature));
  const rules = examples.map((e) => e.rules.has(feature));
  const ruleCounts = count(labels, rules);
  const floor = ACCUSING.has(feature) ? ACCUSING_PRECISION : precisionOf(ruleCounts);
  let best = { t: 2, f1: f1Of(ruleCounts) };
  const candidates = [...new Set(probs.filter((_, i) => !rules[i]))].sort((a, b) => b - a);
  const c = { ...ruleCounts };
  const order = probs.map((p, i) => [p, i] as const).filter(([, i]) => !rules[i]).sort((a, b) => b[0] - a[0]);
  let k = 0;
  for (const t of candidates) {
    while (k < order.length && order[k]![0] >= t) {
      const i = order[k]![1];
      if (labels[i]) [c.tp, c.fn] = [c.tp + 1, c.fn - 1];
      else c.fp += 1;
      k += 1;
    }
    if (t < 0.05) break;
    if (precisionOf(c) >= floor && f1Of(c) > best.f1 + 1e-9) best = { t, f1: f1Of(c) };
  }
  return best.t;
}

/** Out-of-fold probabilities of every model feature for the examples whose fold is in `folds`. */
function outOfFold(examples: readonly Example[], fold: readonly number[], folds: readonly number[]): Map<FeatureId, number[]> {
  const probs = new Map(MODEL_FEATURES.map((f) => [f, new Array<number>(examples.length).fill(0)]));
  for (const k of folds) {
    const train = examples.filter((_, i) => fold[i] !== k && folds.includes(fold[i]!));
    const models = trainAll(train);
    examples.forEach((e, i) => {
      if (fold[i] !== k) return;
      for (const [f, m] of models) probs.get(f)![i] = probability(m, e.x);
    });
  }
  return probs;
}

/** Per-feature and macro figures of predictions against labels (macro over features with support or predictions, as eval:replies). */
export function figures(examples: readonly Example[], predicted: readonly Set<FeatureId>[]) {
  const perFeature = FEATURE_IDS.map((f) => {
    const c = count(examples.map((e) => e.labels.has(f)), predicted.map((p) => p.has(f)));
    return { feature: f, ...c, precision: precisionOf(c), recall: recallOf(c), f1: f1Of(c) };
  });
  const counted = perFeature.filter((f) => f.tp + f.fp + f.fn > 0);
  return { perFeature, macroF1: counted.reduce((s, f) => s + f.f1, 0) / counted.length };
}

/** 5-fold cross-validation of the model alone (words only, p ≥ 0.5): how well it generalises without the rules. */
function crossValidateAlone(examples: readonly Example[], fold: readonly number[]): Set<FeatureId>[] {
  const predicted = examples.map(() => new Set<FeatureId>());
  for (let k = 0; k < FOLDS; k++) {
    const train = examples.filter((_, i) => fold[i] !== k);
    for (const f of MODEL_FEATURES) {
      const m = trainFeature(train, f, true);
      examples.forEach((e, i) => {
        if (fold[i] === k && probability(m, e.words) >= 0.5) predicted[i]!.add(f);
      });
    }
  }
  return predicted;
}

/** Nested 5-fold cross-validation: rules alone vs rules + model, per reply, thresholds chosen without the scored fold. */
function crossValidate(examples: readonly Example[], fold: readonly number[]) {
  const all = [...Array(FOLDS).keys()];
  const combined = examples.map((e) => new Set(e.rules));
  const thresholdsPerFold: Record<string, number>[] = [];
  for (const k of all) {
    const inner = all.filter((j) => j !== k);
    const innerIdx = examples.map((_, i) => i).filter((i) => fold[i] !== k);
    const innerExamples = innerIdx.map((i) => examples[i]!);
    const innerFold = innerIdx.map((i) => fold[i]!);
    const innerProbs = outOfFold(innerExamples, innerFold, inner);
    const thresholds: Record<string, number> = {};
    for (const f of MODEL_FEATURES) thresholds[f] = chooseThreshold(f, innerExamples, innerProbs.get(f)!);
    thresholdsPerFold.push(thresholds);
    const models = trainAll(innerExamples);
    examples.forEach((e, i) => {
      if (fold[i] !== k) return;
      for (const [f, m] of models) if (!e.rules.has(f) && probability(m, e.x) >= thresholds[f]!) combined[i]!.add(f);
    });
  }
  return { combined, thresholdsPerFold };
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

function table(examples: readonly Example[], rules: ReturnType<typeof figures>, both: ReturnType<typeof figures>, alone: ReturnType<typeof figures>): string {
  const rows = ['| feature | support | rules P | rules R | rules F1 | rules+model P | rules+model R | rules+model F1 | model alone P / R / F1 |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  rules.perFeature.forEach((r, i) => {
    const b = both.perFeature[i]!;
    const a = alone.perFeature[i]!;
    const aloneCell = MODEL_FEATURES.includes(r.feature) ? `${pct(a.precision)} / ${pct(a.recall)} / ${pct(a.f1)}` : '–';
    rows.push(`| ${r.feature}${MODEL_FEATURES.includes(r.feature) ? ' (model)' : ''} | ${r.tp + r.fn} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} | ${pct(b.precision)} | ${pct(b.recall)} | ${pct(b.f1)} | ${aloneCell} |`);
  });
  rows.push(`| **macro-F1** | ${examples.length} replies | | | **${pct(rules.macroF1)}** | | | **${pct(both.macroF1)}** | |`);
  return rows.join('\n');
}

if (import.meta.main) {
  parseCliArgs({
    usage: `Usage: npm run train:reply-model   (or: node scripts/train-reply-model.ts)
Trains the experimental reply model (hashed n-grams, logistic regression) beside the rule analyser on
the studied labelled sets (tests/replies, heldout, heldout2; never heldout3) and reports nested 5-fold
cross-validation: rules alone, rules plus model, model alone. Writes the table into
docs/reply-analysis.md between its reply-model markers. Takes about 15 s.`,
  });
  const started = performance.now();
  const examples = loadExamples();
  const fold = foldsOf(examples);
  const { combined, thresholdsPerFold } = crossValidate(examples, fold);
  const rulesOnly = examples.map((e) => e.rules);
  const alone = crossValidateAlone(examples, fold);
  const overall = table(examples, figures(examples, rulesOnly), figures(examples, combined), figures(examples, alone));
  const perLang = (['de', 'en'] as const).map((lang) => {
    const idx = examples.map((e, i) => (e.lang === lang ? i : -1)).filter((i) => i >= 0);
    const ex = idx.map((i) => examples[i]!);
    return `${lang}: rules ${pct(figures(ex, idx.map((i) => rulesOnly[i]!)).macroF1)} → rules+model ${pct(figures(ex, idx.map((i) => combined[i]!)).macroF1)}`;
  });
  const thresholdLine = MODEL_FEATURES.map((f) => `${f} ${thresholdsPerFold.map((t) => (t[f]! > 1 ? 'off' : t[f]!.toFixed(2))).join('/')}`).join('; ');
  const section = [
    '<!-- reply-model:start (written by npm run train:reply-model) -->',
    `Nested 5-fold cross-validation on ${examples.length} replies (${TRAINING_DIRS.join(', ')}), folds grouped by (set, comment); per reply. Command: \`npm run train:reply-model\`.`,
    '',
    overall,
    '',
    `Macro-F1 per language: ${perLang.join('; ')}.`,
    '',
    `Thresholds chosen per outer fold by the inner CV ("off": no threshold kept the precision floor and beat the rules): ${thresholdLine}.`,
    '<!-- reply-model:end -->',
  ].join('\n');
  console.log(`\n${section}\n`);
  const docFile = join(root, 'docs', 'reply-analysis.md');
  const doc = readFileSync(docFile, 'utf8');
  const marked = /<!-- reply-model:start[\s\S]*?<!-- reply-model:end -->/;
  if (marked.test(doc)) writeFileSync(docFile, doc.replace(marked, section));
  else console.log('docs/reply-analysis.md has no reply-model markers: section not written.');
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
