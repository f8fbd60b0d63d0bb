/**
 * npm test: everything that proves Candystorm works, in order, on a fresh machine:
 * content check, lint, type check, build, unit/component/API tests (SQLite and PostgreSQL), browser tests
 * (with axe on every page and the W3C Nu HTML checker on every page).
 * Ends with one line `N passed, N failed` summed over all suites; exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.ts';
import { ensureJava } from './ensure-java.ts';
import { freePort } from '../tests/support/throwaway-postgres.ts';
import { parseCliArgs } from './cli-args.ts';

parseCliArgs({
  usage: `Usage: npm test   (or: node scripts/test-all.ts)
Runs everything that proves Candystorm works: content check, lint, type check, build, unit/component/API
tests (SQLite and PostgreSQL), browser tests (axe and the W3C HTML checker on every page). Ends with
one line "N passed, N failed"; exits 1 on any failure.`,
});

interface Tally {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
}

const tallies: Tally[] = [];
const reports = mkdtempSync(join(tmpdir(), 'candystorm-test-'));
const bin = (name: string) => join('node_modules', '.bin', name);

function step(title: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is one check: it passed or it failed. */
function check(suite: string, command: string, args: string[]): boolean {
  const ok = step(suite, command, args);
  tallies.push({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

check('content check', process.execPath, ['scripts/check-content.ts']);
check('lint', bin('eslint'), ['--max-warnings=0', '.']);
check('type check', bin('astro'), ['check']);

const built = check('build', bin('astro'), ['build']);

// Unit, component and API tests; the API tests run the built server on SQLite and on a throwaway
// PostgreSQL that vitest's global setup starts (installing it where it is missing, see
// scripts/ensure-postgres.ts).
const vitestJson = join(reports, 'vitest.json');
const unitOk = step('unit, component and API tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const unit = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(vitestJson);
tallies.push({
  suite: 'unit+API tests',
  passed: unit?.numPassedTests ?? 0,
  failed: unit ? unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1) : 1,
  skipped: (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0),
});

if (built) {
  let chromiumPath: string | undefined;
  try {
    chromiumPath = ensureChromium();
  } catch (error) {
    console.error(String(error));
  }
  // The W3C HTML checker in the browser suite (tests/e2e/html-validity.spec.ts) runs on Java.
  let javaBin: string | undefined;
  try {
    javaBin = ensureJava();
  } catch (error) {
    console.error(String(error));
  }
  const e2eJson = join(reports, 'playwright.json');
  // A free port unless one is given: a server left on the default port (4399) by an earlier run
  // must not fail the whole browser suite.
  const e2ePort = process.env['E2E_PORT'] ?? String(await freePort());
  const e2eOk = step('browser tests', bin('playwright'), ['test'], {
    E2E_PORT: e2ePort,
    PLAYWRIGHT_JSON: e2eJson,
    ...(chromiumPath ? { CHROMIUM_PATH: chromiumPath } : {}),
    ...(javaBin ? { JAVA_BIN: javaBin } : {}),
  });
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(e2eJson);
  tallies.push({
    suite: 'browser tests',
    passed: e2e?.stats.expected ?? 0,
    failed: e2e ? e2e.stats.unexpected + e2e.stats.flaky + (e2eOk || e2e.stats.unexpected ? 0 : 1) : 1,
    skipped: e2e?.stats.skipped ?? 0,
  });
}

console.log('\n=== Summary');
for (const t of tallies) console.log(`${t.suite.padEnd(16)} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`);
const sum = (k: 'passed' | 'failed' | 'skipped') => tallies.reduce((n, t) => n + t[k], 0);
const skipped = sum('skipped');
console.log(`${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(sum('failed') ? 1 : 0);
