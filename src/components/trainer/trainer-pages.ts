/**
 * What the trainer pages share: their URLs per locale, and loading the signed-in trainer, a class or
 * a learner on the server. Route files call the loaders because only pages may answer with a
 * redirect or a status; the page components then render what was loaded.
 */
import type { AstroCookies, AstroGlobal } from 'astro';
import type { Locale } from '../../engine/index.ts';
import { localePath } from '../../i18n/routes.ts';
import { SESSION_COOKIE, sessionTrainer } from '../../server/auth/sessions.ts';
import { database } from '../../server/db/instance.ts';
import { findClass, type ClassRow } from '../../server/repos/classes.ts';
import { listLearners } from '../../server/repos/learners.ts';
import type { Trainer } from '../../server/repos/trainers.ts';
import type { Db } from '../../server/repos/types.ts';

export function trainerHomeUrl(locale: Locale): string {
  return localePath(locale, '/trainer/');
}

export function classUrl(locale: Locale, classId: string): string {
  return localePath(locale, locale === 'de' ? `/trainer/klasse/${classId}/` : `/trainer/class/${classId}/`);
}

export function learnerUrl(locale: Locale, classId: string, learnerId: string): string {
  return `${classUrl(locale, classId)}${locale === 'de' ? 'lernende' : 'learners'}/${learnerId}/`;
}

/** The same page in every locale, for the language switch. */
export function alternatesOf(url: (locale: Locale) => string): Record<Locale, string> {
  return { de: url('de'), en: url('en') };
}

/** Pages with a trainer's data must never be cached by a browser or a proxy. */
export function markPrivate(astro: Pick<AstroGlobal, 'response'>): void {
  astro.response.headers.set('cache-control', 'private, no-store');
}

export async function currentTrainer(cookies: AstroCookies): Promise<{ db: Db; trainer: Trainer | undefined }> {
  const { db } = await database();
  return { db, trainer: await sessionTrainer(db, cookies.get(SESSION_COOKIE)?.value) };
}

export interface LoadedClass {
  db: Db;
  trainer: Trainer;
  cls: ClassRow;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The signed-in trainer's class named in the URL. Signed out: a redirect to the sign-in page.
 * Another trainer's class or none: undefined with status 404 (the two look the same on purpose).
 */
export async function loadClass(astro: AstroGlobal, locale: Locale): Promise<LoadedClass | Response | undefined> {
  markPrivate(astro);
  const { db, trainer } = await currentTrainer(astro.cookies);
  if (!trainer) return astro.redirect(trainerHomeUrl(locale), 303);
  const id = astro.params['id'] ?? '';
  const cls = UUID.test(id) ? await findClass(db, trainer.id, id) : undefined;
  if (!cls) {
    astro.response.status = 404;
    return undefined;
  }
  return { db, trainer, cls };
}

export interface LoadedLearner extends LoadedClass {
  learner: { id: string; pseudonym: string; created_at: string };
}

/** Like loadClass, for one learner of the class. */
export async function loadLearner(astro: AstroGlobal, locale: Locale): Promise<LoadedLearner | Response | undefined> {
  const loaded = await loadClass(astro, locale);
  if (!loaded || loaded instanceof Response) return loaded;
  const learner = (await listLearners(loaded.db, loaded.cls.id)).find((l) => l.id === astro.params['learnerId']);
  if (!learner) {
    astro.response.status = 404;
    return undefined;
  }
  return { ...loaded, learner };
}

/** An ISO date (YYYY-MM-DD) as the locale writes it; the date is a calendar day, so UTC. */
export function formatDay(locale: Locale, isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO timestamp) with date and time, in the server's time zone. */
export function formatMoment(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
