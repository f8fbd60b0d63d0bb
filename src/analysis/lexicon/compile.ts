/**
 * Compiles a language's word lists once, on first use, so importing the analyser costs nothing until
 * a reply is analysed.
 */
import { foldWord } from '../normalise.ts';
import { compilePatternSet, unitePatternSets, type PatternSet } from '../pattern.ts';
import type { ReplyLang } from '../types.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import type { LexiconData } from './types.ts';

const WORD_LISTS = ['negators', 'negationCancellers', 'clauseStarters', 'acronyms', 'namingVerbs', 'laughing'] as const;
type WordListKey = (typeof WORD_LISTS)[number];

/** A language's lists, ready to match: single-word lists as sets, the rest as indexed pattern sets. */
export type Lexicon = { [K in WordListKey]: ReadonlySet<string> } & { [K in Exclude<keyof LexiconData, WordListKey>]: PatternSet } & {
  /** Every list matched sentence by sentence, in one index: one scan per sentence finds them all. */
  united: PatternSet;
};

// Lists matched over parts of a sentence only (words before a token), never sentence by sentence.
const PARTIAL: readonly (keyof LexiconData)[] = ['you', 'phoneCue', 'notPhoneCue', 'verdictFrame'];

const DATA: Record<ReplyLang, LexiconData> = { de, en };
const cache = new Map<ReplyLang, Lexicon>();

/** Compiles one language's data (exported for the word-list test, which compiles every pattern). */
export function compileLexicon(data: LexiconData): Lexicon {
  const out: Record<string, unknown> = {};
  const sentenceWise: PatternSet[] = [];
  for (const [key, list] of Object.entries(data) as [keyof LexiconData, string[]][]) {
    if ((WORD_LISTS as readonly string[]).includes(key)) {
      out[key] = new Set(list.map((w) => (key === 'acronyms' ? w.toUpperCase() : foldWord(w))));
      continue;
    }
    const set = compilePatternSet(list);
    out[key] = set;
    if (!PARTIAL.includes(key)) sentenceWise.push(set);
  }
  out.united = unitePatternSets(sentenceWise);
  return out as Lexicon;
}

/** The compiled lists of a language, compiled on first use. */
export function lexiconFor(lang: ReplyLang): Lexicon {
  let lexicon = cache.get(lang);
  if (!lexicon) {
    lexicon = compileLexicon(DATA[lang]);
    cache.set(lang, lexicon);
  }
  return lexicon;
}
