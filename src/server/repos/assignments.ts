/** Scenarios assigned to a class, each with its mode, optional due date and (test mode) release. */
import { randomUUID } from 'node:crypto';
import { now, type Db } from './types.ts';

export interface AssignmentInput {
  scenarioId: string;
  module: number;
  mode: 'practice' | 'test';
  dueDate: string | null;
}

export function listAssignments(db: Db, classId: string) {
  return db.selectFrom('assignments').selectAll().where('class_id', '=', classId).orderBy('module').orderBy('scenario_id').execute();
}

/** One assignment of the class, or undefined. */
export function findAssignment(db: Db, classId: string, assignmentId: string) {
  return db.selectFrom('assignments').selectAll().where('id', '=', assignmentId).where('class_id', '=', classId).executeTakeFirst();
}

/**
 * Assigns scenarios, or changes mode and due date of those assigned already, in one transaction.
 * A changed mode restarts its count (`mode_since`): in test mode the first run from then on counts.
 */
export async function upsertAssignments(db: Db, classId: string, inputs: readonly AssignmentInput[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const input of inputs) {
      const at = now();
      const existing = await trx.selectFrom('assignments').select(['id', 'mode']).where('class_id', '=', classId).where('scenario_id', '=', input.scenarioId).executeTakeFirst();
      if (existing) {
        await trx
          .updateTable('assignments')
          .set({ mode: input.mode, due_date: input.dueDate, ...(existing.mode === input.mode ? {} : { mode_since: at, results_released_at: null }) })
          .where('id', '=', existing.id)
          .execute();
      } else {
        await trx
          .insertInto('assignments')
          .values({ id: randomUUID(), class_id: classId, scenario_id: input.scenarioId, module: input.module, mode: input.mode, due_date: input.dueDate, results_released_at: null, mode_since: at, created_at: at })
          .execute();
      }
    }
  });
}

/** Releases (or holds back again) the results of a test-mode assignment; false when there is no such assignment. */
export async function setResultsReleased(db: Db, classId: string, assignmentId: string, released: boolean): Promise<boolean> {
  const result = await db
    .updateTable('assignments')
    .set({ results_released_at: released ? now() : null })
    .where('id', '=', assignmentId)
    .where('class_id', '=', classId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteAssignment(db: Db, classId: string, assignmentId: string): Promise<boolean> {
  const result = await db.deleteFrom('assignments').where('id', '=', assignmentId).where('class_id', '=', classId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
