/** The addresses of live mode's pages per locale: the trainer's projector and the phones' page. */
import type { Locale } from '../engine/locales.ts';
import { localePath } from '../i18n/routes.ts';

/** The projector of a session (trainer only). */
export function projectorUrl(locale: Locale, sessionId: string): string {
  return localePath(locale, `/trainer/live/${sessionId}/`);
}

/** Where phones join: short enough to type from the projector. */
export function phoneUrl(locale: Locale): string {
  return localePath(locale, '/live/');
}
