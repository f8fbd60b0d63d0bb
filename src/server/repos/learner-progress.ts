/** Learners' last progress reports (migration 0008): one row per learner, replaced by each report. */
import type { Selectable } from 'kysely';
import type { LearnerProgressTable } from '../db/schema.ts';
import type { Db } from './types.ts';

export type ProgressRow = Selectable<LearnerProgressTable>;

/** Stores the learner's report, replacing the one before (sending it twice changes nothing). */
export async function saveProgress(db: Db, row: ProgressRow): Promise<void> {
  await db
    .insertInto('learner_progress')
    .values(row)
    .onConflict((oc) => oc.column('learner_id').doUpdateSet({ scenario_id: row.scenario_id, decision: row.decision, decisions: row.decisions, reported_at: row.reported_at }))
    .execute();
}

/** The reports of every learner of class `classId` newer than `since` (ISO). */
export function listProgressOfClass(db: Db, classId: string, since: string): Promise<ProgressRow[]> {
  return db
    .selectFrom('learner_progress')
    .innerJoin('learners', 'learners.id', 'learner_progress.learner_id')
    .select(['learner_progress.learner_id', 'learner_progress.scenario_id', 'learner_progress.decision', 'learner_progress.decisions', 'learner_progress.reported_at'])
    .where('learners.class_id', '=', classId)
    .where('learner_progress.reported_at', '>', since)
    .execute();
}
