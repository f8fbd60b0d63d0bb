import type { APIRoute } from 'astro';
import { z } from 'zod';
import { ApiProblem, handle, json, readBody } from '../../../server/http/api.ts';
import { appOf } from '../../../server/http/locals.ts';
import { requireTrainer } from '../../../server/http/request-auth.ts';
import { setTimeZone } from '../../../server/services/time-zones.ts';

export const prerender = false;

const body = z.strictObject({ timeZone: z.string().trim().min(1).max(64) });

/** The signed-in trainer's time zone (services/time-zones.ts), from the trainer home's form or as JSON. */
export const POST: APIRoute = ({ request, cookies, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const trainer = await requireTrainer(db, request, cookies);
    const { timeZone } = await readBody(request, body);
    const result = await setTimeZone(db, trainer.id, timeZone);
    if (!result.ok) throw ApiProblem.of(result);
    return json({ timeZone });
  });
