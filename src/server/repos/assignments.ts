/** Modules assigned to a class, with mode and optional due date. */
import { randomUUID } from 'node:crypto';
import { now, type Db } from './types.ts';

export interface AssignmentInput {
  module: number;
  mode: 'practice' | 'test';
  dueDate: string | null;
  /** Collect the text of written replies (default: no). */
  collectReplies?: boolean;
}

export function listAssignments(db: Db, classId: string) {
  return db.selectFrom('assignments').selectAll().where('class_id', '=', classId).orderBy('module').execute();
}

/** Assigns a module, or changes mode and due date if it is assigned already. */
export async function upsertAssignment(db: Db, classId: string, input: AssignmentInput): Promise<void> {
  await db
    .insertInto('assignments')
    .values({ id: randomUUID(), class_id: classId, module: input.module, mode: input.mode, due_date: input.dueDate, created_at: now(), collect_replies: input.collectReplies ? 1 : 0 })
    .onConflict((oc) => oc.columns(['class_id', 'module']).doUpdateSet({ mode: input.mode, due_date: input.dueDate, collect_replies: input.collectReplies ? 1 : 0 }))
    .execute();
}

export async function deleteAssignment(db: Db, classId: string, assignmentId: string): Promise<boolean> {
  const result = await db.deleteFrom('assignments').where('id', '=', assignmentId).where('class_id', '=', classId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
