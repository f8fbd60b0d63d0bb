/** Finished runs sent by learners, as re-scored by the server. */
import type { RunsTable } from '../db/schema.ts';
import type { Db } from './types.ts';

export type RunRow = RunsTable;

/**
 * Inserts the runs whose id is new, in one transaction (one commit for the whole batch), and returns
 * the ids that were inserted. An id that exists already is left as it is: sending twice stores once.
 */
export async function insertRuns(db: Db, rows: RunRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await db.transaction().execute((trx) =>
    trx.insertInto('runs').values(rows).onConflict((oc) => oc.column('id').doNothing()).returning('id').execute(),
  );
  return new Set(inserted.map((r) => r.id));
}

/** Who owns these run ids already (to tell a resend from a clash with someone else's id). */
export async function ownersOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('runs').select(['id', 'learner_id']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.learner_id]));
}

/** Replaces the stored path of a learner's run (only the disputes of its written replies may differ: see ingest.ts). */
export async function updateRunPath(db: Db, id: string, learnerId: string, path: string): Promise<void> {
  await db.updateTable('runs').set({ path }).where('id', '=', id).where('learner_id', '=', learnerId).execute();
}

export function findRun(db: Db, id: string) {
  return db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listRunsOfLearner(db: Db, learnerId: string) {
  return db.selectFrom('runs').selectAll().where('learner_id', '=', learnerId).orderBy('finished_at').execute();
}

/** Every run of every learner of a class, oldest first. */
export function listRunsOfClass(db: Db, classId: string) {
  return db
    .selectFrom('runs')
    .innerJoin('learners', 'learners.id', 'runs.learner_id')
    .selectAll('runs')
    .where('learners.class_id', '=', classId)
    .orderBy('runs.finished_at')
    .execute();
}
