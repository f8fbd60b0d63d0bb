/**
 * Who is asking: a signed-in trainer (session cookie) or a learner (device token as a Bearer
 * header). Both throw HttpError 401 when absent or invalid, so routes cannot forget to check.
 */
import type { AstroCookies } from 'astro';
import { hashToken } from '../auth/tokens.ts';
import { SESSION_COOKIE, sessionTrainer } from '../auth/sessions.ts';
import { findLearnerByTokenHash } from '../repos/learners.ts';
import type { Db } from '../repos/types.ts';
import { HttpError } from './api.ts';

export async function requireTrainer(db: Db, request: Request, cookies: AstroCookies) {
  // State-changing requests with a cookie must come from our own pages (SameSite=Lax covers most
  // browsers; checking Origin covers the rest).
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const origin = request.headers.get('origin');
    if (origin && origin !== new URL(request.url).origin) throw new HttpError(403, 'Requests must come from this site.');
  }
  const trainer = await sessionTrainer(db, cookies.get(SESSION_COOKIE)?.value);
  if (!trainer) throw new HttpError(401, 'Please sign in.');
  return trainer;
}

export async function requireLearner(db: Db, request: Request) {
  const header = request.headers.get('authorization') ?? '';
  const token = /^Bearer ([\w-]{20,200})$/.exec(header)?.[1];
  if (!token) throw new HttpError(401, 'Join a class first: this request has no learner token.');
  const learner = await findLearnerByTokenHash(db, hashToken(token));
  if (!learner) throw new HttpError(401, 'This learner token is not known (the class may have been deleted). Join again.');
  return learner;
}

/** Cookie options for the session: HttpOnly, SameSite=Lax, Secure behind HTTPS. */
export function sessionCookieOptions(request: Request, expiresAt: string) {
  const secure = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', expires: new Date(expiresAt) };
}
