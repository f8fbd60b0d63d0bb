/**
 * `acknowledge`: naming or paraphrasing the other person's (or a third person's) feeling or
 * situation ("Ich verstehe deinen Ärger", "that sounds frustrating", "sie fühlt sich verletzt").
 * Merely agreeing ("da hast du recht") is not listed; a negation ("ich verstehe nicht, warum…",
 * "nicht nachvollziehbar") cancels it.
 */
import { hitOf, isNegatedAfter, isNegatedBefore, isQuoted, matchEverySentence, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

/** Finds acknowledgements from the word lists. */
export function detectAcknowledge(ctx: Context): Hit[] {
  return matchEverySentence(ctx, ctx.lexicon.acknowledge)
    .filter((m) => !isQuoted(ctx, m) && !isNegatedBefore(ctx, m.first) && !isNegatedAfter(ctx, m.end, 1))
    .map((m) => hitOf(ctx, m, 'acknowledge word list'));
}
