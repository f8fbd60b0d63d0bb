/**
 * `limit`: calmly naming a boundary or rule, including a proportionate consequence (hiding, deleting,
 * reporting to the police). A boundary shouted or mixed with insults is no limit; a sentence that
 * also threatens is a threat, not a limit; a sarcastic one is none either.
 */
import { hitOf, isQuoted, matchEverySentence, overlaps, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

/** Finds calm limits; runs after insult, threat and shouting, which cancel it. */
export function detectLimit(ctx: Context): Hit[] {
  if ((ctx.found.get('insult') ?? []).length > 0 || (ctx.found.get('shouting') ?? []).length > 0) return [];
  // A threat or sarcasm in the same sentence ("call the police 🙄") is no calm limit.
  const threats = [...(ctx.found.get('threat') ?? []), ...(ctx.found.get('sarcasm') ?? [])];
  return matchEverySentence(ctx, ctx.lexicon.limit)
    .filter((m) => !isQuoted(ctx, m))
    .map((m) => hitOf(ctx, m, 'limit word list'))
    .filter((hit) => {
      // The sentence reaches up to the next one, so an emoji after its full stop still belongs to it.
      const i = ctx.sentences.findIndex((x) => x.start <= hit.range[0] && hit.range[1] <= x.stop);
      if (i < 0) return true;
      const span: [number, number] = [ctx.sentences[i]!.start, ctx.sentences[i + 1]?.start ?? ctx.text.length];
      return !threats.some((t) => overlaps(t.range, span));
    });
}
