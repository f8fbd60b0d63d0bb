/**
 * Runs keep the seed of the order their choices were shown in (issue 13: shuffled choices), so a run
 * can be shown again exactly as the learner saw it. Nullable: runs from before, and from clients that
 * send no seed, have none. A 31-bit value, so a plain integer column fits on SQLite and PostgreSQL.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('runs').addColumn('order_seed', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('runs').dropColumn('order_seed').execute();
}
