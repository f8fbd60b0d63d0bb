/**
 * Who is asking: a signed-in trainer (session cookie) or a learner (device token as a Bearer
 * header). Each throws an ApiProblem (401) when absent or invalid, so routes cannot forget to check.
 */
import type { AstroCookies } from 'astro';
import { hashToken } from '../auth/tokens.ts';
import { SESSION_COOKIE, sessionTrainer } from '../auth/sessions.ts';
import { findLearnerByTokenHash } from '../repos/learners.ts';
import type { SendingLearner, SendingLearners } from '../services/sending-learner.ts';
import type { Db } from '../repos/types.ts';
import { findOwnClass } from '../services/classes.ts';
import { ApiProblem } from './api.ts';

export async function requireTrainer(db: Db, request: Request, cookies: AstroCookies) {
  // State-changing requests with a cookie must come from our own pages (SameSite=Lax covers most
  // browsers; checking Origin covers the rest).
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const origin = request.headers.get('origin');
    if (origin && origin !== new URL(request.url).origin) throw new ApiProblem('foreign-origin');
  }
  const trainer = await sessionTrainer(db, cookies.get(SESSION_COOKIE)?.value);
  if (!trainer) throw new ApiProblem('sign-in-needed');
  return trainer;
}

/** The device token of an Authorization header ("Bearer <token>"); 401 without one. */
function learnerToken(authorization: string | null | undefined): string {
  const token = /^Bearer ([\w-]{20,200})$/.exec(authorization ?? '')?.[1];
  if (!token) throw new ApiProblem('learner-token-missing');
  return token;
}

export async function requireLearner(db: Db, request: Request) {
  const learner = await findLearnerByTokenHash(db, hashToken(learnerToken(request.headers.get('authorization'))));
  if (!learner) throw new ApiProblem('learner-token-unknown');
  return learner;
}

/**
 * The learner sending a run, with their class's archived state and assigned modules, remembered for
 * a few seconds (services/sending-learner.ts): for POST /api/runs only, the most frequent request.
 */
export async function requireSendingLearner(senders: SendingLearners, authorization: string | null | undefined): Promise<SendingLearner> {
  const learner = await senders.find(learnerToken(authorization));
  if (!learner) throw new ApiProblem('learner-token-unknown');
  return learner;
}

/** Cookie options for the session: HttpOnly, SameSite=Lax, Secure behind HTTPS. */
export function sessionCookieOptions(request: Request, expiresAt: string) {
  const secure = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', expires: new Date(expiresAt) };
}

/** The signed-in trainer and their class `classId` (404 for anyone else's): most class routes start here. */
export async function requireTrainerClass(db: Db, request: Request, cookies: AstroCookies, classId: string | undefined) {
  const trainer = await requireTrainer(db, request, cookies);
  const found = await findOwnClass(db, trainer.id, classId ?? '');
  if (!found.ok) throw ApiProblem.of(found);
  return { trainer, cls: found.cls };
}
