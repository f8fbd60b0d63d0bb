/**
 * `next-step`: a concrete next step: what, who, when or which channel. Found per sentence when
 * - an action (someone will do something, or the reader is invited to) comes with a concrete channel
 *   (DM, e-mail, phone, form, a place, a named person) or time (today, by Friday, 10 Uhr); or
 * - a channel and a time stand together ("Probetraining jeden Dienstag um 17:30 Uhr"); or
 * - the sentence gives a way to reach someone (phone number, e-mail, web or postal address), unless
 *   the reply threatens or insults (then the number is a weapon, not an offer); or
 * - two separate times stand together, a day and an hour ("am Dienstag um 15 Uhr"; 1.3).
 * A reply that threatens, or a sentence that insults or mocks, offers no step at all (1.3).
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
  // 1.3: a sentence that threatens, insults or mocks offers no step ("someone call the UN 🙄").
  // A threatening reply offers no step anywhere ("We know you're at 17 Elm Close").
  if ((ctx.found.get('threat') ?? []).length > 0) return hits;
  const attacks = ['insult', 'sarcasm'].flatMap((id) => ctx.found.get(id as 'insult') ?? []);
  for (const [index, s] of ctx.sentences.entries()) {
    const span: [number, number] = [s.start, ctx.sentences[index + 1]?.start ?? ctx.text.length];
    if (attacks.some((a) => overlaps(a.range, span))) continue;
    const actions = matchInSentence(ctx, ctx.lexicon.nextStepAction, s).filter((m) => !isNegatedBefore(ctx, m.first, 2));
    const channels = matchInSentence(ctx, ctx.lexicon.nextStepChannel, s).map((m) => hitOf(ctx, m, 'channel'));
    const times = matchInSentence(ctx, ctx.lexicon.nextStepTime, s).map((m) => hitOf(ctx, m, 'time'));
    const reach = hostile ? [] : contacts.filter((c) => overlaps(c.range, span));
    if (actions.length > 0 && channels.length + times.length + reach.length > 0) hits.push(hitOf(ctx, actions[0]!, 'action'), ...channels, ...times, ...reach);
    else if (channels.length > 0 && times.length > 0) hits.push(...channels, ...times);
    // 1.3: a day and an hour together name an appointment ("am Dienstag um 15 Uhr", "every Tuesday at 5pm").
    else if (separateRanges(times) >= 2 && times.some((t) => namesADay(ctx, t))) hits.push(...times);
    else if (reach.length > 0) hits.push(...reach);
  }
  return hits;
}

// A day (weekday, today, tomorrow), as opposed to an hour: "6pm … 10am" is no appointment, "Dienstag um 15 Uhr" is.
const DAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|wed|thu|fri|sat|sun|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?|today|tomorrow|tonight|tmrw|heute|morgen|ubermorgen)$/;

/** True when a time hit holds a day word. */
function namesADay(ctx: Context, hit: Hit): boolean {
  return ctx.tokens.some((t) => t.start >= hit.range[0] && t.end <= hit.range[1] && DAY.test(t.norm));
}

/** How many separate (non-overlapping, non-touching) stretches the hits cover. */
function separateRanges(hits: Hit[]): number {
  const sorted = hits.map((h) => h.range).sort((a, b) => a[0] - b[0]);
  let count = 0;
  let end = -1;
  for (const [start, stop] of sorted) {
    if (start > end) count += 1;
    end = Math.max(end, stop);
  }
  return count;
}
