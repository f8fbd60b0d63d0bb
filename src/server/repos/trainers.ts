/** Trainer accounts. All SQL about trainers lives here. */
import { randomUUID } from 'node:crypto';
import { now, type Db } from './types.ts';

export interface Trainer {
  id: string;
  email: string;
  /** IANA time zone for CSV and page dates (migration 0008); known once signed in. */
  timeZone?: string;
}

export async function insertTrainer(db: Db, email: string, passwordHash: string): Promise<Trainer> {
  const trainer = { id: randomUUID(), email: email.toLowerCase() };
  await db.insertInto('trainers').values({ ...trainer, password_hash: passwordHash, created_at: now() }).execute();
  return trainer;
}

export function findTrainerByEmail(db: Db, email: string) {
  return db.selectFrom('trainers').select(['id', 'email', 'password_hash']).where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findTrainerById(db: Db, id: string) {
  return db.selectFrom('trainers').select(['id', 'email', 'password_hash']).where('id', '=', id).executeTakeFirst();
}

export async function updatePasswordHash(db: Db, id: string, passwordHash: string): Promise<void> {
  await db.updateTable('trainers').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

export function listTrainers(db: Db) {
  return db.selectFrom('trainers').select(['id', 'email', 'created_at']).orderBy('email').execute();
}

export async function deleteTrainer(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('trainers').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Sets the trainer's time zone (an IANA name the caller has checked: services/time-zones.ts). */
export async function updateTimeZone(db: Db, id: string, timeZone: string): Promise<void> {
  await db.updateTable('trainers').set({ time_zone: timeZone }).where('id', '=', id).execute();
}
