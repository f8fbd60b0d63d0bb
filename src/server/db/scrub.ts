/**
 * Deleted data must be gone from the disk, not only from query results. SQLite keeps deleted rows
 * in free pages (unless secure_delete is on, which client.ts sets) and older versions of every
 * changed page in the write-ahead log until a checkpoint copies them back; a TRUNCATE checkpoint
 * after a deletion writes the overwritten pages into the database file and empties the log.
 * PostgreSQL reclaims deleted rows with (auto)vacuum; see docs/privacy.md.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from './client.ts';
import type { Database } from './schema.ts';

/** After a deletion: on SQLite, checkpoint the WAL into the file and truncate it to zero bytes. */
export async function scrubAfterDeletion(db: Kysely<Database>, kind: DatabaseKind): Promise<void> {
  if (kind !== 'sqlite') return;
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
}
