/**
 * Trainer sign-in, sessions and rate limiting. Sessions are server-side: the cookie holds a random
 * token, the database its hash. Failed attempts are limited per e-mail and per client address.
 */
import type { HashSlots } from './hash-slots.ts';
import { MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from './password.ts';
import { hashToken, newToken } from './tokens.ts';
import { forgetOldAttempts, reserveAttempt, type AttemptLimit } from '../services/attempt-limits.ts';
import { deleteExpiredSessions, deleteOtherSessions, deleteSession, findSessionTrainer, insertSession } from '../repos/sessions.ts';
import { findTrainerByEmail, findTrainerById, insertTrainer, updatePasswordHash, type Trainer } from '../repos/trainers.ts';
import type { Db } from '../repos/types.ts';

export const SESSION_COOKIE = 'cs_session';
export const SESSION_DAYS = 14;
/**
 * Failed sign-ins are limited twice (docs/deployment.md, "Rate limits"). Per client address: 20 in
 * 15 minutes, which stops one attacker trying many passwords or accounts. Per account: 5 in
 * 2 minutes, which only slows guessing spread over many addresses down: a stranger can make the
 * owner wait two minutes at most, never lock them out for long.
 */
export const SIGN_IN_ADDRESS_LIMIT = { max: 20, windowMs: 15 * 60_000 } as const;
export const SIGN_IN_ACCOUNT_LIMIT = { max: 5, windowMs: 2 * 60_000 } as const;
/** Wrong current passwords when changing it, per account (the asker is signed in already). */
export const PASSWORD_CHANGE_LIMIT = { max: 5, windowMs: 15 * 60_000 } as const;

export type SignInResult =
  | { ok: true; trainer: Trainer; token: string; expiresAt: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number };

/** The limits one sign-in attempt counts against. */
export function signInLimits(email: string, clientKey: string): AttemptLimit[] {
  return [
    { key: `signin-account:${email.toLowerCase()}`, ...SIGN_IN_ACCOUNT_LIMIT },
    { key: `signin-address:${clientKey}`, ...SIGN_IN_ADDRESS_LIMIT },
  ];
}

export async function createSession(db: Db, trainerId: string): Promise<{ token: string; expiresAt: string }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  await insertSession(db, hashToken(token), trainerId, expiresAt);
  return { token, expiresAt };
}

/**
 * Checks e-mail and password; `clientKey` (the client's address) is limited as well as the e-mail.
 * The attempt is reserved before the password is hashed, so parallel guesses cannot overrun the limit.
 * `slots` bounds how many hashes run at once (the server's CandystormApp.passwordSlots).
 */
export async function signIn(db: Db, email: string, password: string, clientKey: string, slots?: HashSlots): Promise<SignInResult> {
  // Attempts and sessions are kept only as long as they matter (see docs/privacy.md).
  await forgetOldAttempts(db);
  await deleteExpiredSessions(db);
  const reserved = await reserveAttempt(db, signInLimits(email, clientKey));
  if (!reserved.ok) return { ok: false, reason: 'rate-limited', retryAfterSeconds: reserved.retryAfterSeconds };
  const trainer = await findTrainerByEmail(db, email);
  // Verify against a dummy hash when the account does not exist, so timing does not tell.
  const valid = await verifyPassword(password, trainer?.password_hash ?? DUMMY_HASH, slots);
  // A failure keeps its reservation: that is the failed attempt being counted.
  if (!trainer || !valid) return { ok: false, reason: 'invalid' };
  await reserved.reservation.release();
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

export type PasswordChange = { ok: true } | { ok: false; reason: 'wrong-password' | 'too-short' } | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number };

/** Changes the password when `current` is right; wrong guesses are limited per account like sign-ins. */
export async function changePassword(db: Db, trainerId: string, current: string, next: string, keepToken: string, slots?: HashSlots): Promise<PasswordChange> {
  if (next.length < MIN_PASSWORD_LENGTH) return { ok: false, reason: 'too-short' };
  const reserved = await reserveAttempt(db, [{ key: `password-account:${trainerId}`, ...PASSWORD_CHANGE_LIMIT }]);
  if (!reserved.ok) return { ok: false, reason: 'rate-limited', retryAfterSeconds: reserved.retryAfterSeconds };
  const trainer = await findTrainerById(db, trainerId);
  if (!trainer || !(await verifyPassword(current, trainer.password_hash, slots))) return { ok: false, reason: 'wrong-password' };
  await reserved.reservation.release();
  await updatePasswordHash(db, trainerId, await hashPassword(next, slots));
  // Other devices signed in with the old password are signed out.
  await deleteOtherSessions(db, trainerId, hashToken(keepToken));
  return { ok: true };
}

export type Registration = { ok: true; trainer: Trainer } | { ok: false; reason: 'taken' | 'too-short' };

export async function registerTrainer(db: Db, email: string, password: string, slots?: HashSlots): Promise<Registration> {
  if (password.length < MIN_PASSWORD_LENGTH) return { ok: false, reason: 'too-short' };
  if (await findTrainerByEmail(db, email)) return { ok: false, reason: 'taken' };
  return { ok: true, trainer: await insertTrainer(db, email, await hashPassword(password, slots)) };
}
