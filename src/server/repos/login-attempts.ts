/** Failed sign-in (and join) attempts, counted per key for rate limiting across server instances. */
import { now, type Db } from './types.ts';

export async function recordAttempt(db: Db, key: string): Promise<void> {
  await db.insertInto('login_attempts').values({ key, attempted_at: now() }).execute();
}

export async function countAttemptsSince(db: Db, key: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('attempted_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', key).execute();
}

export async function deleteAttemptsBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('attempted_at', '<=', before).execute();
}
