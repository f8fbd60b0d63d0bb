/**
 * Every migration, in order. Kept in code (not read from a folder at run time) so the built server
 * carries them; the same migrations run on SQLite and PostgreSQL.
 */
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as initial from './0001-initial.ts';
import * as attemptIds from './0002-attempt-ids.ts';
import * as collectReplies from './0003-collect-replies.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-attempt-ids': attemptIds,
  '0003-collect-replies': collectReplies,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
