/**
 * npm run lti (scripts/lti.ts) as a real process: --help, clear usage errors before the database is
 * opened, and add / list / remove on a throwaway SQLite file (a duplicate is refused, a removed
 * platform is gone, the tool's URLs are printed for PUBLIC_URL).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** A Node start with the server's imports: seconds on a busy 2-core machine. */
const BUDGET_MS = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'candystorm-lti-cli-'));
const file = join(dir, 'lti.sqlite');

function lti(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['scripts/lti.ts', ...args], { cwd: ROOT, env: { ...process.env, SQLITE_FILE: file, PUBLIC_URL: 'https://candystorm.schule.example', DATABASE_URL: '' }, timeout: BUDGET_MS - 5000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const ADD = ['add', '--issuer=https://moodle.schule.example', '--client-id=AbC123', '--deployment-id=4,7', '--auth-url=https://moodle.schule.example/mod/lti/auth.php', '--token-url=https://moodle.schule.example/mod/lti/token.php', '--jwks-url=https://moodle.schule.example/mod/lti/certs.php'];

describe('npm run lti', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints its usage for --help', async () => {
    const { code, stdout } = await lti(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run lti/m);
  }, BUDGET_MS);

  it.each([
    [['frobnicate'], 'Unknown command "frobnicate"'],
    [['add', '--issuer=https://x.example'], '"add" needs --client-id=…, --deployment-id=…, --auth-url=…, --token-url=…, --jwks-url=…'],
    [[...ADD.slice(0, 4), '--auth-url=not a url', ...ADD.slice(5)], '--auth-url must be an http(s) URL'],
    [['list', '--issuer=https://x.example'], '"list" takes no --issuer'],
  ])('%j: says what is wrong, exits 2 and creates no database', async (args, message) => {
    const { code, stderr } = await lti(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toMatch(/^Usage: /m);
    expect(existsSync(file)).toBe(false);
  }, BUDGET_MS);

  it('adds, lists and removes a platform; a second add of the same registration is refused', async () => {
    const added = await lti(ADD);
    expect(added.stdout).toContain('Registered https://moodle.schule.example (client id AbC123, deployments 4, 7');
    expect(added.code).toBe(0);
    const twice = await lti(ADD);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('is registered already');
    const listed = await lti(['list']);
    expect(listed.stdout).toContain('login URL https://candystorm.schule.example/lti/login');
    expect(listed.stdout).toContain('public keyset URL https://candystorm.schule.example/lti/jwks');
    expect(listed.stdout).toMatch(/https:\/\/moodle\.schule\.example\tclient AbC123\tdeployments 4,7\tnames not stored/);
    expect(listed.stdout).toContain('Scores: 0 sent, 0 waiting');
    expect((await lti(['remove', '--issuer=https://moodle.schule.example', '--client-id=AbC123'])).code).toBe(0);
    expect((await lti(['list'])).stdout).not.toContain('moodle.schule.example\tclient');
    const again = await lti(['remove', '--issuer=https://moodle.schule.example', '--client-id=AbC123']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('There is no platform');
  }, BUDGET_MS * 2);
});
