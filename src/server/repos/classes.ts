/** Classes (or workshop groups) of a trainer. Every read is scoped to its trainer. */
import { randomUUID } from 'node:crypto';
import type { ClassesTable } from '../db/schema.ts';
import { now, type Db } from './types.ts';

export type ClassRow = ClassesTable;

export async function insertClass(db: Db, trainerId: string, name: string, joinCode: string): Promise<ClassRow> {
  const row: ClassRow = { id: randomUUID(), trainer_id: trainerId, name, join_code: joinCode, archived_at: null, created_at: now() };
  await db.insertInto('classes').values(row).execute();
  return row;
}

export function listClasses(db: Db, trainerId: string) {
  return db
    .selectFrom('classes')
    .leftJoin('learners', 'learners.class_id', 'classes.id')
    .select(['classes.id', 'classes.name', 'classes.join_code', 'classes.archived_at', 'classes.created_at'])
    .select((eb) => eb.fn.count<number | string>('learners.id').as('learner_count')) // pg: a string
    .where('classes.trainer_id', '=', trainerId)
    .groupBy(['classes.id', 'classes.name', 'classes.join_code', 'classes.archived_at', 'classes.created_at'])
    .orderBy('classes.created_at', 'desc')
    .execute();
}

/** The class if it belongs to this trainer; undefined otherwise, so no one learns it exists. */
export function findClass(db: Db, trainerId: string, classId: string) {
  return db.selectFrom('classes').selectAll().where('id', '=', classId).where('trainer_id', '=', trainerId).executeTakeFirst();
}

export function findClassByJoinCode(db: Db, joinCode: string) {
  return db.selectFrom('classes').selectAll().where('join_code', '=', joinCode).executeTakeFirst();
}

export async function updateClass(db: Db, trainerId: string, classId: string, changes: { name?: string; archived_at?: string | null }): Promise<boolean> {
  const result = await db.updateTable('classes').set(changes).where('id', '=', classId).where('trainer_id', '=', trainerId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Gives the class a new join code; false when the class is not this trainer's. */
export async function setJoinCode(db: Db, trainerId: string, classId: string, joinCode: string): Promise<boolean> {
  const result = await db.updateTable('classes').set({ join_code: joinCode }).where('id', '=', classId).where('trainer_id', '=', trainerId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteClass(db: Db, trainerId: string, classId: string): Promise<boolean> {
  const result = await db.deleteFrom('classes').where('id', '=', classId).where('trainer_id', '=', trainerId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
