/**
 * The trainer's class dashboard (GET /api/classes/<id>) against the BUILT server on a fresh SQLite
 * file: a class of 40 learners with modules 1-10 assigned and 3 valid runs per learner and
 * assignment (1,200 runs, sent through POST /api/runs, so the server replays and stores them as in
 * use), then 20 warm-up requests and 200 measured ones, one after another, with the trainer's
 * cookie and a browser's Accept-Encoding.
 *
 * Alone: `node scripts/bench/dashboard.ts [--requests=200] [--cpu-prof=<dir>]` (needs dist/).
 */
import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { resolve } from 'node:path';
import { completePaths, scenariosOfModule, setUpClass, startServer } from './bench-server.ts';
import { waitForQuietMachine } from './ingest.ts';
import { percentile } from './load-runs.ts';
import { parseCliArgs } from '../cli-args.ts';

export interface DashboardResult {
  learners: number;
  assignments: number;
  runsPerAssignment: number;
  runs: number;
  warmup: number;
  requests: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** The answer's size as sent (Content-Encoding) and its JSON size. */
  responseBytes: { encoded: number; json: number; encoding: string };
  /** How long the benchmark waited for other processes to calm down before measuring. */
  waitedForQuietSeconds: number;
}

const MODULES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const round = (ms: number) => Math.round(ms * 100) / 100;

function get(agent: Agent, origin: URL, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: Buffer; encoding: string }>((done, fail) => {
    const req = httpRequest({ host: origin.hostname, port: origin.port, path, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), encoding: String(res.headers['content-encoding'] ?? 'identity') }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

export async function measureDashboard(options: { learners?: number; runsPerAssignment?: number; warmup?: number; requests?: number; cpuProfDir?: string | undefined; quietWaitSeconds?: number } = {}): Promise<DashboardResult> {
  const learners = options.learners ?? 40;
  const runsPerAssignment = options.runsPerAssignment ?? 3;
  const warmup = options.warmup ?? 20;
  const requests = options.requests ?? 200;

  // Per module: its scenarios, each with several complete paths.
  const choices = MODULES.map((module) =>
    scenariosOfModule(module).map((scenario) => ({ scenarioId: scenario.id, scenarioVersion: scenario.version, paths: completePaths(scenario, 8) })),
  );
  if (choices.some((c) => c.length === 0)) throw new Error('every module 1-10 needs a scenario');

  const server = await startServer({ cpuProfDir: options.cpuProfDir });
  try {
    const { cookie, classId, tokens } = await setUpClass(server.origin, MODULES, learners);

    // 3 runs per learner and assignment, spread over the module's scenarios and paths.
    const submissions: { token: string; body: string }[] = [];
    const finishedAt = new Date().toISOString();
    tokens.forEach((token, l) => {
      MODULES.forEach((_, m) => {
        for (let k = 0; k < runsPerAssignment; k++) {
          const scenarios = choices[m]!;
          const s = scenarios[(l + k) % scenarios.length]!;
          const path = s.paths[(l * 3 + k * 5 + m) % s.paths.length]!;
          submissions.push({ token, body: JSON.stringify({ id: randomUUID(), scenarioId: s.scenarioId, scenarioVersion: s.scenarioVersion, path, finishedAt }) });
        }
      });
    });
    let nextRun = 0;
    const sender = async () => {
      while (nextRun < submissions.length) {
        const { token, body } = submissions[nextRun++]!;
        const res = await fetch(`${server.origin}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
        const text = await res.text();
        if (res.status !== 201) throw new Error(`seeding a run answered ${res.status}: ${text.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: 20 }, sender));

    const waitedForQuietSeconds = await waitForQuietMachine(options.quietWaitSeconds ?? 30);
    const origin = new URL(server.origin);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const headers = { cookie, accept: 'application/json', 'accept-encoding': 'gzip, deflate, br, zstd' };
    const path = `/api/classes/${classId}`;
    const times: number[] = [];
    let last: Awaited<ReturnType<typeof get>> | undefined;
    for (let i = 0; i < warmup + requests; i++) {
      const t0 = performance.now();
      last = await get(agent, origin, path, headers);
      const t1 = performance.now();
      if (last.status !== 200) throw new Error(`the dashboard answered ${last.status}: ${last.body.toString().slice(0, 300)}`);
      if (i >= warmup) times.push(t1 - t0);
    }
    agent.destroy();

    // Check the last answer is the whole class, and how large it is unencoded.
    const plain = await fetch(`${server.origin}${path}`, { headers: { cookie } });
    const json = await plain.text();
    const data = JSON.parse(json) as { learners: { assignments: { runs: number }[] }[] };
    const counted = data.learners.reduce((sum, l) => sum + l.assignments.reduce((s, a) => s + a.runs, 0), 0);
    if (data.learners.length !== learners || counted !== submissions.length) {
      throw new Error(`the dashboard shows ${data.learners.length} learners and ${counted} runs; expected ${learners} and ${submissions.length}`);
    }

    const sorted = Float64Array.from(times).sort();
    return {
      learners,
      assignments: MODULES.length,
      runsPerAssignment,
      runs: submissions.length,
      warmup,
      requests,
      latencyMs: {
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        p99: round(percentile(sorted, 99)),
        max: round(sorted[sorted.length - 1] ?? 0),
        mean: round(times.reduce((a, b) => a + b, 0) / times.length),
      },
      responseBytes: { encoded: last!.body.length, json: Buffer.byteLength(json), encoding: last!.encoding },
      waitedForQuietSeconds,
    };
  } finally {
    await server.stop();
  }
}

export function formatDashboard(r: DashboardResult): string {
  return (
    `dashboard (${r.learners} learners, ${r.assignments} assignments, ${r.runs} runs): ${r.requests} sequential GETs, ` +
    `p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms; ` +
    `answer ${(r.responseBytes.json / 1024).toFixed(1)} KB JSON, ${(r.responseBytes.encoded / 1024).toFixed(1)} KB ${r.responseBytes.encoding}`
  );
}

if (import.meta.main) {
  const { options } = parseCliArgs({
    usage: `Usage: node scripts/bench/dashboard.ts [--requests=200] [--cpu-prof=<dir>]   (needs dist/)
Times the trainer's class dashboard on the built server: 40 learners, 1,200 runs, then the
measured requests one after another; --cpu-prof writes the server's CPU profile to <dir>.`,
    options: { requests: 'number', 'cpu-prof': 'text' },
  });
  const cpuProf = options.get('cpu-prof');
  console.log(formatDashboard(await measureDashboard({ requests: Number(options.get('requests') ?? 200), cpuProfDir: cpuProf ? resolve(cpuProf) : undefined })));
}
