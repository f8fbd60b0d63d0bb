/**
 * A learner continues on another device: the class's join code, their pseudonym and the resume code
 * they were shown after joining. The learner gets a new device token (the old device's stops
 * working: one learner, one device at a time), and everything stored about them stays theirs,
 * attempt counts included, so a test's first run cannot be had again by resuming.
 *
 * Limited like joining, and race-free in the same way (db/key-locks.ts): wrong attempts per client
 * address, and per class and pseudonym, so neither one network nor many can guess a code. A wrong
 * pseudonym and a wrong code are refused alike, so no one learns which names a class has.
 */
import { randomUUID } from 'node:crypto';
import { hashToken, newToken } from '../auth/tokens.ts';
import { withKeyLocks } from '../db/key-locks.ts';
import { findClassByJoinCode } from '../repos/classes.ts';
import { findLearnerToResume, replaceLearnerToken } from '../repos/learners.ts';
import { insertAttempts } from '../repos/login-attempts.ts';
import type { Db } from '../repos/types.ts';
import { fail, type Result } from '../result.ts';
import { limitReached } from './attempt-limits.ts';
import { FAILED_JOIN_LIMIT, type Joined } from './join.ts';
import { normaliseJoinCode } from './join-code.ts';
import { hashResumeCode } from './resume-code.ts';

/** Wrong resume attempts for one pseudonym of one class, from anywhere. */
export const FAILED_RESUME_PER_LEARNER = { max: 10, windowMs: 15 * 60_000 } as const;

type ResumeRefusal = 'join-rate-limited' | 'resume-failed';

/** The learner with a new device token (no resume code: the learner has theirs), or why not. */
export async function resumeLearner(db: Db, code: string, pseudonym: string, resumeCode: string, clientKey: string): Promise<Result<{ resumed: Omit<Joined, 'resumeCode'> }, ResumeRefusal>> {
  const byAddress = { key: `resume-failed:${clientKey}`, ...FAILED_JOIN_LIMIT };
  const cls = await findClassByJoinCode(db, normaliseJoinCode(code));
  const byLearner = { key: `resume-learner:${cls?.id ?? 'none'}:${pseudonym}`, ...FAILED_RESUME_PER_LEARNER };
  const attempt = randomUUID();
  const token = newToken();
  return withKeyLocks(db, [byAddress.key, byLearner.key], async (trx) => {
    const now = new Date();
    for (const limit of [byAddress, byLearner]) {
      const wait = await limitReached(trx, limit, now);
      if (wait !== undefined) return fail('join-rate-limited', { retryAfter: wait });
    }
    const learner = cls && !cls.archived_at ? await findLearnerToResume(trx, cls.id, pseudonym, hashResumeCode(resumeCode)) : undefined;
    if (!cls || !learner) {
      await insertAttempts(trx, attempt, [byAddress.key, byLearner.key], now.toISOString());
      return fail('resume-failed');
    }
    await replaceLearnerToken(trx, learner.id, hashToken(token));
    return { ok: true as const, resumed: { token, learner: { id: learner.id, pseudonym: learner.pseudonym }, class: { name: cls.name } } };
  });
}
