/**
 * What one class's page (ClassPage.astro) renders: the dashboard, how learners join (link and QR
 * code) and which modules and scenarios can be assigned. Another trainer's class is 'class-not-found'.
 */
import type { Locale, Localised } from '../../engine/index.ts';
import type { CandystormApp } from '../app.ts';
import { fail, type Result } from '../result.ts';
import { findOwnClass, joinUrl } from './classes.ts';
import { listOwnScenarios } from './own-scenarios.ts';
import { classDashboard, type ClassDashboard } from './dashboard.ts';
import { qrSvg } from './qr.ts';

/** Modules 1-10; the page names them from the lessons. */
const MODULES = Array.from({ length: 10 }, (_, i) => i + 1);

export interface ClassPageView extends ClassDashboard {
  /** The address learners open to join, in the page's language. */
  joinLink: string;
  /** The join link as an SVG QR code. */
  qrSvg: string;
  /** Every module, whether it has a scenario to assign, and its scenarios (to assign one alone). */
  modules: { n: number; playable: boolean; scenarios: { id: string; title: Localised }[] }[];
  /** The trainer's own scenarios (docs/trainer-scenarios.md), to assign like published ones. */
  ownScenarios: { id: string; title: Localised }[];
}

/** The trainer's class `classId` as its page shows it in `locale`; `origin` makes the join link. */
export async function classPage(
  app: CandystormApp,
  trainerId: string,
  classId: string,
  { origin, locale }: { origin: string; locale: Locale },
): Promise<Result<{ view: ClassPageView }, 'class-not-found'>> {
  const found = await findOwnClass(app.db, trainerId, classId);
  if (!found.ok) return fail(found.code);
  const dashboard = await classDashboard(app.db, app.scenarios, found.cls);
  const joinLink = joinUrl(origin, found.cls.join_code, locale);
  const modules = await Promise.all(
    MODULES.map(async (n) => {
      const scenarios = (await app.scenarios.ofModule(n)).map((s) => ({ id: s.id, title: s.title }));
      return { n, playable: scenarios.length > 0, scenarios };
    }),
  );
  const ownScenarios = (await listOwnScenarios(app.db, app.ownScenarios, trainerId)).map((s) => ({ id: s.scenarioId, title: s.scenario.title }));
  return { ok: true, view: { ...dashboard, joinLink, qrSvg: await qrSvg(joinLink), modules, ownScenarios } };
}

/**
 * Only the grid of the trainer's class `classId` (ClassGrid.astro), for the fragment the class page
 * fetches when the class changes: the dashboard without the QR code and the lists of scenarios.
 */
export async function classGrid(app: CandystormApp, trainerId: string, classId: string): Promise<Result<{ view: ClassDashboard }, 'class-not-found'>> {
  const found = await findOwnClass(app.db, trainerId, classId);
  if (!found.ok) return fail(found.code);
  return { ok: true, view: await classDashboard(app.db, app.scenarios, found.cls) };
}
