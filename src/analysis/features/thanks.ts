/**
 * `thanks`: sincere thanks, boilerplate included ("Danke für Ihr Feedback" is also `stock-phrase`).
 * Not sincere: "danke für nichts", "nein danke", "thanks for nothing".
 */
import { hitOf, isQuoted, matchEverySentence, overlaps, rangeOf, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

/** Finds sincere thanks. */
export function detectThanks(ctx: Context): Hit[] {
  const except = matchEverySentence(ctx, ctx.lexicon.thanksExcept).map((m) => rangeOf(ctx, m.first, m.end));
  return matchEverySentence(ctx, ctx.lexicon.thanks)
    .filter((m) => !isQuoted(ctx, m))
    .map((m) => hitOf(ctx, m, 'thanks word list'))
    .filter((hit) => !except.some((r) => overlaps(r, hit.range)));
}
