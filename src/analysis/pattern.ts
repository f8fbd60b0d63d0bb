/**
 * A tiny pattern language for the word lists, so they stay data an author can read and extend:
 *   `sorry`            one word (folded like the text: case, umlauts, ß and apostrophes do not matter)
 *   `idiot*`           a word starting with "idiot"
 *   `*idiot`           a word ending in "idiot" (German compounds: "Vollidiot", "Impfidiot")
 *   `leid|sorry`       one of several words
 *   `sehr?`            an optional word
 *   `~` or `~5`        up to 3 (or 5) arbitrary words, never across a sentence end or over a negation
 *   `#num`             a number ("24", "116")
 * Patterns match inside one sentence. See docs/reply-analysis.md.
 */
import { foldWord, skeleton } from './normalise.ts';
import type { Token } from './tokenise.ts';

interface Alternative {
  word: string;
  skel: string;
  prefix: boolean;
  suffix: boolean;
}
type Step = { kind: 'word'; alternatives: Alternative[]; optional: boolean; number: boolean } | { kind: 'gap'; max: number };

/** A compiled pattern and the text it was written as (shown as evidence). */
export interface Pattern {
  source: string;
  steps: Step[];
  /** The set the pattern was compiled into (a united set keeps telling its patterns apart by it). */
  owner?: PatternSet;
  /** The last try's stamp (`findMatches`): a pattern reached by two index entries at one token is tried once. */
  tried?: number;
}

// Incremented per token tried: cheaper than searching the list of patterns already tried there.
let stamp = 0;

/** A match: tokens `[first, end)`. */
export interface Match {
  pattern: Pattern;
  first: number;
  end: number;
}

// The lists repeat the same words many times (feelings, weekdays): fold each once.
const folded = new Map<string, string>();
function foldLiteral(literal: string): string {
  let word = folded.get(literal);
  if (word === undefined) {
    word = foldWord(literal);
    folded.set(literal, word);
  }
  return word;
}

/** Compiles one pattern; throws on an empty one (word lists are checked by a unit test). */
export function compilePattern(source: string): Pattern {
  const steps: Step[] = source
    .trim()
    .split(/\s+/)
    .map((part): Step => {
      const gap = /^~(\d*)$/.exec(part);
      if (gap) return { kind: 'gap', max: gap[1] ? Number(gap[1]) : 3 };
      const optional = part.length > 1 && part.endsWith('?');
      const body = optional ? part.slice(0, -1) : part;
      if (body === '#num') return { kind: 'word', alternatives: [], optional, number: true };
      const alternatives = body.split('|').map((alt) => {
        const suffix = alt.length > 1 && alt.startsWith('*');
        const stem = suffix ? alt.slice(1) : alt;
        const prefix = !suffix && stem.endsWith('*');
        const word = foldLiteral(prefix ? stem.slice(0, -1) : stem);
        return { word, skel: skeleton(word), prefix, suffix };
      });
      return { kind: 'word', alternatives, optional, number: false };
    });
  if (steps.length === 0 || steps.every((s) => s.kind === 'gap' || s.optional)) throw new Error(`empty pattern: "${source}"`);
  return { source, steps };
}

/** True when one token meets one word step. Stretched words ("sooorry") are compared by skeleton. */
function meets(token: Token, step: Extract<Step, { kind: 'word' }>): boolean {
  if (step.number) return token.isNumber;
  for (const alt of step.alternatives) {
    if (alt.suffix) {
      if (token.norm.endsWith(alt.word) || (token.stretched && token.skel.endsWith(alt.skel))) return true;
      continue;
    }
    if (alt.prefix ? token.norm.startsWith(alt.word) : token.norm === alt.word) return true;
    if (token.stretched && (alt.prefix ? token.skel.startsWith(alt.skel) : token.skel === alt.skel)) return true;
  }
  return false;
}

/** Where the pattern matches when its first step is at token `i` (exclusive end), or -1. */
function matchFrom(tokens: readonly Token[], steps: readonly Step[], k: number, i: number, stop: number, negators: ReadonlySet<string>): number {
  if (k === steps.length) return i;
  const step = steps[k]!;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max && i + skip <= stop; skip++) {
      if (skip > 0 && negators.has(tokens[i + skip - 1]!.norm)) break;
      const end = matchFrom(tokens, steps, k + 1, i + skip, stop, negators);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i < stop && meets(tokens[i]!, step)) {
    const end = matchFrom(tokens, steps, k + 1, i + 1, stop, negators);
    if (end >= 0) return end;
  }
  return step.optional ? matchFrom(tokens, steps, k + 1, i, stop, negators) : -1;
}

/**
 * A list of patterns indexed by the words they can start with, so matching costs a lookup per token
 * instead of a try per pattern and token (the word lists hold several hundred patterns).
 */
