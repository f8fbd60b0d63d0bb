import type { APIRoute } from 'astro';
import { appOf } from '../../server/http/locals.ts';
import { handle, json } from '../../server/http/api.ts';
import { requireLearner } from '../../server/http/request-auth.ts';
import { deleteLearnerById } from '../../server/repos/learners.ts';
import { learnerOverview } from '../../server/services/join.ts';

export const prerender = false;

/** The learner's class and assignments (Authorization: Bearer <device token>). */
export const GET: APIRoute = ({ request, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    return json(await learnerOverview(db, await requireLearner(db, request)));
  });

/** A learner deletes everything stored about them: their pseudonym and all their runs. */
export const DELETE: APIRoute = ({ request, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const learner = await requireLearner(db, request);
    await deleteLearnerById(db, learner.id);
    await appOf(locals).afterDeletion();
    return new Response(null, { status: 204 });
  });
