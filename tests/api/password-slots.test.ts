/**
 * Sign-ins during a burst, on SQLite and PostgreSQL (issue 11, item 6): with HashSlots bounding
 * password hashing, no more hashes run at once than the slots allow, and every sign-in that had to
 * wait is answered. The slot is held by the test until all sign-ins are queued: counts, not times.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HashSlots } from '../../src/server/auth/hash-slots.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { signIn } from '../../src/server/auth/sessions.ts';
import { insertTrainer } from '../../src/server/repos/trainers.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../support/databases.ts';

const PASSWORD = 'burst-password-1';
const TRAINERS = 12;

/** HashSlots that remember the most tasks they ever had in progress and how many ran. */
class CountingSlots extends HashSlots {
  peak = 0;
  ran = 0;
  override run<T>(task: () => Promise<T>): Promise<T> {
    return super.run(() => {
      this.ran += 1;
      this.peak = Math.max(this.peak, this.running);
      return task();
    });
  }
}

describe.each(DATABASE_KINDS)('password hashing in a sign-in burst on %s', (kind) => {
  let t: TestDatabase;

  beforeEach(async () => {
    t = await openTestDatabase(kind);
    // One hash for all accounts: the set-up need not pay for twelve.
    const hash = await hashPassword(PASSWORD);
    for (let i = 0; i < TRAINERS; i++) await insertTrainer(t.db, `burst${i}@example.org`, hash);
  });
  afterEach(() => t.close());

  it(`${TRAINERS} parallel sign-ins with one slot: one hash at a time, all waiting ones answered`, async () => {
    const slots = new CountingSlots(1);
    // Hold the only slot, so every sign-in has to wait in the queue.
    let release!: () => void;
    const held = slots.run(() => new Promise<void>((resolve) => (release = resolve)));
    // Each from its own address: the per-address limit is not what is tested here.
    const answers = Promise.all(Array.from({ length: TRAINERS }, (_, i) => signIn(t.db, `burst${i}@example.org`, PASSWORD, `192.0.2.${i + 1}`, slots)));
    await vi.waitFor(() => expect(slots.waiting).toBe(TRAINERS), { timeout: 30_000, interval: 20 });
    expect(slots.running).toBe(1);
    release();
    await held;
    const results = await answers;
    expect(results.filter((r) => r.ok)).toHaveLength(TRAINERS);
    expect(slots.ran).toBe(TRAINERS + 1);
    expect(slots.peak).toBe(1);
    expect(slots.running).toBe(0);
    expect(slots.waiting).toBe(0);
  });

  it('two slots: at most two hashes at once, right and wrong passwords all answered', async () => {
    const slots = new CountingSlots(2);
    const results = await Promise.all(
      Array.from({ length: TRAINERS }, (_, i) => signIn(t.db, `burst${i}@example.org`, i % 3 === 0 ? 'a-wrong-password' : PASSWORD, `198.51.100.${i + 1}`, slots)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(TRAINERS - Math.ceil(TRAINERS / 3));
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(Math.ceil(TRAINERS / 3));
    expect(slots.ran).toBe(TRAINERS);
    expect(slots.peak).toBeLessThanOrEqual(2);
  });
});
