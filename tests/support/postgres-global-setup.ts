/**
 * Vitest globalSetup: one PostgreSQL server per `vitest run`, shared by every test file through
 * `inject('postgresUrl')`; each test that needs a database creates its own in it (tests/support/databases.ts).
 * DATABASE_URL_TEST, if set, names an existing server to use instead (its user must be allowed to
 * CREATE DATABASE); otherwise a throwaway cluster is started and stopped at the end of the run.
 */
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './throwaway-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL whose user may create and drop databases. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const existing = process.env['DATABASE_URL_TEST'];
  if (existing) {
    console.log('[postgres] using the server in DATABASE_URL_TEST');
    project.provide('postgresUrl', existing);
    return async () => {};
  }
  const server = await startThrowawayPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
