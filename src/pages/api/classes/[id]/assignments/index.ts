import type { APIRoute } from 'astro';
import { z } from 'zod';
import { appOf } from '../../../../../server/http/locals.ts';
import { handle, ApiProblem, json, readBody } from '../../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../../server/http/request-auth.ts';
import { upsertAssignment } from '../../../../../server/repos/assignments.ts';

export const prerender = false;

const body = z.strictObject({
  // A number from JSON, or digits from a form field; nothing else (no booleans coerced to 1).
  module: z.union([z.int(), z.string().regex(/^\d{1,2}$/).transform(Number)]).pipe(z.int().min(1).max(10)),
  mode: z.enum(['practice', 'test']).default('practice'),
  dueDate: z
    .union([z.literal(''), z.iso.date()])
    .optional()
    .transform((v) => v || null),
  // A checkbox sends "on" when ticked and nothing otherwise; JSON sends true or false. Off by default.
  collectReplies: z
    .union([z.boolean(), z.literal('on')])
    .optional()
    .transform((v) => v === true || v === 'on'),
});

/** Assigns a module (again: changes its mode, due date and whether written replies are collected). */
export const POST: APIRoute = ({ request, cookies, params, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
    const input = await readBody(request, body);
    if ((await appOf(locals).scenarios.ofModule(input.module)).length === 0) throw new ApiProblem('module-without-scenario', { module: input.module });
    await upsertAssignment(db, cls.id, input);
    appOf(locals).sendingLearners.forget();
    return json({ ok: true }, 201);
  });
