/**
 * A learner joins a class with its code and a pseudonym of their choice, and gets a device token.
 * No e-mail, no real name: the token (kept in the browser) is all that ties the device to the
 * learner, and only its hash is stored. Wrong codes are rate-limited per client address.
 */
import { hashToken, newToken } from '../auth/tokens.ts';
import { listAssignments } from '../repos/assignments.ts';
import { findClassByJoinCode } from '../repos/classes.ts';
import { insertLearner, pseudonymTaken } from '../repos/learners.ts';
import { countAttemptsSince, recordAttempt } from '../repos/login-attempts.ts';
import type { Db } from '../repos/types.ts';
import { fail, type Result } from '../result.ts';
import { normaliseJoinCode } from './join-code.ts';

export const MAX_FAILED_JOINS = 20;

export interface Joined {
  token: string;
  learner: { id: string; pseudonym: string };
  class: { name: string };
}

/** The new learner with their device token, or why joining was refused. */
export async function joinClass(db: Db, code: string, pseudonym: string, clientKey: string): Promise<Result<{ joined: Joined }, 'join-rate-limited' | 'join-code-unknown' | 'pseudonym-taken'>> {
  const key = `join:${clientKey}`;
  const since = new Date(Date.now() - 15 * 60_000).toISOString();
  if ((await countAttemptsSince(db, key, since)) >= MAX_FAILED_JOINS) return fail('join-rate-limited');
  const cls = await findClassByJoinCode(db, normaliseJoinCode(code));
  if (!cls || cls.archived_at) {
    await recordAttempt(db, key);
    return fail('join-code-unknown');
  }
  if (await pseudonymTaken(db, cls.id, pseudonym)) return fail('pseudonym-taken');
  const token = newToken();
  const learner = await insertLearner(db, cls.id, pseudonym, hashToken(token));
  return { ok: true, joined: { token, learner: { id: learner.id, pseudonym }, class: { name: cls.name } } };
}

/** What the learner's device needs: their class and its assignments. */
export async function learnerOverview(db: Db, learner: { id: string; class_id: string; pseudonym: string; class_name: string }) {
  const assignments = await listAssignments(db, learner.class_id);
  return {
    learner: { id: learner.id, pseudonym: learner.pseudonym },
    class: { name: learner.class_name },
    assignments: assignments.map((a) => ({ module: a.module, mode: a.mode, dueDate: a.due_date })),
  };
}
