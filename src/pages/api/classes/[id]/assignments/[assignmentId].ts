import type { APIRoute } from 'astro';
import { database } from '../../../../../server/db/instance.ts';
import { handle, HttpError } from '../../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../../server/http/request-auth.ts';
import { deleteAssignment } from '../../../../../server/repos/assignments.ts';
import { forgetSendingLearners } from '../../../../../server/services/sending-learner.ts';

export const prerender = false;

export const DELETE: APIRoute = ({ request, cookies, params }) =>
  handle(request, async () => {
    const { db } = await database();
    const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
    const id = params['assignmentId'] ?? '';
    if (!/^[0-9a-f-]{36}$/.test(id) || !(await deleteAssignment(db, cls.id, id))) throw new HttpError(404, 'There is no such assignment.');
    forgetSendingLearners();
    return new Response(null, { status: 204 });
  });

/** HTML forms cannot send DELETE. */
export const POST = DELETE;
