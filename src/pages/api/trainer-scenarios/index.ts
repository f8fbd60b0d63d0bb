import type { APIRoute } from 'astro';
import { z } from 'zod';
import { appOf } from '../../../server/http/locals.ts';
import { ApiProblem, handle, json, readBody } from '../../../server/http/api.ts';
import { SCENARIO_EDITOR_BODY_BYTES } from '../../../server/http/request-guards.ts';
import { requireTrainer } from '../../../server/http/request-auth.ts';
import { listOwnScenarios, saveOwnScenario } from '../../../server/services/own-scenarios.ts';

export const prerender = false;

/** The trainer's own scenarios, newest version of each. */
export const GET: APIRoute = ({ request, cookies, locals }) =>
  handle(request, async () => {
    const app = appOf(locals);
    const trainer = await requireTrainer(app.db, request, cookies);
    const list = await listOwnScenarios(app.db, app.ownScenarios, trainer.id);
    return json({ scenarios: list.map((s) => ({ id: s.scenarioId, version: s.version, title: s.scenario.title, module: s.scenario.module, savedAt: s.createdAt })) });
  });

/**
 * Saves `{ yaml }` as the next version (201), or answers 200 when it equals the newest version.
 * A text with errors is 422 with the checker's problems (line, path, message, fix) as details.
 */
export const POST: APIRoute = ({ request, cookies, locals }) =>
  handle(request, async () => {
    const app = appOf(locals);
    const trainer = await requireTrainer(app.db, request, cookies);
    const { yaml } = await readBody(request, z.strictObject({ yaml: z.string() }), SCENARIO_EDITOR_BODY_BYTES);
    const saved = await saveOwnScenario(app.db, app.ownScenarios, app.scenarios, trainer.id, yaml);
    if (!saved.ok) throw ApiProblem.of(saved);
    return json({ id: saved.scenarioId, version: saved.version, changed: saved.changed }, saved.changed ? 201 : 200);
  });
