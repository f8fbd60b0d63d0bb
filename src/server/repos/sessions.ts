/** Server-side trainer sessions, stored by the hash of their cookie token. */
import { now, type Db } from './types.ts';

export async function insertSession(db: Db, tokenHash: string, trainerId: string, expiresAt: string): Promise<void> {
  await db.insertInto('sessions').values({ token_hash: tokenHash, trainer_id: trainerId, created_at: now(), expires_at: expiresAt }).execute();
}

/** The trainer of a session that has not expired. */
export function findSessionTrainer(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('trainers', 'trainers.id', 'sessions.trainer_id')
    .select(['trainers.id as id', 'trainers.email as email', 'trainers.time_zone as timeZone'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now())
    .executeTakeFirst();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Signs a trainer out everywhere but (optionally) the current session, e.g. after a password change. */
export async function deleteOtherSessions(db: Db, trainerId: string, keepTokenHash?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('trainer_id', '=', trainerId);
  if (keepTokenHash) query = query.where('token_hash', '!=', keepTokenHash);
  await query.execute();
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now()).execute();
}
