/**
 * `thanks`: sincere thanks, boilerplate included ("Danke für Ihr Feedback" is also `stock-phrase`).
 * Not sincere: "danke für nichts", "nein danke", "thanks for nothing", and thanks in a sentence that is
 * sarcastic ("Wow, thanks for the public shaming 👏", "Vielen Dank auch."; 1.3).
 */
import { hitOf, isQuoted, matchEverySentence, overlaps, rangeOf, type Context } from '../context.ts';
import type { Hit, Range } from '../types.ts';

/** The sentence (start of its first word to the start of the next sentence) that holds a range. */
function sentenceAround(ctx: Context, range: Range): Range {
  const i = ctx.sentences.findIndex((s, k) => range[0] >= s.start && range[0] < (ctx.sentences[k + 1]?.start ?? Infinity));
  const s = ctx.sentences[i < 0 ? 0 : i]!;
  return [s.start, ctx.sentences[i + 1]?.start ?? ctx.text.length];
}

/** Finds sincere thanks. */
export function detectThanks(ctx: Context): Hit[] {
  const except = matchEverySentence(ctx, ctx.lexicon.thanksExcept).map((m) => rangeOf(ctx, m.first, m.end));
  // Runs after detectSarcasm: ironic thanks are none.
  const sarcastic = (ctx.found.get('sarcasm') ?? []).map((h) => h.range);
  return matchEverySentence(ctx, ctx.lexicon.thanks)
    .filter((m) => !isQuoted(ctx, m))
    .map((m) => hitOf(ctx, m, 'thanks word list'))
    .filter((hit) => !except.some((r) => overlaps(r, hit.range)) && !sarcastic.some((r) => overlaps(r, sentenceAround(ctx, hit.range))));
}
