import type { APIRoute } from 'astro';
import { z } from 'zod';
import { database } from '../../../../../server/db/instance.ts';
import { handle, HttpError, json, readBody } from '../../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../../server/http/request-auth.ts';
import { upsertAssignment } from '../../../../../server/repos/assignments.ts';
import { siteScenarios } from '../../../../../server/services/astro-scenarios.ts';
import { forgetSendingLearners } from '../../../../../server/services/sending-learner.ts';

export const prerender = false;

const body = z.strictObject({
  // A number from JSON, or digits from a form field; nothing else (no booleans coerced to 1).
  module: z.union([z.int(), z.string().regex(/^\d{1,2}$/).transform(Number)]).pipe(z.int().min(1).max(10)),
  mode: z.enum(['practice', 'test']).default('practice'),
  dueDate: z
    .union([z.literal(''), z.iso.date()])
    .optional()
    .transform((v) => v || null),
});

/** Assigns a module (again: changes its mode and due date). */
export const POST: APIRoute = ({ request, cookies, params }) =>
  handle(request, async () => {
    const { db } = await database();
    const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
    const input = await readBody(request, body);
    if ((await siteScenarios.ofModule(input.module)).length === 0) throw new HttpError(400, `Module ${input.module} has no scenario yet.`);
    await upsertAssignment(db, cls.id, input);
    forgetSendingLearners();
    return json({ ok: true }, 201);
  });
