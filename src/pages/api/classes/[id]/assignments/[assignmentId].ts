import type { APIRoute } from 'astro';
import { appOf } from '../../../../../server/http/locals.ts';
import { handle, ApiProblem } from '../../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../../server/http/request-auth.ts';
import { UUID_PATTERN } from '../../../../../server/services/classes.ts';
import { deleteAssignment } from '../../../../../server/repos/assignments.ts';

export const prerender = false;

export const DELETE: APIRoute = ({ request, cookies, params, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
    const id = params['assignmentId'] ?? '';
    if (!UUID_PATTERN.test(id) || !(await deleteAssignment(db, cls.id, id))) throw new ApiProblem('assignment-not-found');
    appOf(locals).sendingLearners.forget();
    return new Response(null, { status: 204 });
  });

/** HTML forms cannot send DELETE. */
export const POST = DELETE;
