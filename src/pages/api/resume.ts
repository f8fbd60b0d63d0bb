import type { APIRoute } from 'astro';
import { z } from 'zod';
import { appOf, clientKeyOf } from '../../server/http/locals.ts';
import { ApiProblem, handle, json, readBody } from '../../server/http/api.ts';
import { normalisePseudonym } from '../../server/services/pseudonym.ts';
import { resumeLearner } from '../../server/services/resume.ts';

export const prerender = false;

const body = z.strictObject({
  code: z.string().trim().min(4).max(20),
  pseudonym: z.string().transform(normalisePseudonym).pipe(z.string().min(2).max(30)),
  resumeCode: z.string().trim().min(12).max(30),
});

/** Continues as an existing learner on this device: join code, pseudonym and resume code. */
export const POST: APIRoute = ({ request, clientAddress, locals }) =>
  handle(request, async () => {
    const { code, pseudonym, resumeCode } = await readBody(request, body);
    const { db } = appOf(locals);
    const result = await resumeLearner(db, code, pseudonym, resumeCode, clientKeyOf(locals, clientAddress));
    if (!result.ok) throw ApiProblem.of(result);
    appOf(locals).sendingLearners.forget();
    return json(result.resumed, 200);
  });
