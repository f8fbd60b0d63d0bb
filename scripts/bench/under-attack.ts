/**
 * The server under the two floods issue 11 found, against the BUILT server (bench-server.ts):
 *
 * - Sign-in burst: 24 trainers sign in again and again at once (each from its own loopback address,
 *   so no address limit interferes), while a lesson page is fetched 20 times one after the other.
 *   Measured once with password hashing unbounded (PASSWORD_HASHES_AT_ONCE=1000: every hash goes to
 *   libuv's thread pool at once, as before issue 11) and once with the default (1 at a time), so the
 *   figures show what the bound changes. Every sign-in must be answered.
 * - Run flood: one learner token posts runs as fast as 8 connections allow for a few seconds with the
 *   default per-learner limit (RUNS_PER_LEARNER unset): how many were stored, how many got 429, how
 *   long /api/health takes meanwhile, and how big that learner's trainer page is afterwards.
 *
 * Alone: `node scripts/bench/under-attack.ts [--json]` (needs dist/).
 */
import { Agent, request as httpRequest } from 'node:http';
import { DatabaseSync } from 'node:sqlite';
import { hashPassword } from '../../src/server/auth/password.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { DEFAULT_LIMITS } from '../../src/server/limit-settings.ts';
import { insertTrainer } from '../../src/server/repos/trainers.ts';
import { parseCliArgs } from '../cli-args.ts';
import { completePaths, loadScenario, setUpClass, startServer, type BenchServer } from './bench-server.ts';

/** A lesson page: static HTML read from dist/client by the server. */
export const STATIC_PAGE = '/module/deeskalieren/';
const SIGN_IN_WORKERS = 24;
const PAGE_FETCHES = 20;
/** The page fetches stop after this long even if fewer than 20 were answered; one fetch waits this long at most. */
const PAGE_BUDGET_MS = 30_000;
const FLOOD_SECONDS = 5;
const FLOOD_CONNECTIONS = 8;
const BURST_PASSWORD = 'burst-password-123';

/** Targets the figures are printed beside. */
export const ATTACK_TARGETS = { staticP95Ms: 250, healthP95Ms: 100, learnerPageBytes: 1024 * 1024, learnerPageMs: 500 } as const;

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : 0);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { count: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1) ?? 0) };
}

/** One request over a fresh connection from `localAddress`; resolves with status and body size, never rejects. */
/**
 * One request; resolves with status, body size and time, never rejects (status 0: no answer, or none
 * within `timeoutMs`). A fresh connection unless an `agent` is given.
 */
function send(origin: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string; timeoutMs?: number; agent?: Agent } = {}): Promise<{ status: number; bytes: number; ms: number }> {
  const url = new URL(path, origin);
  const start = performance.now();
  return new Promise((done) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'GET',
        headers: { ...options.headers, ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}) },
        agent: options.agent ?? false,
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => done({ status: res.statusCode ?? 0, bytes, ms: performance.now() - start }));
        res.on('error', () => done({ status: 0, bytes, ms: performance.now() - start }));
        // Cut off mid-body (the deadline): no 'end', so no answer.
        res.on('close', () => done({ status: res.complete ? (res.statusCode ?? 0) : 0, bytes, ms: performance.now() - start }));
      },
    );
    req.on('error', () => done({ status: 0, bytes: 0, ms: performance.now() - start }));
    // A deadline for the whole answer (a socket timeout would restart with every chunk of the body).
    if (options.timeoutMs) {
      const deadline = setTimeout(() => req.destroy(), options.timeoutMs);
      req.on('close', () => clearTimeout(deadline));
    }
    req.end(options.body);
  });
}

const tally = (statuses: number[]) => statuses.reduce<Record<string, number>>((out, s) => ((out[String(s)] = (out[String(s)] ?? 0) + 1), out), {});

// ---------------------------------------------------------------------------------------------
// Sign-in burst

