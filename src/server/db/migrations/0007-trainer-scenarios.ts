/**
 * Trainers' own scenarios (docs/trainer-scenarios.md): every save that changes a scenario is a new
 * row with the next version, so a run always names the exact text it was played on and the server
 * re-scores it against that text. Rows go with their trainer (cascade).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('trainer_scenarios')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('trainer_id', 'text', (c) => c.notNull().references('trainers.id').onDelete('cascade'))
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('yaml', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('trainer_scenarios_id_version', ['scenario_id', 'version'])
    .execute();
  await db.schema.createIndex('trainer_scenarios_trainer').on('trainer_scenarios').column('trainer_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('trainer_scenarios').execute();
}