export interface PatternSet {
  patterns: Pattern[];
  byWord: Map<string, Pattern[]>;
  /** Prefix alternatives ("idiot*"), bucketed by their first two letters (shorter ones under ""). */
  byPrefix: Map<string, { prefix: string; pattern: Pattern }[]>;
  byNumber: Pattern[];
  /** Suffix alternatives ("*idiot"), bucketed by their last two letters (shorter ones under ""). */
  bySuffix: Map<string, { suffix: string; pattern: Pattern }[]>;
  /** True when the set is part of its lexicon's united set (`unitePatternSets`), so one scan finds its matches. */
  united?: boolean;
}

/** Compiles patterns into an indexed set. */
export function compilePatternSet(sources: readonly string[]): PatternSet {
  const set = indexPatterns([]);
  for (const source of sources) {
    const pattern = compilePattern(source);
    pattern.owner = set;
    addToIndex(set, pattern);
  }
  return set;
}

/**
 * One index over the patterns of several sets, so a single scan of a sentence finds the matches of
 * all of them (each match's `pattern.owner` says whose it is). Marks the sets as `united`.
 */
export function unitePatternSets(sets: readonly PatternSet[]): PatternSet {
  for (const set of sets) set.united = true;
  return indexPatterns(sets.flatMap((set) => set.patterns));
}

function indexPatterns(patterns: readonly Pattern[]): PatternSet {
  const set: PatternSet = { patterns: [], byWord: new Map(), byPrefix: new Map(), byNumber: [], bySuffix: new Map() };
  for (const pattern of patterns) addToIndex(set, pattern);
  return set;
}

/** Adds a pattern under the words it can start with: those of its leading optional steps and its first required one. */
function addToIndex(set: PatternSet, pattern: Pattern): void {
  set.patterns.push(pattern);
  // The words a match can start with: those of the leading optional steps and the first required one.
  for (const step of pattern.steps) {
    if (step.kind === 'gap') break;
    if (step.number) set.byNumber.push(pattern);
    for (const alt of step.alternatives) {
      if (alt.suffix) {
        const bucket = alt.word.length >= 2 ? alt.word.slice(-2) : '';
        const list = set.bySuffix.get(bucket) ?? [];
        list.push({ suffix: alt.word, pattern });
        set.bySuffix.set(bucket, list);
      }
      else if (alt.prefix) {
        const bucket = alt.word.length >= 2 ? alt.word.slice(0, 2) : '';
        const list = set.byPrefix.get(bucket) ?? [];
        list.push({ prefix: alt.word, pattern });
        set.byPrefix.set(bucket, list);
      }
      else {
        const list = set.byWord.get(alt.word) ?? [];
        if (!list.includes(pattern)) list.push(pattern);
        set.byWord.set(alt.word, list);
      }
    }
    if (!step.optional) break;
  }
}

/**
 * Every match of every pattern among tokens `[from, stop)`, which should be one sentence (or a part
 * of one). A pattern may match at several places; each start is reported once per pattern.
 */
export function findMatches(tokens: readonly Token[], set: PatternSet, from: number, stop: number, negators: ReadonlySet<string>): Match[] {
  const found: Match[] = [];
  const tryAt = (pattern: Pattern, i: number) => {
    if (pattern.tried === stamp) return;
    pattern.tried = stamp;
    const end = matchFrom(tokens, pattern.steps, 0, i, stop, negators);
    // A pattern that opens with an optional step must not match "nothing" before its real words.
    if (end > i) found.push({ pattern, first: i, end });
  };
  // Only the patterns that can start at a token are tried (no allocation per token: this is the hot loop).
  // Stretched words ("sooorry") try every pattern. A pattern reached through several index entries
  // (a word and a prefix) is tried once per token (its stamp).
  const prefixShort = set.byPrefix.get('');
  const suffixShort = set.bySuffix.get('');
  const hasSuffixes = set.bySuffix.size > 0;
  const hasNumbers = set.byNumber.length > 0;
  for (let i = from; i < stop; i++) {
    const token = tokens[i]!;
    stamp += 1;
    if (token.stretched) {
      for (const pattern of set.patterns) tryAt(pattern, i);
      continue;
    }
    const exact = set.byWord.get(token.norm);
    if (exact) for (const pattern of exact) tryAt(pattern, i);
    const prefixes = set.byPrefix.get(token.head2);
    if (prefixes) for (const p of prefixes) if (token.norm.startsWith(p.prefix)) tryAt(p.pattern, i);
    if (prefixShort) for (const p of prefixShort) if (token.norm.startsWith(p.prefix)) tryAt(p.pattern, i);
    if (hasSuffixes) {
      const suffixes = set.bySuffix.get(token.tail2);
      if (suffixes) for (const s of suffixes) if (token.norm.endsWith(s.suffix)) tryAt(s.pattern, i);
      if (suffixShort) for (const s of suffixShort) if (token.norm.endsWith(s.suffix)) tryAt(s.pattern, i);
    }
    if (hasNumbers && token.isNumber) for (const pattern of set.byNumber) tryAt(pattern, i);
  }
  return found;
}
