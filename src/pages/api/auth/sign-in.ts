import type { APIRoute } from 'astro';
import { z } from 'zod';
import { signIn, SESSION_COOKIE } from '../../../server/auth/sessions.ts';
import { appOf, clientKeyOf, isSecure } from '../../../server/http/locals.ts';
import { handle, ApiProblem, json, readBody } from '../../../server/http/api.ts';
import { sessionCookieOptions } from '../../../server/http/request-auth.ts';

export const prerender = false;

const body = z.strictObject({ email: z.email().max(254), password: z.string().min(1).max(1000) });

export const POST: APIRoute = ({ request, cookies, clientAddress, locals, url }) =>
  handle(request, async () => {
    const { email, password } = await readBody(request, body);
    const { db, passwordSlots } = appOf(locals);
    const result = await signIn(db, email, password, clientKeyOf(locals, clientAddress), passwordSlots);
    if (!result.ok) {
      throw result.reason === 'rate-limited'
        ? new ApiProblem('sign-in-rate-limited', { retryAfter: result.retryAfterSeconds })
        : new ApiProblem('sign-in-invalid');
    }
    cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(isSecure(locals, url), result.expiresAt));
    return json({ trainer: result.trainer });
  });
