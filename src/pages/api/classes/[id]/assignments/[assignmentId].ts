import type { APIRoute } from 'astro';
import { z } from 'zod';
import { appOf } from '../../../../../server/http/locals.ts';
import { handle, ApiProblem, json, peekForm, readBody } from '../../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../../server/http/request-auth.ts';
import { UUID_PATTERN } from '../../../../../server/services/classes.ts';
import { deleteAssignment, setResultsReleased } from '../../../../../server/repos/assignments.ts';

export const prerender = false;

const releaseBody = z.strictObject({
  // JSON true/false, or "true"/"false" from a form field.
  released: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
});

/** The assignment id from the URL, or 404 (another class's assignment is indistinguishable from none). */
function assignmentId(params: Record<string, string | undefined>): string {
  const id = params['assignmentId'] ?? '';
  if (!UUID_PATTERN.test(id)) throw new ApiProblem('assignment-not-found');
  return id;
}

export const DELETE: APIRoute = ({ request, cookies, params, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
    if (!(await deleteAssignment(db, cls.id, assignmentId(params)))) throw new ApiProblem('assignment-not-found');
    appOf(locals).sendingLearners.forget();
    return new Response(null, { status: 204 });
  });

/** Releases a test's results to the learners (`{ released: true }`), or holds them back again. */
export const PATCH: APIRoute = ({ request, cookies, params, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
    const id = assignmentId(params);
    const { released } = await readBody(request, releaseBody);
    if (!(await setResultsReleased(db, cls.id, id, released))) throw new ApiProblem('assignment-not-found');
    return json({ ok: true, released });
  });

/** HTML forms can only POST: `_action=release`, `withhold` or `delete` (the default, as before). */
export const POST: APIRoute = async (context) => {
  const action = await peekForm(context.request)
    .then((form) => form.get('_action'))
    .catch(() => null);
  if (action === 'release' || action === 'withhold') {
    return handle(context.request, async () => {
      const { db } = appOf(context.locals);
      const { cls } = await requireTrainerClass(db, context.request, context.cookies, context.params['id']);
      const id = assignmentId(context.params);
      if (!(await setResultsReleased(db, cls.id, id, action === 'release'))) throw new ApiProblem('assignment-not-found');
      return json({ ok: true, released: action === 'release' });
    });
  }
  return DELETE(context);
};
