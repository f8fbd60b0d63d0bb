import type { APIRoute } from 'astro';
import { z } from 'zod';
import { appOf } from '../../../../server/http/locals.ts';
import { handle, ApiProblem, json, peekForm, readBody } from '../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../server/http/request-auth.ts';
import { deleteClass, updateClass } from '../../../../server/repos/classes.ts';
import { classDashboard } from '../../../../server/services/dashboard.ts';

export const prerender = false;

/** The class with its dashboard: learners, assignments, averages, decisions. */
export const GET: APIRoute = ({ request, cookies, params, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
    return json(await classDashboard(db, appOf(locals).scenarios, cls));
  });

const changes = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  archived: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional(),
});

export const PATCH: APIRoute = ({ request, cookies, params, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
    const { name, archived } = await readBody(request, changes);
    if (name === undefined && archived === undefined) throw new ApiProblem('nothing-to-change');
    await updateClass(db, cls.trainer_id, cls.id, {
      ...(name !== undefined ? { name } : {}),
      ...(archived !== undefined ? { archived_at: archived ? new Date().toISOString() : null } : {}),
    });
    appOf(locals).sendingLearners.forget();
    return json({ ok: true });
  });

/** Deletes the class and, through the database's cascades, its assignments, learners and runs. */
export const DELETE: APIRoute = ({ request, cookies, params, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
    await deleteClass(db, cls.trainer_id, cls.id);
    await appOf(locals).afterDeletion();
    return new Response(null, { status: 204 });
  });

/** HTML forms cannot send PATCH or DELETE: they POST with `_action`. */
export const POST: APIRoute = (context) =>
  handle(context.request, async () => {
    const action = (await peekForm(context.request)).get('_action');
    if (action === 'delete') return DELETE(context);
    if (action === 'archive' || action === 'unarchive' || action === 'rename') return PATCH(context);
    throw new ApiProblem('unknown-action');
  });
