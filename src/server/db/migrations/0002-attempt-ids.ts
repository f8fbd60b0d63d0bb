/**
 * Attempts become reservations (services/attempt-limits.ts): each row gets the id of the request that
 * reserved it, so that request can take back exactly its own row. Rows from before have no id.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('login_attempts').addColumn('id', 'text').execute();
  await db.schema.createIndex('login_attempts_id').on('login_attempts').column('id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('login_attempts_id').execute();
  await db.schema.alterTable('login_attempts').dropColumn('id').execute();
}
