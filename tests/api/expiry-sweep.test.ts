/**
 * Expired rows removed on a timer (issue 11, item 5), on SQLite and PostgreSQL: sessions past
 * their expiry and failed attempts older than their 15-minute window go; current ones stay.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../support/databases.ts';
import { insertTrainer } from '../../src/server/repos/trainers.ts';
import { insertSession } from '../../src/server/repos/sessions.ts';
import { ATTEMPT_WINDOW_MS, startExpirySweep, sweepExpired } from '../../src/server/services/expiry-sweep.ts';

describe.each(DATABASE_KINDS)('expiry sweep on %s', (kind) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(kind);
    const { id: trainerId } = await insertTrainer(t.db, 'sweep@example.org', 'hash');
    const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
    await insertSession(t.db, 'expired', trainerId, ago(1000));
    await insertSession(t.db, 'current', trainerId, ago(-3_600_000));
    await t.db
      .insertInto('login_attempts')
      .values([
        { key: 'old', attempted_at: ago(ATTEMPT_WINDOW_MS + 60_000) },
        { key: 'recent', attempted_at: ago(60_000) },
      ])
      .execute();
  });
  afterEach(() => t.close());

  const remaining = async () => ({
    sessions: (await t.db.selectFrom('sessions').select('token_hash').execute()).map((r) => r.token_hash),
    attempts: (await t.db.selectFrom('login_attempts').select('key').execute()).map((r) => r.key),
  });

  it('sweepExpired removes expired sessions and attempts past their window, and nothing else', async () => {
    await sweepExpired(t.db);
    expect(await remaining()).toEqual({ sessions: ['current'], attempts: ['recent'] });
  });

  it('the timer sweeps by itself, and stop() ends it', async () => {
    const sweep = startExpirySweep(t.db, 50);
    const deadline = Date.now() + 20_000;
    while ((await remaining()).attempts.includes('old') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await sweep.stop();
    expect(await remaining()).toEqual({ sessions: ['current'], attempts: ['recent'] });
  });
});
