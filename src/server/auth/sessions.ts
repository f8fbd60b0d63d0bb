/**
 * Trainer sign-in, sessions and rate limiting. Sessions are server-side: the cookie holds a random
 * token, the database its hash. Failed attempts are limited per e-mail and per client address.
 */
import { MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from './password.ts';
import { hashToken, newToken } from './tokens.ts';
import { clearAttempts, countAttemptsSince, deleteAttemptsBefore, recordAttempt } from '../repos/login-attempts.ts';
import { deleteExpiredSessions, deleteOtherSessions, deleteSession, findSessionTrainer, insertSession } from '../repos/sessions.ts';
import { findTrainerByEmail, findTrainerById, insertTrainer, updatePasswordHash, type Trainer } from '../repos/trainers.ts';
import type { Db } from '../repos/types.ts';

export const SESSION_COOKIE = 'cs_session';
export const SESSION_DAYS = 14;
/** At most this many failed attempts per key in the window; then 429 until it passes. */
export const MAX_FAILED_ATTEMPTS = 5;
export const ATTEMPT_WINDOW_MINUTES = 15;

export type SignInResult =
  | { ok: true; trainer: Trainer; token: string; expiresAt: string }
  | { ok: false; reason: 'invalid' | 'rate-limited' };

const windowStart = () => new Date(Date.now() - ATTEMPT_WINDOW_MINUTES * 60_000).toISOString();

export async function isRateLimited(db: Db, keys: string[]): Promise<boolean> {
  for (const key of keys) if ((await countAttemptsSince(db, key, windowStart())) >= MAX_FAILED_ATTEMPTS) return true;
  return false;
}

export async function createSession(db: Db, trainerId: string): Promise<{ token: string; expiresAt: string }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  await insertSession(db, hashToken(token), trainerId, expiresAt);
  return { token, expiresAt };
}

/** Checks e-mail and password; `clientKey` (the client's address) is limited as well as the e-mail. */
export async function signIn(db: Db, email: string, password: string, clientKey: string): Promise<SignInResult> {
  const keys = [`email:${email.toLowerCase()}`, `client:${clientKey}`];
  // Attempts and sessions are kept only as long as they matter (see docs/privacy.md).
  await deleteAttemptsBefore(db, windowStart());
  await deleteExpiredSessions(db);
  if (await isRateLimited(db, keys)) return { ok: false, reason: 'rate-limited' };
  const trainer = await findTrainerByEmail(db, email);
  // Verify against a dummy hash when the account does not exist, so timing does not tell.
  const valid = await verifyPassword(password, trainer?.password_hash ?? DUMMY_HASH);
  if (!trainer || !valid) {
    for (const key of keys) await recordAttempt(db, key);
    return { ok: false, reason: 'invalid' };
  }
  await clearAttempts(db, keys[0]!);
  const session = await createSession(db, trainer.id);
  return { ok: true, trainer: { id: trainer.id, email: trainer.email }, ...session };
}

/** A valid scrypt hash of a random string: never matches, costs the same as a real check. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function sessionTrainer(db: Db, token: string | undefined) {
  return token ? findSessionTrainer(db, hashToken(token)) : Promise.resolve(undefined);
}

export async function signOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}

export type PasswordChange = { ok: true } | { ok: false; reason: 'wrong-password' | 'too-short' };

export async function changePassword(db: Db, trainerId: string, current: string, next: string, keepToken: string): Promise<PasswordChange> {
  if (next.length < MIN_PASSWORD_LENGTH) return { ok: false, reason: 'too-short' };
  const trainer = await findTrainerById(db, trainerId);
  if (!trainer || !(await verifyPassword(current, trainer.password_hash))) return { ok: false, reason: 'wrong-password' };
  await updatePasswordHash(db, trainerId, await hashPassword(next));
  // Other devices signed in with the old password are signed out.
  await deleteOtherSessions(db, trainerId, hashToken(keepToken));
  return { ok: true };
}

export type Registration = { ok: true; trainer: Trainer } | { ok: false; reason: 'taken' | 'too-short' };

export async function registerTrainer(db: Db, email: string, password: string): Promise<Registration> {
  if (password.length < MIN_PASSWORD_LENGTH) return { ok: false, reason: 'too-short' };
  if (await findTrainerByEmail(db, email)) return { ok: false, reason: 'taken' };
  return { ok: true, trainer: await insertTrainer(db, email, await hashPassword(password)) };
}
