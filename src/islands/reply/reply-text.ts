/**
 * Checks and display helpers for a reply a learner writes (lesson task and simulator alike). Pure
 * functions, no analyser: they run in the islands' script, the analyser runs in its worker.
 */
import type { FeatureId, FoundFeature } from '../../analysis/types.ts';

/** The default limit of a reply, the same as a `write:` block's default `maxLength`. */
export const DEFAULT_MAX_LENGTH = 500;

/**
 * Zero-width characters, soft hyphen and bidi controls (the set src/analysis/normalise.ts ignores
 * for matching). Removed from everything we display, so a pasted bidi override cannot reorder the
 * page's text around the learner's reply; the draft itself keeps what the learner typed.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** The text without invisible and bidi-control characters, for display. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** True when the text holds characters `visibleText` removes. */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}

/** Why a reply cannot be checked or sent as it is; `undefined` when it can. */
export type ReplyProblem = 'empty' | 'blank' | 'too-long' | 'no-words';

/**
 * Empty, only spaces (or invisible characters), longer than the limit, or without a single letter or
 * digit (emoji only, punctuation only): each gets its own message. Length counts UTF-16 units, the
 * unit the analyser's ranges and the server's limit use.
 */
export function replyProblem(text: string, maxLength: number): ReplyProblem | undefined {
  if (text.length === 0) return 'empty';
  const visible = visibleText(text);
  if (visible.trim().length === 0) return 'blank';
  if (text.length > maxLength) return 'too-long';
  if (!/[\p{L}\p{N}]/u.test(visible)) return 'no-words';
  return undefined;
}

/** One stretch of the reply and the features whose words it belongs to. */
export interface ReplySegment {
  text: string;
  features: FeatureId[];
}

/**
 * Cuts the reply at every range boundary of the given features, so each stretch can be shown as
 * plain text or marked with the features it triggered. Offsets are the analyser's (into the
 * original text); invisible characters are removed from each stretch only afterwards.
 */
export function segmentReply(text: string, features: readonly FoundFeature[]): ReplySegment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const f of features) for (const [start, end] of f.ranges) {
    cuts.add(Math.max(0, Math.min(text.length, start)));
    cuts.add(Math.max(0, Math.min(text.length, end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: ReplySegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = features.filter((f) => f.ranges.some(([s, e]) => s <= start && end <= e)).map((f) => f.id);
    const piece = visibleText(text.slice(start, end));
    if (piece.length === 0) continue;
    const last = segments[segments.length - 1];
    if (last && sameFeatures(last.features, covering)) last.text += piece;
    else segments.push({ text: piece, features: covering });
  }
  return joinAcrossSpaces(segments);
}

/**
 * One mark for words of the same features that only a space separates ("you're annoyed" rather
 * than "you're" and "annoyed" marked and named apart): easier to read and to hear.
 */
function joinAcrossSpaces(segments: ReplySegment[]): ReplySegment[] {
  const out: ReplySegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const before = out[out.length - 1];
    const after = segments[i + 1];
    if (before && after && segment.features.length === 0 && /^[ \t]+$/.test(segment.text) && before.features.length > 0 && sameFeatures(before.features, after.features)) {
      before.text += segment.text + after.text;
      i++;
    } else out.push({ ...segment });
  }
  return out;
}

const sameFeatures = (a: readonly FeatureId[], b: readonly FeatureId[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** The learner's own words that triggered a feature, each range as a quoted snippet. */
export function wordsOf(text: string, feature: FoundFeature | undefined): string[] {
  if (!feature) return [];
  return feature.ranges.map(([start, end]) => visibleText(text.slice(start, end)).trim()).filter((w) => w.length > 0);
}
