/**
 * The BUILT Candystorm server (dist/ + scripts/serve.ts) in a child process, on a fresh database of
 * either kind, for API tests that talk HTTP to it like a browser or a learner's device would:
 *
 *   const server = await startApiServer('postgres');
 *   await createTrainer(server.env, 'a@example.org', 'password-123');
 *   const cookie = await signIn(server.url, 'a@example.org', 'password-123');
 *   const { status, json } = await api(server.url, '/api/classes', { cookie });
 *   await server.dispose();
 *
 * `kill()` is a SIGKILL (a crash), `restart()` starts a new process on the same database and port,
 * `stop()` ends the process gracefully and keeps the database (open it with `openDatabase()` to
 * look at the rows), `dispose()` stops and deletes everything. The build is not made here: run
 * `ASTRO_TELEMETRY_DISABLED=1 npx astro build` first; without dist/ this fails saying so.
 *
 * Others may rebuild dist/ while the tests run (astro build empties it first), so each test process
 * copies the build once, when it has been quiet for a moment, into a temporary folder next to a
 * copy of scripts/serve.ts (with src/ and node_modules/ linked), and runs the server from there.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { freePort } from './throwaway-postgres.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase as openDb, type DatabaseKind, type OpenDatabase } from '../../src/server/db/client.ts';
import { createEmptyPostgresDatabase } from './databases.ts';

const execFileAsync = promisify(execFile);

export const ROOT = resolve(import.meta.dirname, '..', '..');
const SERVE = join(ROOT, 'scripts', 'serve.ts');
const TRAINER = join(ROOT, 'scripts', 'trainer.ts');
const DIST = join(ROOT, 'dist');
const ENTRY = join(DIST, 'server', 'entry.mjs');
/** How long dist/ must have been unchanged before it is copied, and how long to wait for that. */
const QUIET_MS = 2000;
const BUILD_WAIT_MS = 90_000;

const START_TIMEOUT_MS = 30_000;
const LOG_LIMIT = 200_000;

export interface ApiServer {
  kind: DatabaseKind;
  /** http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  /** The environment the server runs with (PORT, HOST, SQLITE_FILE or DATABASE_URL, …). */
  env: Record<string, string>;
  /** The copy of dist/ this server serves (shared by the servers of one test process). */
  dist: string;
  /** The server's stdout and stderr so far (of every process started on this database). */
  logs(): string;
  /** SIGTERM and wait until the process has exited; the database stays. */
  stop(): Promise<void>;
  /** SIGKILL (a crash) and wait until the process is gone; the database stays. */
  kill(): Promise<void>;
  /** Starts the server again on the same database and port (stopping a running one first). */
  restart(): Promise<void>;
  /** Opens the server's database directly (e.g. to count rows); close it when done. */
  openDatabase(): Promise<OpenDatabase>;
  /** Stops the server and deletes its database. */
  dispose(): Promise<void>;
}

/** Fails with a clear message when the site has not been built. */
export function assertBuilt(): void {
  if (!existsSync(ENTRY)) {
    throw new Error(
      `The API tests run against the BUILT server, and ${ENTRY} does not exist. ` + 'Build first: ASTRO_TELEMETRY_DISABLED=1 npx astro build',
    );
  }
}

