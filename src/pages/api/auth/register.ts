import type { APIRoute } from 'astro';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../../server/auth/password.ts';
import { createSession, registerTrainer, SESSION_COOKIE } from '../../../server/auth/sessions.ts';
import { database } from '../../../server/db/instance.ts';
import { handle, HttpError, json, readBody } from '../../../server/http/api.ts';
import { sessionCookieOptions } from '../../../server/http/request-auth.ts';

export const prerender = false;

const body = z.strictObject({ email: z.email().max(254), password: z.string().max(1000) });

/** Open self-registration exists only when the operator sets REGISTRATION=open. */
export const POST: APIRoute = ({ request, cookies }) =>
  handle(request, async () => {
    if (process.env['REGISTRATION'] !== 'open') throw new HttpError(403, 'Registration is closed. Ask the operator for an account.');
    const { email, password } = await readBody(request, body);
    const { db } = await database();
    const result = await registerTrainer(db, email, password);
    if (!result.ok) {
      throw new HttpError(result.reason === 'taken' ? 409 : 400, result.reason === 'taken' ? 'This e-mail already has an account.' : `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
    }
    const session = await createSession(db, result.trainer.id);
    cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(request, session.expiresAt));
    return json({ trainer: result.trainer }, 201);
  });
