/**
 * `you-accusation`: blaming or attacking the reader with a you-statement ("Du hast keine Ahnung",
 * "it's your own fault", "du bist ein Idiot"). Not when negated ("nicht deine Schuld") or quoted.
 */
import { hitOf, isNegatedAfter, isNegatedBefore, isQuoted, matchEverySentence, matchInSentence, overlaps, rangeOf, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

/** Finds you-accusations; runs after `detectInsult`, whose hits after "du bist"/"you're" also count. */
export function detectYouAccusation(ctx: Context): Hit[] {
  const hits: Hit[] = [];
  for (const m of matchEverySentence(ctx, ctx.lexicon.youAccusation)) {
    if (!isQuoted(ctx, m) && !isNegatedBefore(ctx, m.first) && !isNegatedAfter(ctx, m.end, 1)) hits.push(hitOf(ctx, m, 'you-accusation word list'));
  }
  // An insult inside a you-statement ("du bist so ein Lauch") attacks with a you-statement.
  const insults = ctx.found.get('insult') ?? [];
  if (insults.length === 0) return hits;
  for (const s of ctx.sentences) {
    for (const m of matchInSentence(ctx, ctx.lexicon.youStatement, s)) {
      if (isQuoted(ctx, m)) continue;
      const clauseEnd = clauseStop(ctx, m.end - 1);
      const tail = m.end < clauseEnd ? rangeOf(ctx, m.first, clauseEnd) : rangeOf(ctx, m.first, m.end);
      const insult = insults.find((h) => overlaps(h.range, tail));
      if (insult) hits.push({ range: [tail[0], Math.max(insult.range[1], rangeOf(ctx, m.first, m.end)[1])], evidence: `insult in a you-statement: "${m.pattern.source}"` });
    }
  }
  return hits;
}

/** The end (exclusive) of the clause that holds token `i`. */
function clauseStop(ctx: Context, i: number): number {
  const clause = ctx.tokens[i]!.clause;
  let end = i + 1;
  while (end < ctx.tokens.length && ctx.tokens[end]!.clause === clause) end += 1;
  return end;
}
