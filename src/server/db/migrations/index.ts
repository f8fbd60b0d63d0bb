/**
 * Every migration, in order. Kept in code (not read from a folder at run time) so the built server
 * carries them; the same migrations run on SQLite and PostgreSQL.
 */
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as initial from './0001-initial.ts';
import * as attemptIds from './0002-attempt-ids.ts';
import * as liveSessions from './0005-live-sessions.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-attempt-ids': attemptIds,
  '0005-live-sessions': liveSessions,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
