/**
 * POST /api/live: a trainer starts a live session of one scenario (docs/live-mode.md), ad hoc or for
 * one of their classes. From the trainer home's form the answer is a redirect to the projector.
 */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { LOCALES } from '../../../engine/locales.ts';
import { ApiProblem, handle, isForm, json, readBody } from '../../../server/http/api.ts';
import { appOf } from '../../../server/http/locals.ts';
import { requireTrainer } from '../../../server/http/request-auth.ts';
import { findOwnClass } from '../../../server/services/classes.ts';
import { projectorUrl } from '../../../live/live-urls.ts';

export const prerender = false;

const body = z.strictObject({
  scenarioId: z.string().trim().min(1).max(100),
  // The form's "no class" option sends an empty string.
  classId: z
    .string()
    .max(100)
    .optional()
    .transform((v) => v || undefined),
  locale: z.enum(LOCALES).default('de'),
});

export const POST: APIRoute = ({ request, cookies, locals }) =>
  handle(request, async () => {
    const app = appOf(locals);
    const trainer = await requireTrainer(app.db, request, cookies);
    const input = await readBody(request, body);
    if (input.classId) {
      const own = await findOwnClass(app.db, trainer.id, input.classId);
      if (!own.ok) throw ApiProblem.of(own);
    }
    const created = await app.live.create(trainer.id, input);
    if (!created.ok) throw ApiProblem.of(created);
    const { session } = created;
    const location = projectorUrl(session.locale, session.id);
    if (isForm(request)) return new Response(null, { status: 303, headers: { location } });
    return json({ session: { id: session.id, code: session.code, projector: location } }, 201);
  });
