/**
 * Rate limits that hold when many requests arrive at once, on SQLite and PostgreSQL alike.
 *
 * The attempt is recorded BEFORE the expensive or guessable check (a password hash, a join code):
 * `reserveAttempt` counts each limited key's attempts in its window and, if every key has room,
 * inserts one row per key, in one transaction that holds the keys' locks (db/key-locks.ts). So
 * requests racing for one key are counted one after the other: exactly `max` of them get a slot,
 * however many arrive at once, and the rest are refused with the time until a slot frees. A
 * refused attempt leaves no row (it does not prolong the wait). A successful action may take its
 * row back (`release`); a failed one keeps it: that is the failure being counted.
 */
import { randomUUID } from 'node:crypto';
import { withKeyLocks } from '../db/key-locks.ts';
import { attemptsSince, deleteAttempts, deleteAttemptsBefore, insertAttempts } from '../repos/login-attempts.ts';
import type { Db } from '../repos/types.ts';

/** One limited key: at most `max` attempts within `windowMs`. */
export interface AttemptLimit {
  key: string;
  max: number;
  windowMs: number;
}

/** A granted attempt: keep its rows (a failure to count), or take some or all of them back. */
export interface Reservation {
  /** Takes back the rows of `keys` (all rows without `keys`): the attempt does not count there. */
  release(keys?: readonly string[]): Promise<void>;
}

export type ReserveResult = { ok: true; reservation: Reservation } | { ok: false; key: string; retryAfterSeconds: number };

/** The longest window any limit uses; rows older than this are deleted (docs/privacy.md). */
export const LONGEST_WINDOW_MS = 15 * 60_000;

/**
 * Reserves one attempt under every limit, or refuses (with the seconds until the oldest counted
 * attempt of the first full key leaves its window) and leaves nothing behind.
 * `at` is for tests; the server passes nothing (the time once the locks are held).
 */
export async function reserveAttempt(db: Db, limits: readonly AttemptLimit[], at?: Date): Promise<ReserveResult> {
  const id = randomUUID();
  const keys = limits.map((l) => l.key);
  const refusal = await withKeyLocks(db, keys, async (trx) => {
    // The time once the locks are held: a request that waited must not date its row before another's.
    const now = at ?? new Date();
    for (const limit of limits) {
      const wait = await limitReached(trx, limit, now);
      if (wait !== undefined) return { ok: false as const, key: limit.key, retryAfterSeconds: wait };
    }
    await insertAttempts(trx, id, keys, now.toISOString());
    return undefined;
  });
  return refusal ?? { ok: true, reservation: { release: (only) => deleteAttempts(db, id, only) } };
}

/**
 * Undefined while `limit` has room; else the seconds until its oldest counted attempt leaves the
 * window. Call it inside withKeyLocks(…, [limit.key], …) and insert there, or two requests may both see room.
 */
export async function limitReached(db: Db, limit: AttemptLimit, now: Date = new Date()): Promise<number | undefined> {
  const { count, oldest } = await attemptsSince(db, limit.key, new Date(now.getTime() - limit.windowMs).toISOString());
  if (count < limit.max) return undefined;
  const freeAt = (oldest ? Date.parse(oldest) : now.getTime()) + limit.windowMs;
  // At most the window: clocks of several instances may differ a little.
  return Math.min(Math.ceil(limit.windowMs / 1000), Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)));
}

/** Deletes attempts older than every window: they limit nothing any more. */
export function forgetOldAttempts(db: Db, now: Date = new Date()): Promise<void> {
  return deleteAttemptsBefore(db, new Date(now.getTime() - LONGEST_WINDOW_MS).toISOString());
}
