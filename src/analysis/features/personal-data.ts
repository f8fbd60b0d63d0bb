/**
 * `personal-data`: a phone number, e-mail address or postal address (a street with a house number)
 * in the reply, an organisation's role mailbox (support@…, info@…) included (1.3). Not personal: public
 * helpline and toll-free numbers (116 111, 110, 0800 …), order or ticket numbers.
 */
import type { Context } from '../context.ts';
import { findMatches } from '../pattern.ts';
import type { Hit, Range } from '../types.ts';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const ROLE_MAILBOX = /^(?:support|service|info|kontakt|contact|help|hilfe|kundenservice|customerservice|customercare|care|team|hallo|hello|hi|mail|office|presse|press|datenschutz|privacy|dpo|feedback|social|socialmedia|community|noreply|no-reply|redaktion|beratung|sos|moderation|abuse|beschwerde|complaints)$/i;
// Digits with spaces, dashes, slashes or brackets between them; a full stop ends it (dates, prices).
const PHONE = /(?<![\p{L}\p{N}+])(?:\+|00)?\d[\d \u00A0\-/()]{5,22}\d(?![\p{L}\p{N}])/gu;
const TOLL_FREE_OR_HELPLINE = /^(?:(?:49|43|41|44|1)?0?800|0808|0801|1800|888|877|866|116\d{3}$|116\d{3}\d*$)/;
// German: "Hauptstraße 5", "Am Ring 12a", "Bahnhofstr. 3"; English: "221 Baker Street", "5 Elm Rd".
// A number followed by a unit is a quantity ("Heimweg 2 Stunden"), not a house number.
const NOT_A_QUANTITY = String.raw`(?![\p{L}\p{N}]|\s*(?:stunden|std|minuten|min|tage|tagen|wochen|monate|jahre|km|m|mal|x|%|euro|€|h|uhr|leute|personen|kinder)(?![\p{L}]))`;
const STREET_DE = new RegExp(String.raw`(?<![\p{L}\p{N}])\p{L}[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|steig|pfad|markt|brunnen|garten|bach|höhe|hoehe|kamp|stieg)\s?\d{1,4}\s?[a-h]?` + NOT_A_QUANTITY, 'giu');
const STREET_DE_TWO_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:Am|An der|An den|Auf dem)\s(?:Markt|Ring|Rathaus|Bahnhof|See|Park|Anger|Graben|Berg|Hafen|Wall|Deich|Brunnen|Kirchplatz|Stadtpark|Mühlbach|Sportplatz)\s\d{1,4}[a-h]?` + NOT_A_QUANTITY, 'giu');
const STREET_EN = /(?<![\p{L}\p{N}])\d{1,5}[a-z]?\s+(?:\p{L}[\p{L}'-]*\s){1,3}(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|ln\.?|drive|boulevard|blvd\.?|close|court|crescent|terrace|place)(?![\p{L}])/giu;
// Street words that are also everyday words ("3 times in a row", "5 min walk"): only after capitalised names ("3 Baker Row", "1 Market Square").
const STREET_EN_NAMED = /(?<![\p{L}\p{N}])\d{1,5}[a-z]?\s+(?:\p{Lu}[\p{L}'-]*\s){1,3}(?:Square|Row|Way|Mews|Parade|Gardens|Grove|Hill|Walk|Green)(?![\p{L}])/gu;

/** E-mail addresses; role mailboxes (support@, info@) only when `includeRoleMailboxes`. */
export function findEmails(text: string, includeRoleMailboxes: boolean): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('@')) return hits;
  for (const m of text.matchAll(EMAIL)) {
    const local = m[0].slice(0, m[0].indexOf('@'));
    if (includeRoleMailboxes || !ROLE_MAILBOX.test(local)) hits.push({ range: [m.index, m.index + m[0].length], evidence: 'e-mail address' });
  }
  return hits;
}

/** Phone numbers; helpline and toll-free numbers only when `includeHelplines` (they are channels, not personal data). */
export function findPhoneNumbers(ctx: Context, includeHelplines: boolean): Hit[] {
  const hits: Hit[] = [];
  if (!/\d(?:\D{0,3}\d){6}/.test(ctx.text)) return hits; // fewer than seven digits close together: no phone number
  for (const m of ctx.text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    const cue = cueBefore(ctx, m.index);
    if (cue === 'not-phone') continue;
    const shaped = /^(?:\+|00|0)/.test(m[0]);
    if (!shaped && cue !== 'phone') continue;
    const national = digits.replace(/^00/, '');
    if (!includeHelplines && TOLL_FREE_OR_HELPLINE.test(national)) continue;
    hits.push({ range: [m.index, m.index + m[0].length], evidence: 'phone number' });
  }
  return hits;
}

/** Whether the three words before an offset say "phone" ("Tel.", "call me") or the two before it "not a phone" ("Bestellnummer"). */
function cueBefore(ctx: Context, offset: number): 'phone' | 'not-phone' | undefined {
  let i = ctx.tokens.findIndex((t) => t.start >= offset);
  if (i < 0) i = ctx.tokens.length;
  const from = Math.max(0, i - 3);
  const { negators } = ctx.lexicon;
  // "Bestellnummer 1234567", "order no. 1234567": the number's own label stands right before it; a word
  // further back ("call our parcel team on 020 …") labels the caller, not the number.
  if (findMatches(ctx.tokens, ctx.lexicon.notPhoneCue, Math.max(0, i - 2), i, negators).length > 0) return 'not-phone';
  if (findMatches(ctx.tokens, ctx.lexicon.phoneCue, from, i, negators).length > 0) return 'phone';
  return undefined;
}

/** Streets with a house number. */
// Quick tests that rule a pattern out before the costly scan: the street word right before a number.
const STREET_DE_HINT = /(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|steig|pfad|markt|berg|bahnhof|see|park|anger|graben|hafen|wall|deich|brunnen|rathaus|mühlbach|garten|bach|höhe|hoehe|kamp|stieg)\s?\d/iu;
const STREET_EN_HINT = /\d\s+\p{L}.*(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|ln\.?|drive|boulevard|blvd\.?|close|court|crescent|terrace|place|square|row|way|mews|parade|gardens|grove|hill|walk|green)(?![\p{L}])/iu;
let lastStreets: { text: string; hits: Hit[] } | undefined;

/** Streets with a house number (the last result is kept: next-step and personal-data both ask). */
export function findStreets(text: string): Hit[] {
  if (lastStreets?.text === text) return lastStreets.hits;
  const hits: Hit[] = [];
  const patterns = [...(STREET_DE_HINT.test(text) ? [STREET_DE, STREET_DE_TWO_WORDS] : []), ...(STREET_EN_HINT.test(text) ? [STREET_EN, STREET_EN_NAMED] : [])];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const range: Range = [m.index, m.index + m[0].trimEnd().length];
      hits.push({ range, evidence: 'street with a house number' });
    }
  }
  lastStreets = { text, hits };
  return hits;
}

/** Finds personal data (see the file comment). */
export function detectPersonalData(ctx: Context): Hit[] {
  // Every e-mail address counts, an organisation's role mailbox too: the house rule counts every
  // contact detail that is not a public helpline (tests/replies/adjudication-rules.md), and all three
  // labelled sets read it so. Role mailboxes stay recognisable for next-step (`findEmails(…, true)`).
  return [...findEmails(ctx.text, true), ...findPhoneNumbers(ctx, false), ...findStreets(ctx.text)];
}
