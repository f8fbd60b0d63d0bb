import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/browser.ts';

const port = Number(process.env['E2E_PORT'] ?? 4399);

// End-to-end tests run against the built site, served the way a user gets it.
export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  retries: 0,
  // Budgets, not timings: on a busy 2-core machine a move's render (with the debrief's advice) took
  // over 5 s, Playwright's default wait for an assertion. Waiting longer never slows a passing test.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: process.env['PLAYWRIGHT_JSON'] ? [['list'], ['json', { outputFile: process.env['PLAYWRIGHT_JSON'] }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    // Comments then arrive at once; the arrival with typing indicators has its own test.
    reducedMotion: 'reduce',
  },
  webServer: {
    command: `node scripts/serve.ts`,
    // A fresh database for every test run, so runs never depend on each other's data.
    env: { PORT: String(port), SQLITE_FILE: join(mkdtempSync(join(tmpdir(), 'candystorm-e2e-')), 'e2e.sqlite') },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
