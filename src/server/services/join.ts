/**
 * A learner joins a class with its code and a pseudonym of their choice, and gets a device token.
 * No e-mail, no real name: the token (kept in the browser) is all that ties the device to the
 * learner, and only its hash is stored. Wrong codes are rate-limited per client address.
 */
import { hashToken, newToken } from '../auth/tokens.ts';
import { HttpError } from '../http/api.ts';
import { listAssignments } from '../repos/assignments.ts';
import { findClassByJoinCode } from '../repos/classes.ts';
import { insertLearner, pseudonymTaken } from '../repos/learners.ts';
import { countAttemptsSince, recordAttempt } from '../repos/login-attempts.ts';
import type { Db } from '../repos/types.ts';
import { normaliseJoinCode } from './join-code.ts';

export const MAX_FAILED_JOINS = 20;

export async function joinClass(db: Db, code: string, pseudonym: string, clientKey: string) {
  const key = `join:${clientKey}`;
  const since = new Date(Date.now() - 15 * 60_000).toISOString();
  if ((await countAttemptsSince(db, key, since)) >= MAX_FAILED_JOINS) throw new HttpError(429, 'Too many wrong codes. Wait 15 minutes and try again.');
  const cls = await findClassByJoinCode(db, normaliseJoinCode(code));
  if (!cls || cls.archived_at) {
    await recordAttempt(db, key);
    throw new HttpError(404, 'No class has this code. Check it with your teacher.');
  }
  if (await pseudonymTaken(db, cls.id, pseudonym)) throw new HttpError(409, 'Someone in this class already uses this name. Choose another.');
  const token = newToken();
  const learner = await insertLearner(db, cls.id, pseudonym, hashToken(token));
  return { token, learner: { id: learner.id, pseudonym }, class: { name: cls.name } };
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
