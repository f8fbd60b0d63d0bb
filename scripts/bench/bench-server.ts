/**
 * The built server the benchmarks run against, and the data they need: a snapshot of dist/ served
 * by scripts/serve.ts on a temporary SQLite file and a free port, a trainer with a class and
 * learners made through the API, and complete paths through real scenarios (found with the engine).
 * Used by the ingest, dashboard, page-transfer, first-choice and Lighthouse benchmarks.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { checkScenario, choicesNow, choose, startRun, type Run, type Scenario } from '../../src/engine/index.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const TRAINER_EMAIL = 'bench@example.org';
export const TRAINER_PASSWORD = 'bench-password-123';

// ---------------------------------------------------------------------------------------------
// Scenarios and complete paths

export function loadScenario(id: string): Scenario {
  const result = checkScenario(parse(readFileSync(join(ROOT, 'content', 'scenarios', `${id}.yaml`), 'utf8')), id);
  if (!result.ok) throw new Error(`scenario ${id} does not pass the checker`);
  return result.scenario;
}

/** Every scenario id of a module (from content/scenarios), in id order. */
export function scenariosOfModule(module: number): Scenario[] {
  const ids = readdirScenarioIds();
  return ids.map(loadScenario).filter((s) => s.module === module);
}

function readdirScenarioIds(): string[] {
  return readdirSync(join(ROOT, 'content', 'scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

/**
 * Up to `limit` distinct complete paths (choice ids from the start to an ending), by depth-first
 * search with choicesNow/choose; a (node, state) already on the current path is not entered again.
 */
export function completePaths(scenario: Scenario, limit = 12): string[][] {
  const paths: string[][] = [];
  const onPath = new Set<string>();
  const visit = (run: Run): void => {
    if (paths.length >= limit) return;
    if (run.ended) {
      paths.push(run.steps.map((s) => s.choiceId));
      return;
    }
    const key = `${run.nodeId}|${JSON.stringify(run.state)}`;
    if (onPath.has(key)) return;
    onPath.add(key);
    for (const choice of choicesNow(scenario, run)) {
      const next = choose(scenario, run, choice.id);
      if (next.ok) visit(next.run);
    }
    onPath.delete(key);
  };
  visit(startRun(scenario));
  if (paths.length === 0) throw new Error(`no complete path through ${scenario.id}`);
  return paths;
}

// ---------------------------------------------------------------------------------------------
// The server

/** CPU seconds (user + system) a process has used so far, from /proc (Linux): load-independent cost. */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export interface BenchServer {
  origin: string;
  pid: number;
  dbFile: string;
  /** The RunWriter's commit counter in the server process (read over IPC). */
  commits(): Promise<number>;
  /** SIGTERM, then waits for the exit (SIGKILL to this pid after 10 s). */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Every file under `dir` with size and modification time, and the newest modification. */
function fingerprint(dir: string): { files: string; newest: number } {
  const lines: string[] = [];
  let newest = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const stat = statSync(join(dir, name));
    if (!stat.isFile()) continue;
    newest = Math.max(newest, stat.mtimeMs);
    lines.push(`${name}\t${stat.size}\t${stat.mtimeMs}`);
  }
  return { files: lines.join('\n'), newest };
}

let snapshot: string | undefined;

/**
 * A stable copy of the build: others working in this repository may rebuild dist/ (astro build
 * empties it first) while the server runs, and the server loads route code lazily. The copy holds
 * dist/, scripts/serve.ts and package.json, with src/ and node_modules/ linked, so serve.ts finds the
 * build next to itself as in the repository (the same approach as tests/support/api-server.ts).
 */
async function builtSnapshot(): Promise<string> {
  if (snapshot) return snapshot;
  const dist = join(ROOT, 'dist');
  const entry = join(dist, 'server', 'entry.mjs');
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const before = existsSync(entry) ? fingerprint(dist) : undefined;
      if (before && Date.now() - before.newest > 2000) {
        const dir = mkdtempSync(join(tmpdir(), 'candystorm-bench-build-'));
        cpSync(dist, join(dir, 'dist'), { recursive: true });
        if (fingerprint(dist).files === before.files) {
          mkdirSync(join(dir, 'scripts'));
          copyFileSync(join(ROOT, 'scripts', 'serve.ts'), join(dir, 'scripts', 'serve.ts'));
          copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
          symlinkSync(join(ROOT, 'src'), join(dir, 'src'), 'dir');
          symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
          process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
          return (snapshot = dir);
        }
        rmSync(dir, { recursive: true, force: true });
      }
    } catch {
      // dist/ changed while it was read: look again
    }
    if (Date.now() > deadline) {
      throw new Error(existsSync(entry) ? 'dist/ kept changing for 90 s (is a build running?)' : 'dist/server/entry.mjs is missing: build first (npm run build).');
    }
    await new Promise((done) => setTimeout(done, 500));
  }
}

/**
 * Starts the built server on a fresh SQLite file. `env` overrides its environment, e.g. to measure
 * with the default limits (an empty value means the default) or another PASSWORD_HASHES_AT_ONCE.
 */
export async function startServer(options: { cpuProfDir?: string | undefined; env?: Record<string, string>; /** false: a second instance on a database that has the trainer already. */ addTrainer?: boolean } = {}): Promise<BenchServer> {
  const build = await builtSnapshot();
  const dir = mkdtempSync(join(tmpdir(), 'candystorm-bench-'));
  const dbFile = join(dir, 'bench.sqlite');
  const port = await freePort();
  // The bench's learners all come from one address and send far more runs than a class would:
  // the per-address and per-learner limits would measure the limits, not the server.
  const env = { ...process.env, DATABASE_URL: '', SQLITE_FILE: dbFile, PORT: String(port), HOST: '127.0.0.1', ASTRO_TELEMETRY_DISABLED: '1', JOINS_PER_ADDRESS: '100000', RUNS_PER_LEARNER: '1000000', ...options.env };
  delete (env as Record<string, string | undefined>)['REGISTRATION'];

  if (options.addTrainer ?? true) {
    const trainer = spawnSync(process.execPath, [join(ROOT, 'scripts', 'trainer.ts'), 'add', TRAINER_EMAIL], {
      cwd: ROOT,
      env: { ...env, TRAINER_PASSWORD },
      encoding: 'utf8',
    });
    if (trainer.status !== 0) throw new Error(`creating the trainer failed: ${trainer.stderr}${trainer.stdout}`);
  }

  // serve.ts answers the 'commits' probe over the IPC channel (its app's run writer).
  const args: string[] = [];
  if (options.cpuProfDir) args.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`);
  const child: ChildProcess = spawn(process.execPath, [...args, join(build, 'scripts', 'serve.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let probes = 0;

  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start within 30 s:\n${output}`)), 30_000);
    const check = () => {
      if (/being served at/.test(output)) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        ready();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the server exited (${code}) before listening:\n${output}`));
    });
  });

  return {
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    dbFile,
    commits: () =>
      new Promise((done) => {
        const seq = ++probes;
        const answer = (m: unknown) => {
          const reply = m as { probe?: string; seq?: number; commits: number };
          if (reply.probe !== 'commits' || reply.seq !== seq) return;
          child.off('message', answer);
          done(reply.commits);
        };
        child.on('message', answer);
        child.send({ probe: 'commits', seq });
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(killer);
      }
      if (/Error|error/.test(output) && process.env['BENCH_VERBOSE']) console.error(output);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Setting up a class through the API

async function api(origin: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${origin}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return { res, data: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export interface BenchClass {
  cookie: string;
  classId: string;
  tokens: string[];
}

/** Signs the trainer in, creates a class, assigns `modules`, and joins `learners` learners. */
export async function setUpClass(origin: string, modules: number[], learners: number): Promise<BenchClass> {
  const signIn = await api(origin, 'POST', '/api/auth/sign-in', { email: TRAINER_EMAIL, password: TRAINER_PASSWORD });
  const cookie = signIn.res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('cs_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  const auth = { cookie };
  const created = await api(origin, 'POST', '/api/classes', { name: 'Bench class' }, auth);
  const cls = created.data['class'] as { id: string; joinCode: string };
  for (const module of modules) await api(origin, 'POST', `/api/classes/${cls.id}/assignments`, { module }, auth);
  const tokens: string[] = [];
  // A few at a time: each join is one crash-safe commit.
  for (let i = 0; i < learners; i += 10) {
    const batch = Array.from({ length: Math.min(10, learners - i) }, (_, k) => i + k);
    const joined = await Promise.all(batch.map((n) => api(origin, 'POST', '/api/join', { code: cls.joinCode, pseudonym: `Learner ${n + 1}` })));
    tokens.push(...joined.map((j) => j.data['token'] as string));
  }
  return { cookie, classId: cls.id, tokens };
}
