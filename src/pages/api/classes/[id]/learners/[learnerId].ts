import type { APIRoute } from 'astro';
import { database } from '../../../../../server/db/instance.ts';
import { handle, HttpError, json } from '../../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../../server/http/request-auth.ts';
import { deleteLearner, listLearners } from '../../../../../server/repos/learners.ts';
import { listRunsOfLearner } from '../../../../../server/repos/runs.ts';
import { forgetSendingLearners } from '../../../../../server/services/sending-learner.ts';

export const prerender = false;

async function learnerOfClass(request: Request, cookies: Parameters<APIRoute>[0]['cookies'], params: Record<string, string | undefined>) {
  const { db } = await database();
  const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
  const learner = (await listLearners(db, cls.id)).find((l) => l.id === params['learnerId']);
  if (!learner) throw new HttpError(404, 'There is no such learner in this class.');
  return { db, cls, learner };
}

/** One learner's runs in detail. */
export const GET: APIRoute = ({ request, cookies, params }) =>
  handle(request, async () => {
    const { db, learner } = await learnerOfClass(request, cookies, params);
    const runs = await listRunsOfLearner(db, learner.id);
    return json({
      learner,
      runs: runs.map((r) => ({ ...r, path: JSON.parse(r.path) as string[], scores: JSON.parse(r.scores) as Record<string, number> })),
    });
  });

/** Deletes the learner and all their runs. */
export const DELETE: APIRoute = ({ request, cookies, params }) =>
  handle(request, async () => {
    const { db, cls, learner } = await learnerOfClass(request, cookies, params);
    await deleteLearner(db, cls.id, learner.id);
    forgetSendingLearners();
    return new Response(null, { status: 204 });
  });

export const POST = DELETE;
