/**
 * `next-step`: a concrete next step: someone will do something, or the reader is invited to, AND the
 * sentence names a concrete channel (DM, e-mail, phone number, form) or time (today, by Friday,
 * within 24 hours). "Ich kümmere mich darum" / "I'll look into it" alone names neither: no next step.
 */
import { hitOf, isNegatedBefore, matchInSentence, overlaps, type Context } from '../context.ts';
import type { Hit } from '../types.ts';
import { findEmails, findPhoneNumbers } from './personal-data.ts';

/** Finds next steps, sentence by sentence. */
export function detectNextStep(ctx: Context): Hit[] {
  const hits: Hit[] = [];
  const contacts = [...findEmails(ctx.text, true), ...findPhoneNumbers(ctx, true)];
  for (const s of ctx.sentences) {
    const actions = matchInSentence(ctx, ctx.lexicon.nextStepAction, s).filter((m) => !isNegatedBefore(ctx, m.first, 2));
    if (actions.length === 0) continue;
    const concrete = [
      ...matchInSentence(ctx, ctx.lexicon.nextStepChannel, s).map((m) => hitOf(ctx, m, 'channel')),
      ...matchInSentence(ctx, ctx.lexicon.nextStepTime, s).map((m) => hitOf(ctx, m, 'time')),
      ...contacts.filter((c) => overlaps(c.range, [s.start, s.stop])).map((c) => ({ range: c.range, evidence: 'channel: contact' })),
    ];
    if (concrete.length === 0) continue;
    hits.push(hitOf(ctx, actions[0]!, 'action'), ...concrete);
  }
  return hits;
}
