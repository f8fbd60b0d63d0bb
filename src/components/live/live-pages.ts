/**
 * What the live pages load (no page reads a repo): the projector's session for its trainer, or the
 * phones' session by code, each with the scenario in the page's language.
 */
import type { AstroGlobal } from 'astro';
import { bestPath, scenarioForLocale, type Locale, type Scenario } from '../../engine/index.ts';
import type { LiveSnapshot } from '../../live/live-snapshot.ts';
import { phoneUrl } from '../../live/live-urls.ts';
import { SESSION_COOKIE, sessionTrainer } from '../../server/auth/sessions.ts';
import { appOf, publicOriginOf } from '../../server/http/locals.ts';
import { JOIN_CODE_PATTERN, normaliseJoinCode } from '../../server/services/join-code.ts';
import { qrSvg } from '../../server/services/qr.ts';
import { markPrivate, trainerHomeUrl } from '../trainer/trainer-pages.ts';

export interface ProjectorView {
  sessionId: string;
  code: string;
  scenario: Scenario;
  joinAddress: string;
  qrSvg: string;
  bestPath: string[];
  initial: LiveSnapshot;
}

/** The projector of the signed-in trainer's session `id`; a redirect to sign in; or undefined (404). */
export async function loadProjector(astro: AstroGlobal, locale: Locale): Promise<ProjectorView | Response | undefined> {
  markPrivate(astro);
  const app = appOf(astro.locals);
  const trainer = await sessionTrainer(app.db, astro.cookies.get(SESSION_COOKIE)?.value);
  if (!trainer) return astro.redirect(trainerHomeUrl(locale), 303);
  const session = await app.live.ownSession(trainer.id, astro.params['id'] ?? '');
  const found = session ? await app.scenarios.get(session.scenarioId) : undefined;
  const initial = session ? await app.live.snapshot(session.id) : undefined;
  if (!session || !found || !initial) {
    astro.response.status = 404;
    return undefined;
  }
  const origin = publicOriginOf(astro.locals, astro.url);
  const path = phoneUrl(locale);
  return {
    sessionId: session.id,
    code: session.code,
    scenario: scenarioForLocale(found.scenario, locale),
    joinAddress: `${origin.replace(/^https?:\/\//, '')}${path}`,
    qrSvg: await qrSvg(`${origin}${path}?code=${session.code}`),
    bestPath: bestPath(found.scenario)?.choiceIds ?? [],
    initial,
  };
}

export interface PhoneView {
  code: string;
  scenario: Scenario;
  initial: LiveSnapshot;
}

/** The session whose code is in `?code=`: undefined without one, 'unknown' for a wrong one. */
export async function loadPhone(astro: AstroGlobal, locale: Locale): Promise<PhoneView | 'unknown' | undefined> {
  astro.response.headers.set('cache-control', 'no-store');
  const typed = astro.url.searchParams.get('code');
  if (!typed) return undefined;
  const code = normaliseJoinCode(typed);
  const app = appOf(astro.locals);
  const session = JOIN_CODE_PATTERN.test(code) ? await app.live.findAnyByCode(code) : undefined;
  const found = session ? await app.scenarios.get(session.scenarioId) : undefined;
  const initial = session ? await app.live.snapshot(session.id) : undefined;
  if (!session || !found || !initial) {
    astro.response.status = 404;
    return 'unknown';
  }
  return { code, scenario: scenarioForLocale(found.scenario, locale), initial };
}
