import type { APIRoute } from 'astro';
import { z } from 'zod';
import { changePassword, SESSION_COOKIE } from '../../../server/auth/sessions.ts';
import { MIN_PASSWORD_LENGTH } from '../../../server/auth/password.ts';
import { appOf } from '../../../server/http/locals.ts';
import { handle, ApiProblem, readBody } from '../../../server/http/api.ts';
import { requireTrainer } from '../../../server/http/request-auth.ts';

export const prerender = false;

const body = z.strictObject({ current: z.string().min(1).max(1000), next: z.string().max(1000) });

export const POST: APIRoute = ({ request, cookies, locals }) =>
  handle(request, async () => {
    const { db, passwordSlots } = appOf(locals);
    const trainer = await requireTrainer(db, request, cookies);
    const { current, next } = await readBody(request, body);
    const result = await changePassword(db, trainer.id, current, next, cookies.get(SESSION_COOKIE)!.value, passwordSlots);
    if (!result.ok) {
      if (result.reason === 'rate-limited') throw new ApiProblem('password-rate-limited', { retryAfter: result.retryAfterSeconds });
      throw result.reason === 'too-short' ? new ApiProblem('new-password-too-short', { n: MIN_PASSWORD_LENGTH }) : new ApiProblem('current-password-wrong');
    }
    return new Response(null, { status: 204 });
  });
