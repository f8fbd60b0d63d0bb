/**
 * `acknowledge`: naming or paraphrasing the other person's (or a third person's) feeling or
 * situation ("Ich verstehe deinen Ärger", "that sounds frustrating", "sie fühlt sich verletzt").
 * Merely agreeing ("da hast du recht") is not listed; a negation ("ich verstehe nicht, warum…",
 * "nicht nachvollziehbar") cancels it.
 */
import { hitOf, isNegatedAfter, isNegatedBefore, isQuoted, matchEverySentence, overlaps, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

/** "Sorry you're upset" names the feeling only to brush it off: a stock phrase, no acknowledgement. */
function afterSorry(ctx: Context, first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - 2; i--) if (ctx.tokens[i]!.norm === 'sorry' || ctx.tokens[i]!.norm === 'leid') return true;
  return false;
}

/** Finds acknowledgements from the word lists. */
export function detectAcknowledge(ctx: Context): Hit[] {
  // Runs after detectYouAccusation: a feeling word that the reader is blamed for is no acknowledgement
  // ("ur so annoying", "du bist echt anstrengend"; 1.3).
  const accusations = (ctx.found.get('you-accusation') ?? []).map((h) => h.range);
  return matchEverySentence(ctx, ctx.lexicon.acknowledge)
    .filter((m) => !isQuoted(ctx, m) && !isNegatedBefore(ctx, m.first) && !isNegatedAfter(ctx, m.end, 1) && !afterSorry(ctx, m.first))
    .map((m) => hitOf(ctx, m, 'acknowledge word list'))
    .filter((hit) => !accusations.some((r) => overlaps(r, hit.range)));
}
