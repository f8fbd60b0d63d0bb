/**
 * What the trainer's scenario list shows: their own scenarios (newest version of each) and the
 * published ones to start from. Signed out: a redirect to the sign-in page.
 */
import type { AstroGlobal } from 'astro';
import type { Locale, Localised } from '../../engine/index.ts';
import { SESSION_COOKIE, sessionTrainer } from '../../server/auth/sessions.ts';
import { appOf } from '../../server/http/locals.ts';
import { listOwnScenarios } from '../../server/services/own-scenarios.ts';
import { markPrivate, trainerHomeUrl } from './trainer-pages.ts';

export interface ScenarioListItem {
  id: string;
  title: Localised;
  module: number;
}

export interface ScenarioList {
  own: (ScenarioListItem & { version: number; savedAt: string })[];
  published: ScenarioListItem[];
  /** The trainer's time zone setting, for the dates shown (undefined: the default, Europe/Berlin). */
  timeZone: string | undefined;
}

export async function loadScenarioList(astro: AstroGlobal, locale: Locale): Promise<ScenarioList | Response> {
  markPrivate(astro);
  const app = appOf(astro.locals);
  const trainer = await sessionTrainer(app.db, astro.cookies.get(SESSION_COOKIE)?.value);
  if (!trainer) return astro.redirect(trainerHomeUrl(locale), 303);
  const own = (await listOwnScenarios(app.db, app.ownScenarios, trainer.id)).map((s) => ({
    id: s.scenarioId,
    title: s.scenario.title,
    module: s.scenario.module,
    version: s.version,
    savedAt: s.createdAt,
  }));
  const published: ScenarioListItem[] = [];
  for (let module = 1; module <= 10; module++) {
    for (const s of await app.scenarios.ofModule(module)) published.push({ id: s.id, title: s.title, module: s.module });
  }
  return { own, published, timeZone: trainer.timeZone ?? undefined };
}
