/**
 * Rate limits under concurrency, on SQLite and PostgreSQL: many requests for one limited key at
 * the same moment must not get more checks than the limit allows (issue 11). The services are
 * called straight on a real database, as the routes call them, all at once with Promise.all.
 * Time passing is simulated by moving the counted attempts back in the database.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.ts';
import { changePassword, createSession, PASSWORD_CHANGE_LIMIT, SIGN_IN_ACCOUNT_LIMIT, SIGN_IN_ADDRESS_LIMIT, signIn } from '../../src/server/auth/sessions.ts';
import { insertClass } from '../../src/server/repos/classes.ts';
import { insertTrainer } from '../../src/server/repos/trainers.ts';
import { FAILED_JOIN_LIMIT, JOIN_ADDRESS_LIMIT, joinClass, MAX_LEARNERS_PER_CLASS } from '../../src/server/services/join.ts';
import { reserveAttempt } from '../../src/server/services/attempt-limits.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../support/databases.ts';

const EMAIL = 'race@example.org';
const PASSWORD = 'the-right-password';
const CODE = 'KMNP-QRTU';

/** How many results have each reason/code. */
function tally(results: readonly ({ ok: true } | { ok: false; reason?: string; code?: string })[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) {
    const name = r.ok ? 'ok' : (r.reason ?? r.code ?? '?');
    out[name] = (out[name] ?? 0) + 1;
  }
  return out;
}

describe.each(DATABASE_KINDS)('rate limits under concurrency on %s', (kind) => {
  let t: TestDatabase;
  let trainerId: string;
  let classId: string;

  beforeEach(async () => {
    t = await openTestDatabase(kind);
    trainerId = (await insertTrainer(t.db, EMAIL, await hashPassword(PASSWORD))).id;
    classId = (await insertClass(t.db, trainerId, 'Race class', CODE)).id;
  });
  afterEach(() => t.close());

  /** Moves every counted attempt `ms` into the past: as if that much time had passed. */
  async function passTime(ms: number): Promise<void> {
    const rows = await t.db.selectFrom('login_attempts').select(['id', 'key', 'attempted_at']).execute();
    for (const row of rows) {
      await t.db
        .updateTable('login_attempts')
        .set({ attempted_at: new Date(Date.parse(row.attempted_at) - ms).toISOString() })
        .where('key', '=', row.key)
        .where('id', '=', row.id!)
        .execute();
    }
  }

  it('checks at most 5 of 40 parallel wrong passwords for one account; the rest get 429 with a wait', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => signIn(t.db, EMAIL, 'wrong-password!', '203.0.113.7')));
    const counts = tally(results);
    // Exactly the limit: attempts for one key are counted one after the other, never all refused.
    expect(counts['invalid']).toBe(SIGN_IN_ACCOUNT_LIMIT.max);
    expect((counts['invalid'] ?? 0) + (counts['rate-limited'] ?? 0)).toBe(40);
    for (const r of results) if (!r.ok && r.reason === 'rate-limited') expect(r.retryAfterSeconds).toBeGreaterThan(0);
    for (const r of results) if (!r.ok && r.reason === 'rate-limited') expect(r.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_ACCOUNT_LIMIT.windowMs / 1000);

    // The right password is refused too while the account's window is full (no 12th guess wins)...
    await Promise.all(Array.from({ length: 5 }, () => signIn(t.db, EMAIL, 'wrong-password!', '203.0.113.7')));
    const during = await Promise.all(Array.from({ length: 12 }, () => signIn(t.db, EMAIL, PASSWORD, '198.51.100.1')));
    expect(during.every((r) => !r.ok && r.reason === 'rate-limited')).toBe(true);
    // ...and accepted once the window has passed: a short wait, not a lock-out.
    await passTime(SIGN_IN_ACCOUNT_LIMIT.windowMs + 1000);
    const after = await signIn(t.db, EMAIL, PASSWORD, '198.51.100.1');
    expect(after.ok).toBe(true);
  });

  it('limits one account even when 40 guesses come from 40 addresses', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(t.db, EMAIL, 'wrong-password!', `192.0.2.${i}`)));
    expect(tally(results)['invalid']).toBe(SIGN_IN_ACCOUNT_LIMIT.max);
  });

  it('limits one address trying many accounts', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(t.db, `someone${i}@example.org`, 'wrong-password!', '203.0.113.9')));
    expect(tally(results)['invalid']).toBe(SIGN_IN_ADDRESS_LIMIT.max);
  });

  it('checks at most 5 of 20 parallel wrong current passwords when changing it', async () => {
    const { token } = await createSession(t.db, trainerId);
    const results = await Promise.all(Array.from({ length: 20 }, () => changePassword(t.db, trainerId, 'not-the-password', 'a-new-password-1', token)));
    const counts = tally(results);
    expect(counts['wrong-password']).toBe(PASSWORD_CHANGE_LIMIT.max);
    expect((counts['wrong-password'] ?? 0) + (counts['rate-limited'] ?? 0)).toBe(20);
  });

  it('looks up at most 20 of 300 parallel wrong join codes from one address', async () => {
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => joinClass(t.db, `ZZZZ-${String(i).padStart(4, '0')}`, `Name ${i}`, '203.0.113.50')));
    const counts = tally(results);
    expect(counts['join-code-unknown']).toBe(FAILED_JOIN_LIMIT.max);
    expect((counts['join-code-unknown'] ?? 0) + (counts['join-rate-limited'] ?? 0)).toBe(300);
    for (const r of results) if (!r.ok && r.code === 'join-rate-limited') expect(r.params?.['retryAfter']).toBeGreaterThan(0);
    // The right code from that address is refused as well until the window passes.
    const right = await joinClass(t.db, CODE, 'Late Learner', '203.0.113.50');
    expect(right.ok).toBe(false);
  });

  it('creates at most 60 learners from one address in parallel', async () => {
    const results = await Promise.all(Array.from({ length: 80 }, (_, i) => joinClass(t.db, CODE, `Learner ${i}`, '203.0.113.60')));
    const counts = tally(results);
    expect(counts['ok']).toBe(JOIN_ADDRESS_LIMIT.max);
    expect((counts['ok'] ?? 0) + (counts['joins-rate-limited'] ?? 0)).toBe(80);
    const stored = await t.db.selectFrom('learners').select((eb) => eb.fn.countAll().as('n')).where('class_id', '=', classId).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(counts['ok']);
  });

  it(`never lets a class grow beyond ${MAX_LEARNERS_PER_CLASS} learners, even when they join at once`, async () => {
    const results = await Promise.all(
      Array.from({ length: MAX_LEARNERS_PER_CLASS + 30 }, (_, i) => joinClass(t.db, CODE, `Learner ${i}`, `10.${Math.floor(i / 50)}.0.${i % 50}`)),
    );
    const counts = tally(results);
    const stored = await t.db.selectFrom('learners').select((eb) => eb.fn.countAll().as('n')).where('class_id', '=', classId).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(MAX_LEARNERS_PER_CLASS);
    expect(counts['ok']).toBe(MAX_LEARNERS_PER_CLASS);
    expect(counts['class-full']).toBe(30);
  });

  it('leaves no row for a refused attempt, so refusals do not prolong the wait', async () => {
    const limit = { key: 'test:key', max: 2, windowMs: 60_000 };
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => reserveAttempt(t.db, [limit])));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(2);
    const rows = await t.db.selectFrom('login_attempts').select('id').where('key', '=', 'test:key').execute();
    expect(rows).toHaveLength(2);
  });
});
