/**
 * `insult`: insults, name-calling, slurs and mocking by the writer. Not when the word is quoted (the
 * other person's words), not when negated in its clause ("nicht dumm", "you're not an idiot"), but
 * still when the negation belongs to another clause ("Ich will dich nicht beleidigen, aber du Opfer").
 * Words such as "lost", "Opfer" or "dumm" count only when aimed at someone ("du bist so lost").
 */
import { hitOf, inQuoteSpan, isAddressed, isNegatedBefore, isQuoted, matchEverySentence, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

// The clown face and the middle finger mock on their own; other emoji (🙏, ❤️, 😂) do not insult.
const MOCKING_EMOJI = /\u{1F921}|\u{1F595}/gu;

/** Finds insults; see the file comment for the rules. */
export function detectInsult(ctx: Context): Hit[] {
  const hits: Hit[] = [];
  for (const m of matchEverySentence(ctx, ctx.lexicon.insult)) {
    if (!isQuoted(ctx, m) && !isNegatedBefore(ctx, m.first)) hits.push(hitOf(ctx, m, 'insult word list'));
  }
  for (const m of matchEverySentence(ctx, ctx.lexicon.insultAddressed)) {
    if (!isQuoted(ctx, m) && !isNegatedBefore(ctx, m.first) && isAddressed(ctx, m.first)) hits.push(hitOf(ctx, m, 'insult aimed at someone'));
  }
  for (const e of ctx.text.matchAll(MOCKING_EMOJI)) {
    const range: [number, number] = [e.index, e.index + e[0].length];
    if (!inQuoteSpan(ctx, range)) hits.push({ range, evidence: `mocking emoji ${e[0]}` });
  }
  return hits;
}