/** One server set-up the burst runs against. */
export interface BurstConfig {
  label: string;
  passwordHashesAtOnce: number;
  /** UV_THREADPOOL_SIZE for the server (libuv's default is 4). */
  uvThreadpoolSize?: number;
}

/** What `npm run bench` compares: hashing as before issue 11, and the default bound. */
export const BURST_CONFIGS: readonly BurstConfig[] = [
  { label: 'unbounded (before)', passwordHashesAtOnce: 1000 },
  { label: '1 at a time (default)', passwordHashesAtOnce: 1 },
];

export interface SignInBurstRow extends BurstConfig {
  /** The lesson page, 20 GETs one after the other while the burst runs (fewer if they took over 30 s). */
  pageMs: Latency;
  /** Page fetches given up after 30 s without an answer (counted in pageMs at 30 s). */
  pageTimeouts: number;
  /** Sign-ins answered during the measurement, by status; all must be answered (no 0 = no answer). */
  signIns: { answered: number; statuses: Record<string, number>; ms: Latency };
}

export interface SignInBurstResult {
  page: string;
  workers: number;
  /** The lesson page with no sign-ins running (the first server). */
  idlePageMs: Latency;
  rows: SignInBurstRow[];
}

async function pageTimes(origin: string): Promise<{ times: number[]; timeouts: number }> {
  const times: number[] = [];
  let timeouts = 0;
  const start = performance.now();
  while (times.length < PAGE_FETCHES && performance.now() - start < PAGE_BUDGET_MS) {
    const res = await send(origin, STATIC_PAGE, { timeoutMs: PAGE_BUDGET_MS });
    if (res.status === 0) timeouts += 1;
    else if (res.status !== 200) throw new Error(`GET ${STATIC_PAGE} answered ${res.status}`);
    times.push(res.ms);
  }
  return { times, timeouts };
}

