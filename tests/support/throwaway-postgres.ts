/**
 * A throwaway PostgreSQL cluster for tests: a fresh data directory under the system's temp dir, on a
 * free 127.0.0.1 port, trusting local connections for the superuser `candystorm`. `stop()` shuts it
 * down and deletes the directory; if the caller forgets, the process's 'exit' handler does.
 *
 * initdb refuses to run as root, so as root the cluster belongs to the OS user `postgres` (which
 * Debian's package creates) and its programs run through `runuser`; as any other user they run
 * directly as that user.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensurePostgres } from '../../scripts/ensure-postgres.ts';

const execFileAsync = promisify(execFile);

export interface ThrowawayPostgres {
  /** postgres://candystorm@127.0.0.1:PORT/postgres */
  url: string;
  stop(): Promise<void>;
}

const SUPERUSER = 'candystorm';
const OS_USER_WHEN_ROOT = 'postgres';

/** A port nobody listens on right now: bind to port 0, read the port, let it go. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

/** uid and gid of an OS user, or undefined when there is no such user. */
function osUser(name: string): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = ensurePostgres();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'candystorm-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');

  /** [command, args] for one of PostgreSQL's programs, as the user that owns the cluster. */
  const as = (program: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', OS_USER_WHEN_ROOT, '--', join(bin, program), ...args]] : [join(bin, program), args];

  let stopped = false;
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  const stopArgs = as('pg_ctl', ['-D', data, 'stop', '-m', 'fast', '-w', '-t', '30']);
  // Synchronous, for the 'exit' handler (no promises run there).
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    spawnSync(stopArgs[0], stopArgs[1], { cwd: dir, stdio: 'ignore', timeout: 30_000 });
    removeDir();
  };
  process.on('exit', stopSync);

  try {
    if (asRoot) {
      const owner = osUser(OS_USER_WHEN_ROOT);
      if (!owner) throw new Error(`running as root, PostgreSQL needs the OS user "${OS_USER_WHEN_ROOT}" to own its cluster, and there is none (Debian's postgresql package creates it)`);
      chownSync(dir, owner.uid, owner.gid);
    }
    const started = performance.now();
    // --no-sync: initdb skips flushing the new cluster to disk at the end; it is deleted after the run
    // anyway. The server itself keeps fsync on (the default): its commit semantics are what we test.
    await execFileAsync(...as('initdb', ['-D', data, '--auth=trust', '-U', SUPERUSER, '--encoding=UTF8', '--locale=C', '--no-sync']), { cwd: dir });
    const initialised = performance.now();

    // The port is free when we look; another process may take it before postgres binds it: retry.
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const options = `-c listen_addresses=127.0.0.1 -p ${port} -k '${dir}'`;
      try {
        await execFileAsync(...as('pg_ctl', ['-D', data, '-l', log, '-o', options, '-w', '-t', '30', 'start']), { cwd: dir });
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    const ready = performance.now();
    console.log(
      `[postgres] throwaway cluster on 127.0.0.1:${port} in ${dir}: initdb ${Math.round(initialised - started)} ms, ` +
        `start ${Math.round(ready - initialised)} ms`,
    );

    return {
      url: `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`,
      async stop() {
        if (stopped) return;
        stopped = true;
        process.off('exit', stopSync);
        try {
          await execFileAsync(stopArgs[0], stopArgs[1], { cwd: dir });
        } finally {
          removeDir();
        }
      },
    };
  } catch (error) {
    let logText = '';
    try {
      logText = execFileSync('tail', ['-n', '20', log], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      // no log yet
    }
    stopSync();
    process.off('exit', stopSync);
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not start a throwaway PostgreSQL: ${detail}${logText ? `\n--- postgres.log ---\n${logText}` : ''}`, { cause: error });
  }
}
