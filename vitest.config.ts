import { defineConfig } from 'vitest/config';

// Unit tests: the engine, the content checker, stores. Browser behaviour is tested by Playwright.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
  },
});
