/**
 * `threat`: threatening harm or escalation beyond a calm limit. Negation does not help: "Das ist keine
 * Drohung, aber ich weiß, wo du wohnst" is a threat, and "not a threat, but…" itself is listed.
 * Quoted threats (the other person's words) do not count.
 */
import { hitOf, isQuoted, matchEverySentence, overlaps, rangeOf, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

/** Finds threats from the word lists; service talk listed in `threatExcept` cancels an overlapping one. */
export function detectThreat(ctx: Context): Hit[] {
  const hits = matchEverySentence(ctx, ctx.lexicon.threat)
    .filter((m) => !isQuoted(ctx, m))
    .map((m) => hitOf(ctx, m, 'threat word list'));
  if (hits.length === 0) return hits;
  const service = matchEverySentence(ctx, ctx.lexicon.threatExcept).map((m) => rangeOf(ctx, m.first, m.end));
  return hits.filter((h) => !service.some((r) => overlaps(h.range, r)));
}
