/**
 * Splits a reply into word tokens, sentences and clauses, keeping each token's exact UTF-16 offsets
 * into the original text. Punctuation is not a token: it only marks sentence and clause ends.
 */
import { findQuoteSpans } from './quotes.ts';
import { foldWord, isStretched, skeleton } from './normalise.ts';
import type { Range } from './types.ts';

/** One word of the reply. */
export interface Token {
  /** The original characters, invisible ones included. */
  raw: string;
  /** Folded for matching (see `foldWord`). */
  norm: string;
  /** `norm` with repeated letters collapsed when the word was stretched ("sooorry"→"sory"), else `norm`. */
  skel: string;
  stretched: boolean;
  /** The first and last two characters of `norm` and whether it is all digits: computed once here, read by every word list's matcher. */
  head2: string;
  tail2: string;
  isNumber: boolean;
  start: number;
  end: number;
  sentence: number;
  clause: number;
  quoted: boolean;
}

/** A sentence: tokens `[first, end)` and the punctuation that closed it ("" at the end of the text). */
export interface Sentence {
  first: number;
  end: number;
  start: number;
  stop: number;
  terminator: string;
}

// A word: starts and ends with a letter, digit, @ or $; apostrophes and invisible characters may sit
// inside ("geht's", "id\u200Biot"), so a hidden character cannot split a word away from the lists.
const WORD = /[\p{L}\p{N}@$](?:[\p{L}\p{M}\p{N}'’@$\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]*[\p{L}\p{M}\p{N}@$])?/gu;
const ALL_DIGITS = /^\d+$/;
const SENTENCE_PUNCT = /[.!?…。？！]+/u;
const CLAUSE_PUNCT = /[,;:()\u2013\u2014"“”„«»‚‘]|\s-\s/u;

/** Tokenises `text`; `clauseStarters` are folded conjunctions that open a new clause ("aber", "but"). */
export function tokenise(text: string, clauseStarters: ReadonlySet<string>): { tokens: Token[]; sentences: Sentence[]; quotes: Range[] } {
  const quotes = findQuoteSpans(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let clause = 0;
  let sentenceFirst = 0;
  let sentenceStart = -1;
  let previousEnd = 0;
  let q = 0;
  const closeSentence = (gap: string, gapStart: number) => {
    const punct = SENTENCE_PUNCT.exec(gap);
    const stop = punct ? gapStart + punct.index + punct[0].length : previousEnd;
    sentences.push({ first: sentenceFirst, end: tokens.length, start: sentenceStart, stop, terminator: punct?.[0] ?? '' });
    sentence += 1;
    clause += 1;
    sentenceFirst = tokens.length;
    sentenceStart = -1;
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const gap = text.slice(previousEnd, start);
    if (tokens.length > sentenceFirst && endsSentence(gap)) closeSentence(gap, previousEnd);
    else if (tokens.length > sentenceFirst && CLAUSE_PUNCT.test(gap)) clause += 1;
    const norm = foldWord(m[0]);
    if (tokens.length > sentenceFirst && clauseStarters.has(norm)) clause += 1;
    while (q < quotes.length && quotes[q]![1] <= start) q += 1;
    const quoted = q < quotes.length && quotes[q]![0] < start;
    if (sentenceStart < 0) sentenceStart = start;
    const stretched = isStretched(norm);
    tokens.push({ raw: m[0], norm, skel: stretched ? skeleton(norm) : norm, stretched, head2: norm.slice(0, 2), tail2: norm.slice(-2), isNumber: ALL_DIGITS.test(norm), start, end: start + m[0].length, sentence, clause, quoted });
    previousEnd = start + m[0].length;
  }
  if (tokens.length > sentenceFirst) closeSentence(text.slice(previousEnd), previousEnd);
  return { tokens, sentences, quotes };
}

function endsSentence(gap: string): boolean {
  if (gap.includes('\n')) return true;
  const punct = SENTENCE_PUNCT.exec(gap);
  if (!punct) return false;
  // "3.12.", "z.B." and "Str.5" keep the sentence going; a full stop needs a space after it.
  return /[!?…？！]/u.test(punct[0]) || /\s/.test(gap.slice(punct.index));
}
