import { defineConfig } from 'vitest/config';

// Unit tests: the engine, the content checker, stores. API tests: the server's data layer and routes,
// on SQLite and on a throwaway PostgreSQL (started once per run by the global setup). Browser
// behaviour is tested by Playwright.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx', 'tests/api/**/*.test.ts'],
    globalSetup: ['./tests/support/postgres-global-setup.ts'],
    environment: 'node',
  },
});