/** Every file under `dir` with its size and modification time, and the newest modification. */
function fingerprint(dir: string): { files: string; newest: number } {
  const lines: string[] = [];
  let newest = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path);
        newest = Math.max(newest, stat.mtimeMs);
        lines.push(`${path}\t${stat.size}\t${stat.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return { files: lines.sort().join('\n'), newest };
}

let snapshot: string | undefined;
/** Servers of this process using the snapshot; the last one to be disposed deletes it. */
let snapshotUsers = 0;

function releaseSnapshot(): void {
  if (--snapshotUsers > 0 || !snapshot) return;
  rmSync(snapshot, { recursive: true, force: true });
  snapshot = undefined;
}

/**
 * A folder holding a stable copy of the build (dist/), a copy of scripts/serve.ts, and links to src/
 * and node_modules/: serve.ts finds the build next to itself, as in the repository.
 */
async function builtSnapshot(): Promise<string> {
  if (snapshot) return snapshot;
  const deadline = Date.now() + BUILD_WAIT_MS;
  for (;;) {
    // No dist/ at all: nobody is building, so say what to do. An empty one: a build is running; wait.
    if (!existsSync(DIST)) assertBuilt();
    try {
      const before = existsSync(ENTRY) ? fingerprint(DIST) : undefined;
      if (before && Date.now() - before.newest > QUIET_MS) {
        const dir = mkdtempSync(join(tmpdir(), 'candystorm-build-'));
        cpSync(DIST, join(dir, 'dist'), { recursive: true });
        if (fingerprint(DIST).files === before.files) {
          mkdirSync(join(dir, 'scripts'));
          copyFileSync(SERVE, join(dir, 'scripts', 'serve.ts'));
          copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
          symlinkSync(join(ROOT, 'src'), join(dir, 'src'), 'dir');
          symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
          // Normally the last dispose() deletes it; this is for a process that ends without.
          process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
          snapshot = dir;
          return dir;
        }
        rmSync(dir, { recursive: true, force: true });
      }
    } catch {
      // dist/ changed under our feet: look again
    }
    if (Date.now() > deadline) {
      assertBuilt();
      throw new Error(`${DIST} kept changing for ${BUILD_WAIT_MS / 1000} s (is a build running?); the API tests need a finished build.`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}


/** The environment for the server and scripts/trainer.ts: only our database settings, nothing inherited. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    // Settings that would change which database or mode the server uses.
    if (['DATABASE_URL', 'SQLITE_FILE', 'PORT', 'HOST', 'REGISTRATION', 'NODE_OPTIONS', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'].includes(key)) continue;
    env[key] = value;
  }
  env['ASTRO_TELEMETRY_DISABLED'] = '1';
  return env;
}

export async function startApiServer(kind: DatabaseKind, options: { env?: Record<string, string>; /** postgres: this existing database (e.g. shared by two instances; not dropped) instead of a new one. */ databaseUrl?: string } = {}): Promise<ApiServer> {
  const home = await builtSnapshot();
  snapshotUsers++;
  const serve = join(home, 'scripts', 'serve.ts');
  const env = baseEnv();
  let cleanupDatabase: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'candystorm-api-'));
    env['SQLITE_FILE'] = join(dir, 'api.sqlite');
    cleanupDatabase = async () => rmSync(dir, { recursive: true, force: true });
  } else if (options.databaseUrl) {
    env['DATABASE_URL'] = options.databaseUrl;
    cleanupDatabase = async () => undefined;
  } else {
    const created = await createEmptyPostgresDatabase().catch((error: unknown) => {
      releaseSnapshot();
      throw error;
    });
    env['DATABASE_URL'] = created.url;
    cleanupDatabase = created.drop;
  }
  const port = await freePort();
  env['PORT'] = String(port);
  env['HOST'] = '127.0.0.1';
  Object.assign(env, options.env);
  const url = `http://127.0.0.1:${port}`;

  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let log = '';
  const append = (chunk: Buffer) => {
    log += chunk.toString('utf8');
    if (log.length > LOG_LIMIT) log = log.slice(-LOG_LIMIT);
  };

  async function launch(): Promise<void> {
    const started = Date.now();
    // The port was free a moment ago; after a kill it is free again at once (no TIME_WAIT on a listener).
    const proc = spawn(process.execPath, [serve], { cwd: home, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    proc.stdout!.on('data', append);
    proc.stderr!.on('data', append);
    let gone = false;
    exited = new Promise((resolveExit) => proc.once('exit', () => ((gone = true), resolveExit())));
    for (;;) {
      if (gone) throw new Error(`The server exited during start (exit code ${proc.exitCode}, signal ${proc.signalCode}):\n${log.slice(-4000)}`);
      if (Date.now() - started > START_TIMEOUT_MS) {
        proc.kill('SIGKILL');
        throw new Error(`The server did not answer GET /api/health within ${START_TIMEOUT_MS} ms:\n${log.slice(-4000)}`);
      }
      try {
        const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
        const body = (await response.json()) as { ok?: boolean; database?: string };
        if (response.status === 200 && body.ok) {
          if (body.database !== kind) throw new Error(`The server opened ${body.database}, expected ${kind}`);
          return;
        }
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('The server opened')) throw error;
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function signal(name: NodeJS.Signals): Promise<void> {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill(name);
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  await launch().catch(async (error: unknown) => {
    await cleanupDatabase();
    releaseSnapshot();
    throw error;
  });

  let disposed = false;
  const server: ApiServer = {
    kind,
    url,
    env,
    dist: join(home, 'dist'),
    logs: () => log,
    // The server closes keep-alive connections only when they go idle: allow it a few seconds.
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
    async restart() {
      await signal('SIGTERM');
      await launch();
    },
    openDatabase: () => (kind === 'sqlite' ? openDb({ url: '', sqliteFile: env['SQLITE_FILE']! }) : openDb({ url: env['DATABASE_URL']! })),
    async dispose() {
      if (disposed) return;
      disposed = true;
      await signal('SIGKILL');
      await cleanupDatabase();
      releaseSnapshot();
    },
  };
  return server;
}

/** Creates a trainer account with scripts/trainer.ts, on the database `env` names. */
export async function createTrainer(env: Record<string, string>, email: string, password: string): Promise<void> {
  try {
    await execFileAsync(process.execPath, [TRAINER, 'add', email], { cwd: ROOT, env: { ...env, TRAINER_PASSWORD: password } });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string };
    throw new Error(`scripts/trainer.ts add ${email} failed: ${e.stderr ?? ''}${e.stdout ?? ''}`, { cause: error });
  }
}

export interface ApiOptions {
  method?: string;
  /** Sent as JSON with content-type application/json. */
  json?: unknown;
  /** A raw body (give the content-type in `headers`). */
  body?: string | Uint8Array | ReadableStream<Uint8Array>;
  /** Sent as application/x-www-form-urlencoded, like an HTML form. */
  form?: Record<string, string>;
  /** The Cookie header, e.g. from signIn(). */
  cookie?: string;
  /** A learner's device token: Authorization: Bearer <token>. */
  bearer?: string;
  headers?: Record<string, string>;
  /** Connect from this local address (127.x.y.z) instead of 127.0.0.1: another "client" for rate limits. */
  from?: string;
  /**
   * The Origin header. Default: for POST/PUT/PATCH/DELETE the server's own origin, as a browser on
   * the site sends it (Astro refuses body-less or form requests without it); false sends none.
   */
  origin?: string | false;
}

export interface ApiResponse<T = any> {
  status: number;
  /** The parsed body when it is JSON, else undefined. */
  json: T;
  text: string;
  headers: Headers;
}

function requestHeaders(url: string, method: string, options: ApiOptions): { headers: Record<string, string>; body: ApiOptions['body'] } {
  const headers: Record<string, string> = {};
  const origin = options.origin ?? (['GET', 'HEAD', 'OPTIONS'].includes(method) ? false : new URL(url).origin);
  if (origin !== false) headers['origin'] = origin;
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  }
  if (options.cookie) headers['cookie'] = options.cookie;
  if (options.bearer) headers['authorization'] = `Bearer ${options.bearer}`;
  Object.assign(headers, options.headers);
  return { headers, body };
}

function parse(status: number, text: string, headers: Headers): ApiResponse {
  let json: unknown;
  if ((headers.get('content-type') ?? '').includes('application/json') && text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status, json, text, headers };
}

/** One HTTP request to the server; never follows redirects. */
export async function api<T = any>(url: string, path: string, options: ApiOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? (options.json !== undefined || options.body !== undefined || options.form ? 'POST' : 'GET');
  const { headers, body } = requestHeaders(url, method, options);
  if (options.from) return viaNodeHttp(url, path, method, headers, body, options.from);
  const response = await fetch(url + path, {
    method,
    headers,
    body: body as BodyInit | undefined,
    redirect: 'manual',
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await response.text();
  return parse(response.status, text, response.headers);
}

/** node:http, for requests from another local address (fetch cannot choose one without undici). */
function viaNodeHttp(url: string, path: string, method: string, headers: Record<string, string>, body: ApiOptions['body'], from: string): Promise<ApiResponse> {
  if (body instanceof ReadableStream) throw new Error('api(): `from` does not support a stream body');
  return new Promise((resolveResponse, reject) => {
    const target = new URL(path, url);
    const req = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method, headers, localAddress: from, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => resolveResponse(parse(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), toHeaders(res.headers))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/** Signs a trainer in and returns the Cookie header value (`cs_session=…`). */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`sign-in as ${email} answered ${response.status}: ${text}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('cs_session='));
  if (!cookie) throw new Error(`sign-in as ${email} set no cs_session cookie`);
  return cookie;
}

/** Runs `fn` over `items` with at most `limit` in flight; results in the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
