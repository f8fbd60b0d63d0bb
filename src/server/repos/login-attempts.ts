/**
 * Attempts at limited actions (sign-in, password change, join), counted per key for rate limiting
 * across server instances. services/attempt-limits.ts reserves a row before the action it limits.
 */
import type { Db } from './types.ts';

/** Inserts one row per key, all with the reservation's id. */
export async function insertAttempts(db: Db, id: string, keys: readonly string[], at: string): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values(keys.map((key) => ({ id, key, attempted_at: at })))
    .execute();
}

/** How many attempts `key` has after `since`, and the oldest of them. */
export async function attemptsSince(db: Db, key: string, since: string): Promise<{ count: number; oldest: string | undefined }> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('attempted_at').as('oldest')])
    .where('key', '=', key)
    .where('attempted_at', '>', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), oldest: row.oldest ?? undefined };
}

/** Takes back the reservation's rows (all of them, or those of `keys`). */
export async function deleteAttempts(db: Db, id: string, keys?: readonly string[]): Promise<void> {
  let query = db.deleteFrom('login_attempts').where('id', '=', id);
  if (keys) query = query.where('key', 'in', [...keys]);
  await query.execute();
}

export async function deleteAttemptsBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('attempted_at', '<=', before).execute();
}
