import type { APIRoute } from 'astro';
import { appOf } from '../../../server/http/locals.ts';
import { ApiProblem, handle, json } from '../../../server/http/api.ts';
import { requireLearner } from '../../../server/http/request-auth.ts';
import { scenarioForLearner } from '../../../server/services/own-scenarios.ts';

export const prerender = false;

/**
 * A trainer's own scenario for a learner of one of that trainer's classes (Bearer device token):
 * the newest version, with the best and worst totals the simulator scores with. Anyone else: 404.
 */
export const GET: APIRoute = ({ request, locals, params }) =>
  handle(request, async () => {
    const app = appOf(locals);
    const learner = await requireLearner(app.db, request);
    const found = await scenarioForLearner(app.db, app.ownScenarios, learner.class_id, params['id'] ?? '');
    if (!found.ok) throw ApiProblem.of(found);
    return json({ scenario: found.stored.scenario, extremes: found.stored.extremes, version: found.stored.version });
  });
