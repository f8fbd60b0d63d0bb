/**
 * `limit`: calmly naming a boundary or rule, including a proportionate consequence (hiding, deleting,
 * reporting to the police). A boundary shouted or mixed with insults is no limit; a sentence that
 * also threatens is a threat, not a limit.
 */
import { hitOf, isQuoted, matchEverySentence, overlaps, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

/** Finds calm limits; runs after insult, threat and shouting, which cancel it. */
export function detectLimit(ctx: Context): Hit[] {
  if ((ctx.found.get('insult') ?? []).length > 0 || (ctx.found.get('shouting') ?? []).length > 0) return [];
  const threats = ctx.found.get('threat') ?? [];
  return matchEverySentence(ctx, ctx.lexicon.limit)
    .filter((m) => !isQuoted(ctx, m))
    .map((m) => hitOf(ctx, m, 'limit word list'))
    .filter((hit) => {
      const s = ctx.sentences.find((x) => x.start <= hit.range[0] && hit.range[1] <= x.stop);
      return !s || !threats.some((t) => overlaps(t.range, [s.start, s.stop]));
    });
}
