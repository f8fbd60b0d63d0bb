import type { APIRoute } from 'astro';
import { appOf } from '../../../../server/http/locals.ts';
import { handle, json } from '../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../server/http/request-auth.ts';
import { renewJoinCode } from '../../../../server/services/classes.ts';

export const prerender = false;

/** A new join code for the class (the old one stops working); answers `{ joinCode }`. */
export const POST: APIRoute = ({ request, cookies, params, locals }) =>
  handle(request, async () => {
    const app = appOf(locals);
    const { cls } = await requireTrainerClass(app.db, request, cookies, params['id']);
    const joinCode = await renewJoinCode(app.db, cls.trainer_id, cls.id);
    return json({ joinCode });
  });
