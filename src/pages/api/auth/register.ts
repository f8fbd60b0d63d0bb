import type { APIRoute } from 'astro';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../../server/auth/password.ts';
import { createSession, registerTrainer, SESSION_COOKIE } from '../../../server/auth/sessions.ts';
import { appOf, isSecure } from '../../../server/http/locals.ts';
import { handle, ApiProblem, json, readBody } from '../../../server/http/api.ts';
import { sessionCookieOptions } from '../../../server/http/request-auth.ts';

export const prerender = false;

const body = z.strictObject({ email: z.email().max(254), password: z.string().max(1000) });

/** Open self-registration exists only when the operator sets REGISTRATION=open. */
export const POST: APIRoute = ({ request, cookies, locals, url }) =>
  handle(request, async () => {
    if (process.env['REGISTRATION'] !== 'open') throw new ApiProblem('registration-closed');
    const { email, password } = await readBody(request, body);
    const { db, passwordSlots } = appOf(locals);
    const result = await registerTrainer(db, email, password, passwordSlots);
    if (!result.ok) {
      throw result.reason === 'taken' ? new ApiProblem('email-taken') : new ApiProblem('password-too-short', { n: MIN_PASSWORD_LENGTH });
    }
    const session = await createSession(db, result.trainer.id);
    cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(isSecure(locals, url), session.expiresAt));
    return json({ trainer: result.trainer }, 201);
  });
