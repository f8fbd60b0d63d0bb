/**
 * Every migration, in order. Kept in code (not read from a folder at run time) so the built server
 * carries them; the same migrations run on SQLite and PostgreSQL.
 */
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as initial from './0001-initial.ts';
import * as attemptIds from './0002-attempt-ids.ts';
import * as collectReplies from './0003-collect-replies.ts';
import * as scenarioAssignments from './0004-scenario-assignments.ts';
import * as liveSessions from './0005-live-sessions.ts';
import * as runOrderSeed from './0006-run-order-seed.ts';
import * as trainerScenarios from './0007-trainer-scenarios.ts';
import * as classPage from './0008-class-page.ts';
import * as liveClassMembers from './0009-live-class-members.ts';
import * as lti from './0010-lti.ts';
import * as liveReplies from './0011-live-replies.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-attempt-ids': attemptIds,
  '0003-collect-replies': collectReplies,
  '0004-scenario-assignments': scenarioAssignments,
  '0005-live-sessions': liveSessions,
  '0006-run-order-seed': runOrderSeed,
  '0007-trainer-scenarios': trainerScenarios,
  '0008-class-page': classPage,
  '0009-live-class-members': liveClassMembers,
  '0010-lti': lti,
  '0011-live-replies': liveReplies,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
