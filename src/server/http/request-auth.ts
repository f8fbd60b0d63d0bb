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

/**
 * The signed-in trainer, or ApiProblem 401. State-changing requests from other sites never get
 * here: our server refuses them first (public-origin.ts isCrossSite, in create-server.ts), against
 * the public origin, which Astro's request URL is not behind a TLS proxy.
 */
export async function requireTrainer(db: Db, _request: Request, cookies: AstroCookies) {
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

/** Cookie options for the session: HttpOnly, SameSite=Lax, Secure when the site is served over HTTPS (locals.ts isSecure). */
export function sessionCookieOptions(secure: boolean, expiresAt: string) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', expires: new Date(expiresAt) };
}

/** The signed-in trainer and their class `classId` (404 for anyone else's): most class routes start here. */
export async function requireTrainerClass(db: Db, request: Request, cookies: AstroCookies, classId: string | undefined) {
  const trainer = await requireTrainer(db, request, cookies);
  const found = await findOwnClass(db, trainer.id, classId ?? '');
  if (!found.ok) throw ApiProblem.of(found);
  return { trainer, cls: found.cls };
}
