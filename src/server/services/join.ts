/**
 * A learner joins a class with its code and a pseudonym of their choice, and gets a device token.
 * No e-mail, no real name: the token (kept in the browser) is all that ties the device to the
 * learner, and only its hash is stored. Limited per client address (wrong codes, and joins at all)
 * and per class (its size), race-free: limits are checked and the attempt recorded under the
 * address's locks, and a class is counted and joined under its own (db/key-locks.ts). Under that
 * lock, too, the pseudonym is compared with the class's names: the same name is taken, a name that
 * looks the same (the same UTS #39 skeleton, services/pseudonym.ts) is too similar.
 */
import { randomUUID } from 'node:crypto';
import { hashToken, newToken } from '../auth/tokens.ts';
import { listAssignments } from '../repos/assignments.ts';
import { ownScenarioIdsAmong } from '../repos/trainer-scenarios.ts';
import { listRunsOfLearner } from '../repos/runs.ts';
import { attemptScores } from './dashboard.ts';
import { findClassByJoinCode } from '../repos/classes.ts';
import { withKeyLocks } from '../db/key-locks.ts';
import { insertLearner, pseudonymsInClass } from '../repos/learners.ts';
import { isUniqueViolation } from '../http/unique-violation.ts';
import { deleteAttempts, insertAttempts } from '../repos/login-attempts.ts';
import type { Db } from '../repos/types.ts';
import { fail, type Result } from '../result.ts';
import { limitReached } from './attempt-limits.ts';
import { normaliseJoinCode } from './join-code.ts';
import { skeletonOf } from './pseudonym.ts';
import { hashResumeCode, newResumeCode } from './resume-code.ts';

/** Wrong (or archived) codes per client address: guessing a code is hopeless. */
export const FAILED_JOIN_LIMIT = { max: 20, windowMs: 15 * 60_000 } as const;
/** Learners created per client address by default (JOINS_PER_ADDRESS): a school's network joins a class or two at once, not a thousand. */
export const JOIN_ADDRESS_LIMIT = { max: 60, windowMs: 10 * 60_000 } as const;
/** The most learners a class holds. */
export const MAX_LEARNERS_PER_CLASS = 200;

export interface Joined {
  token: string;
  learner: { id: string; pseudonym: string };
  class: { name: string };
  /** Shown to the learner once (only its hash is stored): with it they continue on another device. */
  resumeCode: string;
}

type JoinRefusal = 'join-rate-limited' | 'joins-rate-limited' | 'join-code-unknown' | 'pseudonym-taken' | 'pseudonym-confusable' | 'class-full';

/**
 * The new learner with their device token, or why joining was refused. The code is looked up under
 * the address's locks, after its limits are checked and before anything else: a wrong code is
 * counted as a failure, a right one as a join, one request after the other (db/key-locks.ts).
 */
export async function joinClass(db: Db, code: string, pseudonym: string, clientKey: string, joinsPerAddress: number = JOIN_ADDRESS_LIMIT.max): Promise<Result<{ joined: Joined; /** The class joined (not sent to the device: for the class page's update). */ classId: string }, JoinRefusal>> {
  const failed = { key: `join-failed:${clientKey}`, ...FAILED_JOIN_LIMIT };
  const joins = { key: `join-address:${clientKey}`, max: joinsPerAddress, windowMs: JOIN_ADDRESS_LIMIT.windowMs };
  const attempt = randomUUID();
  const found = await withKeyLocks(db, [failed.key, joins.key], async (trx) => {
    const now = new Date();
    const failedWait = await limitReached(trx, failed, now);
    if (failedWait !== undefined) return fail('join-rate-limited', { retryAfter: failedWait });
    const cls = await findClassByJoinCode(trx, normaliseJoinCode(code));
    if (!cls || cls.archived_at) {
      await insertAttempts(trx, attempt, [failed.key], now.toISOString());
      return fail('join-code-unknown');
    }
    const joinsWait = await limitReached(trx, joins, now);
    if (joinsWait !== undefined) return fail('joins-rate-limited', { retryAfter: joinsWait });
    await insertAttempts(trx, attempt, [joins.key], now.toISOString());
    return { ok: true as const, cls };
  });
  if (!found.ok) return found;
  const { cls } = found;
  const token = newToken();
  // Counted, compared and inserted under the class's lock, so parallel joins can neither overfill
  // it nor add one name twice: the one that comes second is told the name is taken.
  const resumeCode = newResumeCode();
  const skeleton = skeletonOf(pseudonym);
  const joined = await withKeyLocks(db, [`class-size:${cls.id}`], async (trx) => {
    const names = await pseudonymsInClass(trx, cls.id);
    if (names.length >= MAX_LEARNERS_PER_CLASS) return fail('class-full', { max: MAX_LEARNERS_PER_CLASS });
    if (names.includes(pseudonym)) return fail('pseudonym-taken');
    if (names.some((name) => skeletonOf(name) === skeleton)) return fail('pseudonym-confusable');
    return { ok: true as const, learner: await insertLearner(trx, cls.id, pseudonym, hashToken(token), hashResumeCode(resumeCode)) };
  }).catch((error: unknown) => {
    // The unique constraint is the last word should a join slip past the lock all the same.
    if (isUniqueViolation(error)) return fail('pseudonym-taken');
    throw error;
  });
  if (!joined.ok) {
    // Only a learner created counts as a join.
    await deleteAttempts(db, attempt);
    return joined;
  }
  const { learner } = joined;
  return { ok: true, joined: { token, learner: { id: learner.id, pseudonym }, class: { name: cls.name }, resumeCode }, classId: cls.id };
}

/**
 * What the learner's device needs: their class and its assignments, each with the learner's own
 * status and scores, and (test mode) whether the trainer released the results, which lets the
 * debrief show the strongest path and the alternatives.
 */
export async function learnerOverview(db: Db, learner: { id: string; class_id: string; pseudonym: string; class_name: string }) {
  const [assignments, runs] = await Promise.all([listAssignments(db, learner.class_id), listRunsOfLearner(db, learner.id)]);
  // A trainer's own scenario is played on its own page, not in a lesson (docs/trainer-scenarios.md).
  const own = await ownScenarioIdsAmong(db, assignments.map((a) => a.scenario_id));
  return {
    learner: { id: learner.id, pseudonym: learner.pseudonym },
    class: { name: learner.class_name },
    assignments: assignments.map((a) => {
      const scores = attemptScores(
        runs.filter((r) => r.scenario_id === a.scenario_id),
        a,
      );
      return {
        scenarioId: a.scenario_id,
        ...(own.has(a.scenario_id) ? { own: true } : {}),
        module: a.module,
        mode: a.mode,
        dueDate: a.due_date,
        collectReplies: a.collect_replies === 1,
        released: a.mode !== 'test' || a.results_released_at !== null,
        status: scores.done ? 'done' : 'open',
        first: scores.first,
        best: scores.best,
      };
    }),
  };
}
