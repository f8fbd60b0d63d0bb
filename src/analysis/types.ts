/** The features the reply analyser reports, in the order it lists them. */
export const FEATURE_IDS = [
  'acknowledge',
  'apology',
  'thanks',
  'question',
  'next-step',
  'limit',
  'insult',
  'you-accusation',
  'threat',
  'shouting',
  'sarcasm',
  'stock-phrase',
  'personal-data',
] as const;

/** One feature id; see docs/reply-analysis.md for what each one means. */
export type FeatureId = (typeof FEATURE_IDS)[number];

/** The languages the analyser has word lists for. */
export type ReplyLang = 'de' | 'en';

/** A half-open range `[start, end)` of UTF-16 offsets into the original text. */
export type Range = [start: number, end: number];

/** One feature found in a reply, with the words that triggered it. */
export interface FoundFeature {
  id: FeatureId;
  /** Sorted, non-overlapping ranges into the original text (UTF-16 offsets, end exclusive). */
  ranges: Range[];
  /** Which rule fired first, in words an author can look up in the word lists (for explanations and debugging). */
  evidence?: string;
}

/** What `analyseReply` returns: JSON-serialisable, so a run can store it and the server can compare. */
export interface ReplyAnalysis {
  /** The analyser's version; a changed word list or rule changes it, so stored analyses can be re-scored. */
  version: string;
  lang: ReplyLang;
  /** Found features in the order of `FEATURE_IDS`; a feature appears at most once. */
  features: FoundFeature[];
  /** Facts about the text itself, for messages such as "write something first". */
  text: {
    /** UTF-16 length of the original text. */
    length: number;
    /** Number of word tokens (letters or digits) after removing invisible characters. */
    words: number;
    /** True when the text held zero-width or bidi-control characters (they are ignored for matching). */
    hadInvisibleCharacters: boolean;
    /** True when only the first `MAX_ANALYSED_LENGTH` characters were analysed. */
    truncated: boolean;
  };
}

/** One detector's finding before merging: a range and the rule that produced it. */
export interface Hit {
  range: Range;
  evidence: string;
}
