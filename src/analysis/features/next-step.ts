/**
 * `next-step`: a concrete next step: what, who, when or which channel. Found per sentence when
 * - an action (someone will do something, or the reader is invited to) comes with a concrete channel
 *   (DM, e-mail, phone, form, a place, a named person) or time (today, by Friday, 10 Uhr); or
 * - a channel and a time stand together ("Probetraining jeden Dienstag um 17:30 Uhr"); or
 * - the sentence gives a way to reach someone (phone number, e-mail, web or postal address), unless
 *   the reply threatens or insults (then the number is a weapon, not an offer).
 * "Ich kümmere mich darum" / "I'll look into it" names none of these: no next step.
 */
import { hitOf, isNegatedBefore, matchInSentence, overlaps, type Context } from '../context.ts';
import type { Hit } from '../types.ts';
import { findEmails, findPhoneNumbers, findStreets } from './personal-data.ts';

const URL = /(?<![\p{L}\p{N}@])(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+(?:de|com|org|net|example|at|ch|uk|eu|info|io)(?:\/[^\s)]*)?/giu;

/** Finds next steps, sentence by sentence. */
export function detectNextStep(ctx: Context): Hit[] {
  const hits: Hit[] = [];
  const hostile = (ctx.found.get('threat') ?? []).length > 0 || (ctx.found.get('insult') ?? []).length > 0;
  const urls: Hit[] = (/\.(?:de|com|org|net|example|at|ch|uk|eu|info|io)(?![\p{L}])/iu.test(ctx.text) ? [...ctx.text.matchAll(URL)] : []).filter((m) => !m[0].includes('@')).map((m) => ({ range: [m.index, m.index + m[0].length], evidence: 'channel: web address' }));
  const contacts = [...findEmails(ctx.text, true), ...findPhoneNumbers(ctx, true), ...findStreets(ctx.text), ...urls];
  for (const [index, s] of ctx.sentences.entries()) {
    const span: [number, number] = [s.start, ctx.sentences[index + 1]?.start ?? ctx.text.length];
    const actions = matchInSentence(ctx, ctx.lexicon.nextStepAction, s).filter((m) => !isNegatedBefore(ctx, m.first, 2));
    const channels = matchInSentence(ctx, ctx.lexicon.nextStepChannel, s).map((m) => hitOf(ctx, m, 'channel'));
    const times = matchInSentence(ctx, ctx.lexicon.nextStepTime, s).map((m) => hitOf(ctx, m, 'time'));
    const reach = hostile ? [] : contacts.filter((c) => overlaps(c.range, span));
    if (actions.length > 0 && channels.length + times.length + reach.length > 0) hits.push(hitOf(ctx, actions[0]!, 'action'), ...channels, ...times, ...reach);
    else if (channels.length > 0 && times.length > 0) hits.push(...channels, ...times);
    else if (reach.length > 0) hits.push(...reach);
  }
  return hits;
}
