/**
 * Per-feature precision, recall, F1 and support of the analyser against labelled replies, per
 * language and overall. Counting is per reply: a feature is either found in a reply or not.
 * Macro-F1 averages F1 over the features that were labelled or predicted at least once; a feature
 * with zero support and zero predictions says nothing about the analyser and is left out.
 */
import { analyseReply, FEATURE_IDS, type FeatureId } from '../../src/analysis/index.ts';
import type { LabelledReply } from './read-labelled.ts';

/** The figures of one feature. Precision or recall is null when its denominator is zero. */
export interface FeatureScore {
  feature: FeatureId;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Replies labelled with the feature. */
  support: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** The figures of one slice of the data (a language or all). */
export interface SliceScore {
  replies: number;
  features: FeatureScore[];
  /** Mean F1 over features with support or predictions (null when there is none). */
  macroF1: number | null;
  /** The features left out of macro-F1 because nothing was labelled or predicted. */
  excludedFromMacro: FeatureId[];
}

/** A reply the analyser disagreed with, for reading the errors. */
export interface Disagreement {
  id: string;
  lang: string;
  text: string;
  missed: FeatureId[];
  wrong: FeatureId[];
}

/** The whole evaluation. */
export interface EvaluationResult {
  analyserVersion: string;
  overall: SliceScore;
  byLang: Record<string, SliceScore>;
  disagreements: Disagreement[];
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function scoreSlice(rows: { labels: Set<FeatureId>; predicted: Set<FeatureId> }[]): SliceScore {
  const features = FEATURE_IDS.map((feature): FeatureScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of rows) {
      const labelled = r.labels.has(feature);
      const predicted = r.predicted.has(feature);
      if (labelled && predicted) tp += 1;
      else if (predicted) fp += 1;
      else if (labelled) fn += 1;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    // With support or predictions, a missing precision or recall is a failure to find anything: F1 0.
    const f1 = tp + fp + fn === 0 ? null : precision && recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { feature, truePositives: tp, falsePositives: fp, falseNegatives: fn, support: tp + fn, precision, recall, f1 };
  });
  const counted = features.filter((f) => f.f1 !== null);
  return {
    replies: rows.length,
    features,
    macroF1: counted.length === 0 ? null : counted.reduce((s, f) => s + f.f1!, 0) / counted.length,
    excludedFromMacro: features.filter((f) => f.f1 === null).map((f) => f.feature),
  };
}

/** Runs the analyser on every reply and scores it against the labels. */
export function evaluateReplies(replies: readonly LabelledReply[]): EvaluationResult {
  let version = '';
  const rows = replies.map((r) => {
    const analysis = analyseReply(r.text, r.lang);
    version = analysis.version;
    return { reply: r, labels: new Set(r.labels), predicted: new Set(analysis.features.map((f) => f.id)) };
  });
  const byLang: Record<string, SliceScore> = {};
  for (const lang of [...new Set(rows.map((r) => r.reply.lang))].sort()) byLang[lang] = scoreSlice(rows.filter((r) => r.reply.lang === lang));
  const disagreements = rows
    .map((r) => ({
      id: r.reply.id,
      lang: r.reply.lang,
      text: r.reply.text,
      missed: FEATURE_IDS.filter((f) => r.labels.has(f) && !r.predicted.has(f)),
      wrong: FEATURE_IDS.filter((f) => r.predicted.has(f) && !r.labels.has(f)),
    }))
    .filter((d) => d.missed.length > 0 || d.wrong.length > 0);
  return { analyserVersion: version, overall: scoreSlice(rows), byLang, disagreements };
}

/** The features whose precision must not fall below `PRECISION_FLOOR`: never accuse a learner wrongly. */
export const PRECISION_CRITICAL: readonly FeatureId[] = ['insult', 'threat', 'shouting', 'personal-data'];
export const PRECISION_FLOOR = 0.9;
export const MACRO_F1_FLOOR = 0.8;
