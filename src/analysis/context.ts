/**
 * What every detector gets: the reply's tokens and sentences, the language's lists, and the shared
 * tools for the rules that cut across features: negation windows, quotes, who is being addressed.
 */
import type { Lexicon } from './lexicon/compile.ts';
import { findMatches, type Match, type PatternSet } from './pattern.ts';
import type { Sentence, Token } from './tokenise.ts';
import type { FeatureId, Hit, Range, ReplyLang } from './types.ts';

/** The analysed reply, shared read-only by all detectors. */
export interface Context {
  text: string;
  lang: ReplyLang;
  lexicon: Lexicon;
  tokens: Token[];
  sentences: Sentence[];
  quotes: Range[];
  /** Hits of the detectors that already ran (detectors run in a fixed order, see index.ts). */
  found: Map<FeatureId, Hit[]>;
  /** Matches of every sentence-wise list, found in one scan on first use (`matchEverySentence`). */
  matches?: Map<PatternSet, Match[]>;
}

const NONE: readonly Match[] = [];

/**
 * The matches of all the lexicon's sentence-wise lists, by list: one scan of each sentence over the
 * united index instead of one scan per list (the lists number about forty; this is the hot path).
 */
function allMatches(ctx: Context): Map<PatternSet, Match[]> {
  if (ctx.matches) return ctx.matches;
  const byOwner = new Map<PatternSet, Match[]>();
  for (const s of ctx.sentences) {
    for (const m of findMatches(ctx.tokens, ctx.lexicon.united, s.first, s.end, ctx.lexicon.negators)) {
      const owner = m.pattern.owner!;
      const list = byOwner.get(owner);
      if (list) list.push(m);
      else byOwner.set(owner, [m]);
    }
  }
  ctx.matches = byOwner;
  return byOwner;
}

/** Matches of `patterns` in every sentence of the reply, in sentence order. Callers must not change the array. */
export function matchEverySentence(ctx: Context, patterns: PatternSet): readonly Match[] {
  if (patterns.united) return allMatches(ctx).get(patterns) ?? NONE;
  const out: Match[] = [];
  for (const s of ctx.sentences) out.push(...findMatches(ctx.tokens, patterns, s.first, s.end, ctx.lexicon.negators));
  return out;
}

/** Matches of `patterns` inside one sentence. */
export function matchInSentence(ctx: Context, patterns: PatternSet, sentence: Sentence): readonly Match[] {
  if (patterns.united) return matchEverySentence(ctx, patterns).filter((m) => m.first >= sentence.first && m.first < sentence.end);
  return findMatches(ctx.tokens, patterns, sentence.first, sentence.end, ctx.lexicon.negators);
}

/** The original-text range covered by tokens `[first, end)`. */
export function rangeOf(ctx: Context, first: number, end: number): Range {
  return [ctx.tokens[first]!.start, ctx.tokens[end - 1]!.end];
}

/** A hit for a match, with its pattern as evidence. */
export function hitOf(ctx: Context, match: Match, what: string): Hit {
  return { range: rangeOf(ctx, match.first, match.end), evidence: `${what}: "${match.pattern.source}"` };
}

/** True when any token of the match lies inside quotation marks. */
export function isQuoted(ctx: Context, match: Match): boolean {
  for (let i = match.first; i < match.end; i++) if (ctx.tokens[i]!.quoted) return true;
  return false;
}

/** True when a negation stands in the same clause up to `reach` words before token `first` ("nicht dumm", "not an idiot"). */
export function isNegatedBefore(ctx: Context, first: number, reach = 3): boolean {
  const { tokens, lexicon } = ctx;
  const clause = tokens[first]!.clause;
  for (let i = first - 1; i >= 0 && i >= first - reach && tokens[i]!.clause === clause; i--) {
    if (lexicon.negators.has(tokens[i]!.norm)) {
      // "nicht nur dumm, sondern…" / "not only stupid": the negation does not deny what follows.
      const next = tokens[i + 1];
      return !(next && next !== tokens[first] && lexicon.negationCancellers.has(next.norm));
    }
  }
  return false;
}

/** True when a negation stands in the same clause right after the match ("ich entschuldige mich nicht"). */
export function isNegatedAfter(ctx: Context, end: number, reach = 2): boolean {
  const { tokens, lexicon } = ctx;
  if (end === 0 || end > tokens.length) return false;
  const clause = tokens[end - 1]!.clause;
  for (let i = end; i < tokens.length && i < end + reach && tokens[i]!.clause === clause; i++) if (lexicon.negators.has(tokens[i]!.norm)) return true;
  return false;
}

/** True when a word addressing the reader ("du", "you", "so ein") stands in the same clause up to `reach` words before token `first`. */
export function isAddressed(ctx: Context, first: number, reach = 4): boolean {
  const { tokens } = ctx;
  const clause = tokens[first]!.clause;
  let from = first;
  while (from > 0 && from > first - reach && tokens[from - 1]!.clause === clause) from -= 1;
  if (from === first) return false;
  // Capitalised "Sie" inside a sentence is the formal you (at a sentence start it may be "she").
  for (let i = from; i < first; i++) if (tokens[i]!.raw === 'Sie' && ctx.lang === 'de' && i > ctx.sentences[tokens[i]!.sentence]!.first) return true;
  return findMatches(tokens, ctx.lexicon.you, from, first, ctx.lexicon.negators).length > 0;
}

/** The sentence a token belongs to. */
export function sentenceOf(ctx: Context, token: number): Sentence {
  return ctx.sentences[ctx.tokens[token]!.sentence]!;
}

/** True when two ranges overlap. */
export function overlaps(a: Range, b: Range): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** True when the range lies inside a quoted span of the original text (for hits found without tokens, e.g. emoji). */
export function inQuoteSpan(ctx: Context, range: Range): boolean {
  return ctx.quotes.some((q) => q[0] <= range[0] && range[1] <= q[1]);
}
