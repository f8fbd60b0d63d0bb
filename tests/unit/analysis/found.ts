/** Test helpers: what the analyser found, as feature ids and as the learner's own words. */
import { analyseReply, type FeatureId, type ReplyLang } from '../../../src/analysis/index.ts';

/** True when the analyser reports `id` for `text`. */
export function finds(text: string, lang: ReplyLang, id: FeatureId): boolean {
  return analyseReply(text, lang).features.some((f) => f.id === id);
}

/** The words (slices of `text`) that triggered `id`, in order; empty when not found. */
export function wordsOf(text: string, lang: ReplyLang, id: FeatureId): string[] {
  const feature = analyseReply(text, lang).features.find((f) => f.id === id);
  return feature ? feature.ranges.map(([s, e]) => text.slice(s, e)) : [];
}

/** One row of a feature table: language, reply, and whether the feature must be found. */
export type Row = [lang: ReplyLang, text: string, expected: boolean];
