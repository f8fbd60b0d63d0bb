/**
 * What the trainer pages share: their URLs per locale, and loading what a page renders from the
 * view-model services (server/services/class-page.ts, learner-page.ts) for the signed-in trainer.
 * Route files call the loaders because only pages may answer with a redirect or a status; the page
 * components then render what was loaded. No page reads a repo.
 */
import type { AstroGlobal } from 'astro';
import type { Locale } from '../../engine/index.ts';
import { localePath } from '../../i18n/routes.ts';
import type { TrainerKey } from '../../i18n/trainer-t.ts';
import { SESSION_COOKIE, sessionTrainer } from '../../server/auth/sessions.ts';
import { appOf, publicOriginOf } from '../../server/http/locals.ts';
import type { Trainer } from '../../server/repos/trainers.ts';
import { classGrid, classPage, type ClassPageView } from '../../server/services/class-page.ts';
import type { ClassDashboard } from '../../server/services/dashboard.ts';
import { DEFAULT_TIME_ZONE } from '../../server/services/time-zones.ts';
import { learnerPage, type LearnerPageView } from '../../server/services/learner-page.ts';

export function trainerHomeUrl(locale: Locale): string {
  return localePath(locale, '/trainer/');
}

export function classUrl(locale: Locale, classId: string): string {
  return localePath(locale, locale === 'de' ? `/trainer/klasse/${classId}/` : `/trainer/class/${classId}/`);
}

/** The class's page for the projector (large type, no names unless asked, nothing to click away). */
export function projectorUrl(locale: Locale, classId: string): string {
  return `${classUrl(locale, classId)}${locale === 'de' ? 'projektor' : 'projector'}/`;
}

/** The class's join page for the projector or to print: name, code, short address, QR code. */
export function qrPageUrl(locale: Locale, classId: string): string {
  return `${classUrl(locale, classId)}qr/`;
}

/** The class's settings: renaming, archiving, removing assignments, deleting (ClassSettingsPage.astro). */
export function classSettingsUrl(locale: Locale, classId: string): string {
  return `${classUrl(locale, classId)}${locale === 'de' ? 'einstellungen' : 'settings'}/`;
}

/** The class grid alone (an HTML fragment), fetched by the class page when the class changes. */
export function classGridUrl(locale: Locale, classId: string): string {
  return `${classUrl(locale, classId)}${locale === 'de' ? 'raster' : 'grid'}/`;
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

/** The view a trainer page renders, or why there is none (the page then answers 404). */
export type Loaded<V> = { ok: true; view: V; trainer: Trainer } | { ok: false; code: PageProblem };

/** Problems a trainer page shows in words: both look the same on purpose (no one learns a class exists). */
export type PageProblem = 'class-not-found' | 'learner-not-found';

/** The words of each page problem (i18n keys in the page's language). */
export const PAGE_PROBLEM_TEXT: Record<PageProblem, TrainerKey> = {
  'class-not-found': 'trainer.notFound.text',
  'learner-not-found': 'trainer.notFound.text',
};

/** The signed-in trainer (their session cookie), or a redirect to the sign-in page. */
async function signedIn(astro: AstroGlobal, locale: Locale): Promise<Trainer | Response> {
  markPrivate(astro);
  const trainer = await sessionTrainer(appOf(astro.locals).db, astro.cookies.get(SESSION_COOKIE)?.value);
  return trainer ?? astro.redirect(trainerHomeUrl(locale), 303);
}

/** A failed load: status 404 and the code, for the page to put into words. */
function notFound<V>(astro: AstroGlobal, code: PageProblem): Loaded<V> {
  astro.response.status = 404;
  return { ok: false, code };
}

/**
 * The signed-in trainer's class named in the URL, as ClassPage.astro renders it. Signed out: a
 * redirect to the sign-in page. Another trainer's class or none: status 404 and the code.
 */
export async function loadClass(astro: AstroGlobal, locale: Locale): Promise<Loaded<ClassPageView> | Response> {
  const trainer = await signedIn(astro, locale);
  if (trainer instanceof Response) return trainer;
  const result = await classPage(appOf(astro.locals), trainer.id, astro.params['id'] ?? '', { origin: publicOriginOf(astro.locals, astro.url), locale });
  return result.ok ? { ok: true, view: result.view, trainer } : notFound(astro, result.code);
}

/** Like loadClass, only the grid (ClassGridFragment.astro). */
export async function loadClassGrid(astro: AstroGlobal, locale: Locale): Promise<Loaded<ClassDashboard> | Response> {
  const trainer = await signedIn(astro, locale);
  if (trainer instanceof Response) return trainer;
  const result = await classGrid(appOf(astro.locals), trainer.id, astro.params['id'] ?? '');
  return result.ok ? { ok: true, view: result.view, trainer } : notFound(astro, result.code);
}

/** Like loadClass, for one learner of the class (LearnerPage.astro). */
export async function loadLearner(astro: AstroGlobal, locale: Locale): Promise<Loaded<LearnerPageView> | Response> {
  const trainer = await signedIn(astro, locale);
  if (trainer instanceof Response) return trainer;
  const result = await learnerPage(appOf(astro.locals), trainer.id, astro.params['id'] ?? '', astro.params['learnerId'] ?? '', locale);
  return result.ok ? { ok: true, view: result.view, trainer } : notFound(astro, result.code);
}

/** An ISO date (YYYY-MM-DD) as the locale writes it; the date is a calendar day, so UTC. */
export function formatDay(locale: Locale, isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO timestamp) with date and time, in the trainer's time zone (default Europe/Berlin). */
export function formatMoment(locale: Locale, iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}
