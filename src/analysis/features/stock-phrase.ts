/**
 * `stock-phrase`: corporate boilerplate ("Wir bedauern die Unannehmlichkeiten", "your feedback is
 * important to us", "sorry you feel that way").
 */
import { hitOf, isQuoted, matchEverySentence, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

/** Finds boilerplate from the word lists. */
export function detectStockPhrase(ctx: Context): Hit[] {
  return matchEverySentence(ctx, ctx.lexicon.stockPhrase)
    .filter((m) => !isQuoted(ctx, m))
    .map((m) => hitOf(ctx, m, 'stock-phrase word list'));
}
