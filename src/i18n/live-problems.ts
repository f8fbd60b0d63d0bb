/**
 * The words a phone or projector in a live session shows for a refusal, in the session's language.
 * The live API answers in the participant's language (the rest of the API answers in English,
 * api-en.ts): a pupil's phone must say in German that voting on this decision is closed.
 */
import type { Locale } from '../engine/locales.ts';
import type { ProblemCode } from '../server/result.ts';
import { apiEn } from './api-en.ts';

const LIVE_DE: Partial<Record<ProblemCode, string>> = {
  'live-session-unknown': 'Es gibt keine Live-Sitzung mit diesem Code. Prüfe den Code auf der Leinwand.',
  'live-session-closed': 'Diese Live-Sitzung ist beendet.',
  'live-token-unknown': 'Tritt der Live-Sitzung zuerst bei: Dieses Handy hat keinen gültigen Teilnahme-Schlüssel.',
  'live-decision-closed': 'Die Abstimmung über diese Entscheidung ist geschlossen.',
  'live-choice-unknown': 'Diese Antwort steht bei dieser Entscheidung nicht zur Wahl.',
  'live-votes-rate-limited': 'Zu viele Stimmen von diesem Handy. Versuche es in {retryAfter} Sekunden wieder.',
  'live-joins-rate-limited': 'Zu viele Beitritte aus diesem Netz. Versuche es in {retryAfter} Sekunden wieder.',
  'live-not-revealed': 'Zeige die Stimmen, bevor du einer Antwort folgst.',
  'live-no-votes': 'Noch hat niemand abgestimmt, es gibt also keine Mehrheit.',
  'live-nothing-to-undo': 'Es gibt keine Entscheidung, zu der du zurückgehen kannst.',
  'live-not-finished': 'Das Szenario läuft noch.',
  'live-reply-empty': 'Schreib eine Antwort, bevor du sie sendest.',
  'live-reply-too-long': 'Deine Antwort hat {length} Zeichen; hier sind höchstens {maxLength} erlaubt. Kürze sie.',
  'live-no-write': 'Bei dieser Entscheidung kann man keine eigene Antwort schreiben: Wähle eine der Antworten.',
  'live-reply-unknown': 'Diese geschriebene Antwort gibt es bei dieser Entscheidung nicht.',
  'live-not-class-member': 'Dieses Gerät gehört nicht zur Klasse dieser Live-Sitzung. Tritt mit einem Spielernamen bei.',
  'pseudonym-taken': 'Diesen Namen nutzt schon jemand in dieser Sitzung. Wähle einen anderen.',
  'invalid-request': 'Die Anfrage ist ungültig: {summary}',
  'body-not-json': 'Die Anfrage ist kein gültiges JSON.',
  'unsupported-type': 'Sende die Anfrage als JSON (content-type: application/json).',
  'server-error': 'Auf dem Server ist etwas schiefgegangen. Bitte versuche es noch einmal.',
};

/** The message of `code` in `locale` (German where written, else the API's English). */
export function liveProblemText(code: ProblemCode, locale: Locale, params: Readonly<Record<string, string | number>> = {}): string {
  const template = (locale === 'de' ? LIVE_DE[code] : undefined) ?? apiEn[code];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
