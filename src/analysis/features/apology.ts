/**
 * `apology`: a sincere apology for one's own side. Boilerplate apologies ("we apologise for any
 * inconvenience") still count (and are also `stock-phrase`). Not sincere, so no apology: "sorry,
 * aber du…", "sorry you feel that way", "es tut mir leid für dich", "we regret…", and negated ones.
 */
import { hitOf, isNegatedAfter, isNegatedBefore, isQuoted, matchEverySentence, matchInSentence, overlaps, rangeOf, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

/** Finds sincere apologies. */
export function detectApology(ctx: Context): Hit[] {
  const hits: Hit[] = [];
  const except = ctx.sentences.flatMap((s) => matchInSentence(ctx, ctx.lexicon.apologyExcept, s).map((m) => rangeOf(ctx, m.first, m.end)));
  for (const m of matchEverySentence(ctx, ctx.lexicon.apology)) {
    if (isQuoted(ctx, m) || isNegatedBefore(ctx, m.first, 2) || isNegatedAfter(ctx, m.end, 2)) continue;
    const hit = hitOf(ctx, m, 'apology word list');
    if (!except.some((r) => overlaps(r, hit.range))) hits.push(hit);
  }
  return hits;
}
