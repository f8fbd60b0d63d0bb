/**
 * Finds or provides PostgreSQL's server programs (initdb, pg_ctl, postgres) for the tests that run
 * against a throwaway PostgreSQL, saying what it does:
 *   1. PG_BIN, if set (a directory holding initdb and pg_ctl);
 *   2. the newest Debian/Ubuntu installation, /usr/lib/postgresql/<version>/bin;
 *   3. the system's package manager (Debian/Ubuntu: apt-get install postgresql), as root or via
 *      password-less sudo.
 * Returns the directory; throws an Error saying what to install when none of these works.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCliArgs } from './cli-args.ts';

const DEBIAN_ROOT = '/usr/lib/postgresql';
const PROGRAMS = ['initdb', 'pg_ctl', 'postgres'];

function say(message: string): void {
  console.log(`[postgres] ${message}`);
}

function run(command: string, args: string[], timeoutMs: number): boolean {
  say(`running: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

const hasPrograms = (dir: string) => PROGRAMS.every((p) => existsSync(join(dir, p)));

/** The newest /usr/lib/postgresql/<version>/bin that holds the server programs. */
function debianPostgres(): string | undefined {
  if (!existsSync(DEBIAN_ROOT)) return undefined;
  const versions = readdirSync(DEBIAN_ROOT)
    .filter((v) => /^\d+(\.\d+)?$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(DEBIAN_ROOT, v, 'bin')).find(hasPrograms);
}

/** Whether `sudo` runs without asking for a password. */
function passwordlessSudo(): boolean {
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

export function ensurePostgres(): string {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv) {
    if (hasPrograms(fromEnv)) return say(`using PG_BIN=${fromEnv}`), fromEnv;
    say(`PG_BIN=${fromEnv} does not hold ${PROGRAMS.join(', ')}; looking elsewhere`);
  }
  const found = debianPostgres();
  if (found) return say(`using the system's PostgreSQL at ${found}`), found;

  say('no PostgreSQL server programs found; trying the system package manager');
  const isRoot = process.getuid?.() === 0;
  if (existsSync('/usr/bin/apt-get') && (isRoot || passwordlessSudo())) {
    const apt = (args: string[]) => (isRoot ? run('apt-get', args, 600_000) : run('sudo', ['-n', 'apt-get', ...args], 600_000));
    if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'postgresql'])) {
      const installed = debianPostgres();
      if (installed) return say(`installed the system's PostgreSQL at ${installed}`), installed;
    }
  } else {
    say('cannot install packages here (no apt-get, or neither root nor password-less sudo)');
  }
  throw new Error(
    'No PostgreSQL server available for the tests: initdb, pg_ctl and postgres were not found and could not be installed. ' +
      'Install the PostgreSQL server (Debian/Ubuntu: `sudo apt-get install postgresql`; macOS: `brew install postgresql`) ' +
      'and, if its programs are not under /usr/lib/postgresql/<version>/bin, set PG_BIN to the directory holding initdb and pg_ctl. ' +
      'Or point DATABASE_URL_TEST at a running PostgreSQL server whose user may create databases.',
  );
}

// `node scripts/ensure-postgres.ts` prints the directory.
if (import.meta.url === `file://${process.argv[1]}`) {
  parseCliArgs({
    usage: `Usage: node scripts/ensure-postgres.ts
Finds or installs PostgreSQL's server programs for the tests (PG_BIN, /usr/lib/postgresql/<version>/bin,
apt-get) and prints their directory.`,
  });
  console.log(ensurePostgres());
}
