/**
 * `sarcasm`: listed sarcastic turns ("na toll", "thanks for nothing", "good job, Einstein"), the
 * eye-roll emoji and the "/s" marker. Deliberately narrow: sarcasm without a marker is not found.
 */
import { hitOf, inQuoteSpan, isQuoted, matchEverySentence, type Context } from '../context.ts';
import type { Hit, Range } from '../types.ts';

// 🙄 (eye roll), 🙃 (upside-down face) and "/s" mark irony; 😂 alone does not.
const MARKERS = /\u{1F644}|\u{1F643}|(?<![\p{L}\p{N}])\/s(?![\p{L}\p{N}])/gu;
// Clapping between words ("great 👏 job 👏 guys 👏") mocks; a clap after a sentence ("Danke 👏👏") does not.
const CLAP_BETWEEN_WORDS = /(?:[\p{L}\p{N}]+\s*\u{1F44F}\s*){3,}/gu;

/** Finds sarcasm markers. */
export function detectSarcasm(ctx: Context): Hit[] {
  const hits = matchEverySentence(ctx, ctx.lexicon.sarcasm)
    .filter((m) => !isQuoted(ctx, m))
    .map((m) => hitOf(ctx, m, 'sarcasm word list'));
  // The clapping pattern backtracks over every word: only run it when there is a clap at all.
  const claps = ctx.text.includes('\u{1F44F}') ? [...ctx.text.matchAll(CLAP_BETWEEN_WORDS)] : [];
  for (const e of [...ctx.text.matchAll(MARKERS), ...claps]) {
    const range: Range = [e.index, e.index + e[0].length];
    if (!inQuoteSpan(ctx, range)) hits.push({ range, evidence: `sarcasm marker ${e[0]}` });
  }
  return hits;
}