async function burstOn(server: BenchServer, config: BurstConfig): Promise<{ row: SignInBurstRow; idle: number[] }> {
  // 24 accounts with one shared hash, written straight into the database before the burst.
  const open = await openDatabase({ sqliteFile: server.dbFile });
  const hash = await hashPassword(BURST_PASSWORD);
  for (let i = 0; i < SIGN_IN_WORKERS; i++) await insertTrainer(open.db, `burst${i}@example.org`, hash);
  await open.close();

  for (let i = 0; i < 3; i++) await send(server.origin, STATIC_PAGE); // warm the file cache and the route
  const idle = (await pageTimes(server.origin)).times;

  let stop = false;
  const statuses: number[] = [];
  const signInMs: number[] = [];
  const workers = Array.from({ length: SIGN_IN_WORKERS }, async (_, i) => {
    const body = JSON.stringify({ email: `burst${i}@example.org`, password: BURST_PASSWORD });
    while (!stop) {
      const res = await send(server.origin, '/api/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body, localAddress: `127.0.2.${i + 1}` });
      statuses.push(res.status);
      signInMs.push(res.ms);
    }
  });
  // Let the first wave reach the server before the page is asked for.
  await new Promise((done) => setTimeout(done, 300));
  const during = await pageTimes(server.origin);
  stop = true;
  await Promise.all(workers);
  return {
    idle,
    row: { ...config, pageMs: latency(during.times), pageTimeouts: during.timeouts, signIns: { answered: statuses.filter((s) => s !== 0).length, statuses: tally(statuses), ms: latency(signInMs) } },
  };
}

/** The lesson page during a sign-in burst, unbounded hashing (as before issue 11) and bounded (the default). */
export async function measureSignInBurst(configs: readonly BurstConfig[] = BURST_CONFIGS): Promise<SignInBurstResult> {
  const rows: SignInBurstRow[] = [];
  let idlePageMs: Latency | undefined;
  for (const config of configs) {
    const env: Record<string, string> = { PASSWORD_HASHES_AT_ONCE: String(config.passwordHashesAtOnce) };
    if (config.uvThreadpoolSize) env['UV_THREADPOOL_SIZE'] = String(config.uvThreadpoolSize);
    const server = await startServer({ env });
    try {
      const { row, idle } = await burstOn(server, config);
      idlePageMs ??= latency(idle);
      rows.push(row);
    } finally {
      await server.stop();
    }
  }
  return { page: STATIC_PAGE, workers: SIGN_IN_WORKERS, idlePageMs: idlePageMs!, rows };
}

// ---------------------------------------------------------------------------------------------
// Run flood from one learner

export interface RunFloodResult {
  seconds: number;
  connections: number;
  requests: number;
  statuses: Record<string, number>;
  /** Runs of the flooding learner in the database afterwards. */
  stored: number;
  refused429: number;
  /** GET /api/health one after the other before the flood (20 times) and during it (every 50 ms). */
  idleHealthMs: Latency;
  healthMs: Latency;
  /** The learner's page on the trainer side afterwards. */
  learnerPage: { bytes: number; ms: number; status: number };
}

export async function measureRunFlood(): Promise<RunFloodResult> {
  const scenario = loadScenario('paket-verspaetet');
  const paths = completePaths(scenario, 12);
  // The default per-learner limit (an empty value means the default) and default joins per address.
  const server = await startServer({ env: { RUNS_PER_LEARNER: '', JOINS_PER_ADDRESS: '' } });
  try {
    const { cookie, classId, tokens } = await setUpClass(server.origin, [scenario.module], 1);
    const token = tokens[0]!;
    const me = await fetch(`${server.origin}/api/learner`, { headers: { authorization: `Bearer ${token}` } });
    const learnerId = ((await me.json()) as { learner: { id: string } }).learner.id;

    const idleHealth: number[] = [];
    for (let i = 0; i < 20; i++) idleHealth.push((await send(server.origin, '/api/health')).ms);
    const statuses: number[] = [];
    const healthMs: number[] = [];
    const end = performance.now() + FLOOD_SECONDS * 1000;
    const finishedAt = new Date().toISOString();
    // Kept-alive connections: the flood is as fast as one client can make it.
    const agent = new Agent({ keepAlive: true, maxSockets: FLOOD_CONNECTIONS });
    let n = 0;
    const flooders = Array.from({ length: FLOOD_CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const path = paths[n++ % paths.length]!;
        const body = JSON.stringify({ id: crypto.randomUUID(), scenarioId: scenario.id, scenarioVersion: scenario.version, path, finishedAt });
        const res = await send(server.origin, '/api/runs', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body, agent });
        statuses.push(res.status);
      }
    });
    const health = (async () => {
      while (performance.now() < end) {
        const res = await send(server.origin, '/api/health');
        if (res.status !== 200) throw new Error(`/api/health answered ${res.status}`);
        healthMs.push(res.ms);
        await new Promise((done) => setTimeout(done, 50));
      }
    })();
    await Promise.all([...flooders, health]);
    agent.destroy();

    const sqlite = new DatabaseSync(server.dbFile, { readOnly: true });
    const stored = Number((sqlite.prepare('SELECT count(*) AS n FROM runs WHERE learner_id = ?').get(learnerId) as { n: number }).n);
    sqlite.close();
    const page = await send(server.origin, `/trainer/klasse/${classId}/lernende/${learnerId}`, { headers: { cookie } });
    return {
      seconds: FLOOD_SECONDS,
      connections: FLOOD_CONNECTIONS,
      requests: statuses.length,
      statuses: tally(statuses),
      stored,
      refused429: statuses.filter((s) => s === 429).length,
      idleHealthMs: latency(idleHealth),
      healthMs: latency(healthMs),
      learnerPage: { bytes: page.bytes, ms: Math.round(page.ms), status: page.status },
    };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Printing

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const ms = (l: Latency) => `p50 ${l.p50} ms, p95 ${l.p95} ms, max ${l.max} ms (${l.count} requests)`;

/** Lines for the bench's output, figures beside their targets. */
export function describeAttacks(burst: SignInBurstResult | undefined, flood: RunFloodResult | undefined, runsPerLearner: number): string[] {
  const lines: string[] = [];
  if (burst) {
    lines.push(`\nLesson page ${burst.page} during ${burst.workers} parallel sign-ins (each signs in again at once; built server, SQLite):`);
    lines.push(`  ${'idle (no sign-ins)'.padEnd(24)} ${ms(burst.idlePageMs)}`);
    for (const r of burst.rows) {
      const unanswered = r.signIns.statuses['0'] ?? 0;
      lines.push(
        `  ${r.label.padEnd(24)} ${ms(r.pageMs)}${r.pageTimeouts ? `, ${r.pageTimeouts} not answered within ${PAGE_BUDGET_MS / 1000} s (counted at ${PAGE_BUDGET_MS / 1000} s)` : ''} (target p95 ≤ ${ATTACK_TARGETS.staticP95Ms}: ${verdict(r.pageMs.p95 <= ATTACK_TARGETS.staticP95Ms && r.pageTimeouts === 0)}); ` +
          `sign-ins answered ${r.signIns.answered}, unanswered ${unanswered} (target 0: ${verdict(unanswered === 0)}), statuses ${JSON.stringify(r.signIns.statuses)}, sign-in p50 ${r.signIns.ms.p50} ms, max ${r.signIns.ms.max} ms`,
      );
    }
  }
  if (flood) {
    lines.push(`\nOne learner floods POST /api/runs for ${flood.seconds} s over ${flood.connections} connections (default limit: ${runsPerLearner} runs per 10 minutes):`);
    lines.push(`  ${'runs stored'.padEnd(24)} ${flood.stored} of ${flood.requests} sent (target ≤ ${runsPerLearner}: ${verdict(flood.stored <= runsPerLearner)}); 429 answers ${flood.refused429}; statuses ${JSON.stringify(flood.statuses)}`);
    lines.push(`  ${'/api/health meanwhile'.padEnd(24)} ${ms(flood.healthMs)} (target p95 ≤ ${ATTACK_TARGETS.healthP95Ms}: ${verdict(flood.healthMs.p95 <= ATTACK_TARGETS.healthP95Ms)}); before the flood p50 ${flood.idleHealthMs.p50} ms, p95 ${flood.idleHealthMs.p95} ms`);
    const p = flood.learnerPage;
    lines.push(
      `  ${"learner's trainer page".padEnd(24)} ${(p.bytes / 1024).toFixed(1)} KB in ${p.ms} ms, status ${p.status} (target ≤ ${ATTACK_TARGETS.learnerPageBytes / 1024} KB and ≤ ${ATTACK_TARGETS.learnerPageMs} ms: ${verdict(p.status === 200 && p.bytes <= ATTACK_TARGETS.learnerPageBytes && p.ms <= ATTACK_TARGETS.learnerPageMs)})`,
    );
  }
  return lines;
}

if (import.meta.main) {
  const { flags } = parseCliArgs({
    usage: `Usage: node scripts/bench/under-attack.ts [--json] [--more] [--no-flood]   (needs dist/)
A lesson page during 24 parallel sign-ins (hashing unbounded and bounded), and one learner flooding
POST /api/runs under the default per-learner limit.
  --more       also 2 hashes at once, and unbounded with UV_THREADPOOL_SIZE=16
  --no-flood   only the sign-in burst`,
    flags: ['--json', '--more', '--no-flood'],
  });
  const more: BurstConfig[] = [
    { label: '2 at a time', passwordHashesAtOnce: 2 },
    { label: 'unbounded, 16 threads', passwordHashesAtOnce: 1000, uvThreadpoolSize: 16 },
  ];
  const burst = await measureSignInBurst(flags.has('--more') ? [...BURST_CONFIGS, ...more] : BURST_CONFIGS);
  const flood = flags.has('--no-flood') ? undefined : await measureRunFlood();
  for (const line of describeAttacks(burst, flood, DEFAULT_LIMITS.runsPerLearner)) console.log(line);
  if (flags.has('--json')) console.log(JSON.stringify({ burst, flood }, null, 2));
}
