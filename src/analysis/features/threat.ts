/**
 * `threat`: threatening harm or escalation beyond a calm limit. Negation does not help: "Das ist keine
 * Drohung, aber ich weiß, wo du wohnst" is a threat, and "not a threat, but…" itself is listed.
 * Quoted threats (the other person's words) do not count.
 * A conditional escalation is a threat however calmly it is worded: a condition ("keep slagging us
 * off", "noch ein Wort", "wer weiter so…") followed in the same sentence by a disproportionate
 * consequence (every branch, the whole school, publishing someone's details, their family).
 */
import { hitOf, isQuoted, matchEverySentence, matchInSentence, overlaps, rangeOf, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

/** Finds threats from the word lists; service talk listed in `threatExcept` cancels an overlapping one. */
export function detectThreat(ctx: Context): Hit[] {
  const hits = matchEverySentence(ctx, ctx.lexicon.threat)
    .filter((m) => !isQuoted(ctx, m))
    .map((m) => hitOf(ctx, m, 'threat word list'));
  for (const s of ctx.sentences) {
    const condition = matchInSentence(ctx, ctx.lexicon.threatCondition, s).find((m) => !isQuoted(ctx, m));
    if (!condition) continue;
    const escalation = matchInSentence(ctx, ctx.lexicon.threatEscalation, s).find((m) => m.first >= condition.end && !isQuoted(ctx, m));
    if (escalation) hits.push({ range: rangeOf(ctx, condition.first, escalation.end), evidence: `conditional escalation: "${condition.pattern.source}" … "${escalation.pattern.source}"` });
  }
  if (hits.length === 0) return hits;
  const service = matchEverySentence(ctx, ctx.lexicon.threatExcept).map((m) => rangeOf(ctx, m.first, m.end));
  return hits.filter((h) => !service.some((r) => overlaps(h.range, r)));
}
