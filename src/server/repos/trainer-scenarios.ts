/** Trainers' own scenarios, one row per saved version (migration 0007). */
import { randomUUID } from 'node:crypto';
import { now, type Db } from './types.ts';

/** The newest version of a scenario id, whoever owns it. */
export function latestVersionOf(db: Db, scenarioId: string) {
  return db.selectFrom('trainer_scenarios').selectAll().where('scenario_id', '=', scenarioId).orderBy('version', 'desc').limit(1).executeTakeFirst();
}

/** One version of a scenario id, whoever owns it. */
export function findVersion(db: Db, scenarioId: string, version: number) {
  return db.selectFrom('trainer_scenarios').selectAll().where('scenario_id', '=', scenarioId).where('version', '=', version).executeTakeFirst();
}

/** The newest version of each scenario of one trainer, by scenario id. */
export async function latestOfTrainer(db: Db, trainerId: string) {
  const rows = await db.selectFrom('trainer_scenarios').selectAll().where('trainer_id', '=', trainerId).orderBy('scenario_id').orderBy('version', 'desc').execute();
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.scenario_id) && seen.add(r.scenario_id));
}

/**
 * Stores a new version. Two saves at once of the same id end in one row and one unique violation
 * (the route answers 409), never two rows with the same version.
 */
export async function insertVersion(db: Db, row: { trainerId: string; scenarioId: string; version: number; yaml: string }): Promise<void> {
  await db
    .insertInto('trainer_scenarios')
    .values({ id: randomUUID(), trainer_id: row.trainerId, scenario_id: row.scenarioId, version: row.version, yaml: row.yaml, created_at: now() })
    .execute();
}

/** The trainer of a class (to decide whether its learners may play a trainer's scenario). */
export async function trainerOfClass(db: Db, classId: string): Promise<string | undefined> {
  return (await db.selectFrom('classes').select('trainer_id').where('id', '=', classId).executeTakeFirst())?.trainer_id;
}

/** True when the class has an assignment of this scenario id. */
export async function isAssignedTo(db: Db, classId: string, scenarioId: string): Promise<boolean> {
  const row = await db.selectFrom('assignments').select('id').where('class_id', '=', classId).where('scenario_id', '=', scenarioId).executeTakeFirst();
  return row !== undefined;
}

/** Which of these scenario ids are trainers' own scenarios. */
export async function ownScenarioIdsAmong(db: Db, scenarioIds: readonly string[]): Promise<Set<string>> {
  if (scenarioIds.length === 0) return new Set();
  const rows = await db.selectFrom('trainer_scenarios').select('scenario_id').distinct().where('scenario_id', 'in', scenarioIds).execute();
  return new Set(rows.map((r) => r.scenario_id));
}

/**
 * Deletes every version of the trainer's scenario and its assignments to the trainer's classes, in
 * one transaction; false when the trainer has no such scenario. Runs already stored stay (they are
 * the learners' results, deleted with the learner or the class).
 */
export async function deleteScenarioOfTrainer(db: Db, trainerId: string, scenarioId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const deleted = await trx.deleteFrom('trainer_scenarios').where('trainer_id', '=', trainerId).where('scenario_id', '=', scenarioId).executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) return false;
    const classes = trx.selectFrom('classes').select('id').where('trainer_id', '=', trainerId);
    await trx.deleteFrom('assignments').where('scenario_id', '=', scenarioId).where('class_id', 'in', classes).execute();
    return true;
  });
}
