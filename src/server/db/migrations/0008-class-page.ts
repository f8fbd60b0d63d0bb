/**
 * The class page for teaching (issue 14): each trainer's time zone (CSV and page dates; default
 * Europe/Berlin, the zone of most of our schools) and each learner's last progress report ("playing
 * decision n of m"), one row per learner, replaced by every report and gone with the learner
 * (cascade). Progress is a hint for the class page, never a result: runs stay the only record.
 */
import type { Kysely } from 'kysely';

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('trainers')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo(DEFAULT_TIME_ZONE))
    .execute();
  await db.schema
    .createTable('learner_progress')
    .addColumn('learner_id', 'text', (c) => c.primaryKey().notNull().references('learners.id').onDelete('cascade'))
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('decision', 'integer', (c) => c.notNull())
    .addColumn('decisions', 'integer', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('learner_progress').execute();
  await db.schema.alterTable('trainers').dropColumn('time_zone').execute();
}
