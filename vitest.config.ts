import { defineConfig } from 'vitest/config';

// Three projects, so each kind of test can run alone (`vitest run --project unit`):
// - unit: the engine, the content checker, stores, the learner core; no server, no database.
// - components: the islands in jsdom (React Testing Library).
// - api: the server's data layer and routes on SQLite and on a throwaway PostgreSQL, started once
//   per run by the global setup (only this project needs it).
// Browser behaviour is tested by Playwright.
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Some unit tests start child processes (the CLIs) or explore whole state graphs: well under a
          // second on an idle machine, several on a busy 2-core one. A stated budget, not a flaky default.
          testTimeout: 30_000,
        },
      },
      { extends: true, test: { name: 'components', include: ['tests/components/**/*.test.tsx'] } },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          globalSetup: ['./tests/support/postgres-global-setup.ts'],
          // Real servers and databases on a machine that may be busy: generous, stated budgets.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
