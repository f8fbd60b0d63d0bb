/** Pseudonymous learners: a name they chose and the hash of their device token; nothing else. */
import { randomUUID } from 'node:crypto';
import { now, type Db } from './types.ts';

export async function insertLearner(db: Db, classId: string, pseudonym: string, tokenHash: string, resumeCodeHash: string | null = null) {
  const row = { id: randomUUID(), class_id: classId, pseudonym, token_hash: tokenHash, resume_code_hash: resumeCodeHash, created_at: now() };
  await db.insertInto('learners').values(row).execute();
  return row;
}

/** How many learners class `classId` has. */
export async function countLearnersInClass(db: Db, classId: string): Promise<number> {
  const row = await db
    .selectFrom('learners')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('class_id', '=', classId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findLearnerByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('learners')
    .innerJoin('classes', 'classes.id', 'learners.class_id')
    .select(['learners.id', 'learners.class_id', 'learners.pseudonym', 'learners.created_at', 'classes.name as class_name', 'classes.archived_at'])
    .where('learners.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function listLearners(db: Db, classId: string) {
  return db.selectFrom('learners').select(['id', 'pseudonym', 'created_at']).where('class_id', '=', classId).orderBy('pseudonym').execute();
}

/** The pseudonyms of class `classId` (at most MAX_LEARNERS_PER_CLASS: the join compares them all). */
export async function pseudonymsInClass(db: Db, classId: string): Promise<string[]> {
  const rows = await db.selectFrom('learners').select('pseudonym').where('class_id', '=', classId).execute();
  return rows.map((r) => r.pseudonym);
}

export async function deleteLearner(db: Db, classId: string, learnerId: string): Promise<boolean> {
  const result = await db.deleteFrom('learners').where('id', '=', learnerId).where('class_id', '=', classId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteLearnerById(db: Db, learnerId: string): Promise<void> {
  await db.deleteFrom('learners').where('id', '=', learnerId).execute();
}

/** The learner of a class with this pseudonym and resume code (by hash), or undefined. */
export function findLearnerToResume(db: Db, classId: string, pseudonym: string, resumeCodeHash: string) {
  return db
    .selectFrom('learners')
    .select(['id', 'pseudonym'])
    .where('class_id', '=', classId)
    .where('pseudonym', '=', pseudonym)
    .where('resume_code_hash', '=', resumeCodeHash)
    .executeTakeFirst();
}

/** Gives the learner a new device token (the previous device's token stops working). */
export async function replaceLearnerToken(db: Db, learnerId: string, tokenHash: string): Promise<void> {
  await db.updateTable('learners').set({ token_hash: tokenHash }).where('id', '=', learnerId).execute();
}
