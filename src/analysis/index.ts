/**
 * The Candystorm reply analyser: pure TypeScript (no framework, DOM or node: imports, no runtime
 * dependencies), so the browser and the server run the very same code on a learner's written reply.
 * Everything outside src/analysis imports from here.
 *
 *   analyseReply("Ich verstehe deinen Ärger. Schreib uns bitte per DM.", 'de')
 *   → { version, lang: 'de', features: [{ id: 'acknowledge', ranges: [[0, 24]] }, { id: 'next-step', … }], text: {…} }
 *
 * It never throws: any string (empty, 10,000 characters, emoji, markup, invisible characters) gives
 * an analysis. See docs/reply-analysis.md for every feature, its rules and its limits.
 */
import type { Context } from './context.ts';
import { detectAcknowledge } from './features/acknowledge.ts';
import { detectApology } from './features/apology.ts';
import { detectInsult, detectMockingLaughter } from './features/insult.ts';
import { detectLimit } from './features/limit.ts';
import { detectNextStep } from './features/next-step.ts';
import { detectPersonalData } from './features/personal-data.ts';
import { detectQuestion } from './features/question.ts';
import { detectSarcasm } from './features/sarcasm.ts';
import { detectShouting } from './features/shouting.ts';
import { detectStockPhrase } from './features/stock-phrase.ts';
import { detectThanks } from './features/thanks.ts';
import { detectThreat } from './features/threat.ts';
import { detectYouAccusation } from './features/you-accusation.ts';
import { lexiconFor } from './lexicon/compile.ts';
import { INVISIBLE } from './normalise.ts';
import { tokenise } from './tokenise.ts';
import { FEATURE_IDS, type FeatureId, type FoundFeature, type Hit, type Range, type ReplyAnalysis, type ReplyLang } from './types.ts';

export * from './types.ts';

/** Changes whenever a rule or word list changes, so a stored analysis says which analyser made it. */
export const ANALYSER_VERSION = '1.3.0';

/** Longer texts are analysed up to here only (a reply box allows far less); the result says so. */
export const MAX_ANALYSED_LENGTH = 20_000;

// Order matters: later detectors read earlier hits (a question that insults is no question; a limit
// mixed with insults or shouting is no limit; an insult in a you-statement is a you-accusation; a
// you-accusation with laughter is mocking, so an insult). A feature listed twice adds to its hits.
const DETECTORS: [FeatureId, (ctx: Context) => Hit[]][] = [
  ['insult', detectInsult],
  ['threat', detectThreat],
  ['shouting', detectShouting],
  ['sarcasm', detectSarcasm],
  ['you-accusation', detectYouAccusation],
  ['acknowledge', detectAcknowledge],
  ['apology', detectApology],
  ['thanks', detectThanks],
  ['insult', detectMockingLaughter],
  ['stock-phrase', detectStockPhrase],
  ['limit', detectLimit],
  ['next-step', detectNextStep],
  ['question', detectQuestion],
  ['personal-data', detectPersonalData],
];

/**
 * Analyses one written reply. Ranges are UTF-16 offsets into `text` as given (end exclusive), so
 * `text.slice(start, end)` is the learner's own words. Unknown `lang` values fall back to German.
 */
export function analyseReply(text: string, lang: ReplyLang): ReplyAnalysis {
  const safeLang: ReplyLang = lang === 'en' ? 'en' : 'de';
  const original = typeof text === 'string' ? text : '';
  const analysed = original.length > MAX_ANALYSED_LENGTH ? original.slice(0, MAX_ANALYSED_LENGTH) : original;
  const lexicon = lexiconFor(safeLang);
  const { tokens, sentences, quotes } = tokenise(analysed, lexicon.clauseStarters);
  const ctx: Context = { text: analysed, lang: safeLang, lexicon, tokens, sentences, quotes, found: new Map() };
  for (const [id, detect] of DETECTORS) {
    const hits = detect(ctx);
    const earlier = ctx.found.get(id);
    ctx.found.set(id, earlier ? [...earlier, ...hits] : hits);
  }
  const features: FoundFeature[] = [];
  for (const id of FEATURE_IDS) {
    const hits = ctx.found.get(id) ?? [];
    if (hits.length === 0) continue;
    features.push({ id, ranges: mergeRanges(hits.map((h) => h.range)), evidence: hits[0]!.evidence });
  }
  INVISIBLE.lastIndex = 0;
  return {
    version: ANALYSER_VERSION,
    lang: safeLang,
    features,
    text: { length: original.length, words: tokens.length, hadInvisibleCharacters: INVISIBLE.test(original), truncated: analysed.length < original.length },
  };
}

/** Sorts ranges and merges overlapping or touching ones. */
function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * Compiles a language's word lists ahead of the first analysis (otherwise the first call does it).
 * Call it when a write decision comes into view, so the learner's first submit is as fast as the rest.
 */
export function prepareAnalyser(lang: ReplyLang): void {
  lexiconFor(lang === 'en' ? 'en' : 'de');
}

/** The ids of the features found, in `FEATURE_IDS` order (handy for outcome rules and tests). */
export function featureIdsOf(analysis: ReplyAnalysis): FeatureId[] {
  return analysis.features.map((f) => f.id);
}
