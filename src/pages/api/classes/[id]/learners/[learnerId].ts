import type { APIRoute } from 'astro';
import { appOf } from '../../../../../server/http/locals.ts';
import { handle, ApiProblem, json } from '../../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../../server/http/request-auth.ts';
import { deleteLearner, listLearners } from '../../../../../server/repos/learners.ts';
import { listRunsOfLearner } from '../../../../../server/repos/runs.ts';

export const prerender = false;

async function learnerOfClass({ request, cookies, params, locals }: Parameters<APIRoute>[0]) {
  const { db } = appOf(locals);
  const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
  const learner = (await listLearners(db, cls.id)).find((l) => l.id === params['learnerId']);
  if (!learner) throw new ApiProblem('learner-not-found');
  return { db, cls, learner };
}

/** One learner's runs in detail. */
export const GET: APIRoute = (context) =>
  handle(context.request, async () => {
    const { db, learner } = await learnerOfClass(context);
    const runs = await listRunsOfLearner(db, learner.id);
    return json({
      learner,
      // The choice-order seed stays on the server: it only says in which order the choices were shown.
      runs: runs.map(({ order_seed: _orderSeed, ...r }) => ({ ...r, path: JSON.parse(r.path) as string[], scores: JSON.parse(r.scores) as Record<string, number> })),
    });
  });

/** Deletes the learner and all their runs. */
export const DELETE: APIRoute = (context) =>
  handle(context.request, async () => {
    const { db, cls, learner } = await learnerOfClass(context);
    await deleteLearner(db, cls.id, learner.id);
    await appOf(context.locals).afterDeletion();
    return new Response(null, { status: 204 });
  });

export const POST = DELETE;
