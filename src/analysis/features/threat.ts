/**
 * `threat`: threatening harm or escalation beyond a calm limit. Negation does not help: "Das ist keine
 * Drohung, aber ich weiß, wo du wohnst" is a threat, and "not a threat, but…" itself is listed.
 * Quoted threats (the other person's words) do not count.
 */
import { hitOf, isQuoted, matchEverySentence, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

/** Finds threats from the word lists. */
export function detectThreat(ctx: Context): Hit[] {
  return matchEverySentence(ctx, ctx.lexicon.threat)
    .filter((m) => !isQuoted(ctx, m))
    .map((m) => hitOf(ctx, m, 'threat word list'));
}
