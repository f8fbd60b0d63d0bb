/**
 * The class page (GET /trainer/klasse/<id>/, server-rendered HTML) against the BUILT server on a
 * fresh SQLite file, as a trainer sees it while teaching: 30 learners, 5 assignments (modules 1, 7,
 * 8, 9 and 10, one scenario each), every learner with one run per assignment sent through POST
 * /api/runs (so the server replays and stores them as in use) and a progress report for a second
 * round of the first, so every cell has scores and the grid shows "playing". Then 20 warm-up
 * requests and 200 measured ones, one after another, with the trainer's cookie and a browser's
 * Accept-Encoding. Target (issue 14): p95 under 50 ms.
 *
 * Alone: `node scripts/bench/class-page.ts [--requests=200] [--cpu-prof=<dir>]` (needs dist/).
 */
import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { completePaths, cpuSecondsOf, scenariosOfModule, setUpClass, startServer } from './bench-server.ts';
import { waitForQuietMachine } from './ingest.ts';
import { percentile } from './load-runs.ts';
import { parseCliArgs } from '../cli-args.ts';

export interface ClassPageResult {
  learners: number;
  assignments: number;
  runs: number;
  warmup: number;
  requests: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** The page's size as sent (Content-Encoding) and as HTML. */
  responseBytes: { encoded: number; html: number; encoding: string };
  waitedForQuietSeconds: number;
  /**
   * The server's CPU time per measured request: unlike the latency it hardly depends on what else
   * runs on the machine, so it says what a quiet core would take (latency ≈ this plus the network).
   */
  serverCpuMsPerRequest: number;
  /** The machine's 1-minute load average at the end of the measured requests. */
  loadAverage: number;
}

/** Modules with exactly one scenario: five assignments. */
const MODULES = [1, 7, 8, 9, 10];
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

async function post(origin: string, path: string, token: string, body: unknown, expected: number): Promise<void> {
  const res = await fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  const text = await res.text();
  if (res.status !== expected) throw new Error(`POST ${path} answered ${res.status}: ${text.slice(0, 300)}`);
}

export async function measureClassPage(options: { learners?: number; warmup?: number; requests?: number; cpuProfDir?: string | undefined; quietWaitSeconds?: number } = {}): Promise<ClassPageResult> {
  const learners = options.learners ?? 30;
  const warmup = options.warmup ?? 20;
  const requests = options.requests ?? 200;
  const scenarios = MODULES.map((module) => {
    const [scenario, ...more] = scenariosOfModule(module);
    if (!scenario || more.length) throw new Error(`module ${module} must have exactly one scenario for this bench`);
    return { scenarioId: scenario.id, scenarioVersion: scenario.version, paths: completePaths(scenario, 8) };
  });

  const server = await startServer({ cpuProfDir: options.cpuProfDir });
  try {
    const { cookie, classId, tokens } = await setUpClass(server.origin, MODULES, learners);
    let runs = 0;
    const finishedAt = new Date().toISOString();
    await Promise.all(
      tokens.map(async (token, l) => {
        for (const [m, s] of scenarios.entries()) {
          await post(server.origin, '/api/runs', token, { id: randomUUID(), scenarioId: s.scenarioId, scenarioVersion: s.scenarioVersion, path: s.paths[(l + m) % s.paths.length], finishedAt }, 201);
          runs++;
        }
        await post(server.origin, '/api/progress', token, { scenarioId: scenarios[0]!.scenarioId, decision: 2, decisions: 4 }, 204);
      }),
    );

    const waitedForQuietSeconds = await waitForQuietMachine(options.quietWaitSeconds ?? 30);
    const origin = new URL(server.origin);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const headers = { cookie, accept: 'text/html', 'accept-encoding': 'gzip, deflate, br, zstd' };
    const path = `/trainer/klasse/${classId}/`;
    const times: number[] = [];
    let last: Awaited<ReturnType<typeof get>> | undefined;
    let cpuBefore = 0;
    for (let i = 0; i < warmup + requests; i++) {
      if (i === warmup) cpuBefore = cpuSecondsOf(server.pid);
      const t0 = performance.now();
      last = await get(agent, origin, path, headers);
      const t1 = performance.now();
      if (last.status !== 200) throw new Error(`the class page answered ${last.status}: ${last.body.toString().slice(0, 300)}`);
      if (i >= warmup) times.push(t1 - t0);
    }
    const serverCpuMsPerRequest = round(((cpuSecondsOf(server.pid) - cpuBefore) * 1000) / requests);
    const loadAverage = round(loadavg()[0]!);
    agent.destroy();

    // The page measured is the whole class: every learner a row, every run a finished cell.
    const html = await (await fetch(`${server.origin}${path}`, { headers: { cookie } })).text();
    const rows = new Set(html.match(new RegExp(`/trainer/klasse/${classId}/lernende/[0-9a-f-]{36}/`, 'g')) ?? []).size;
    const doneCells = (html.match(/<td class="done/g) ?? []).length;
    if (rows !== learners || doneCells !== learners * MODULES.length) throw new Error(`the class page shows ${rows} learners and ${doneCells} finished cells; expected ${learners} and ${learners * MODULES.length}`);

    const sorted = Float64Array.from(times).sort();
    return {
      learners,
      assignments: MODULES.length,
      runs,
      warmup,
      requests,
      latencyMs: {
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        p99: round(percentile(sorted, 99)),
        max: round(sorted[sorted.length - 1] ?? 0),
        mean: round(times.reduce((a, b) => a + b, 0) / times.length),
      },
      responseBytes: { encoded: last!.body.length, html: Buffer.byteLength(html), encoding: last!.encoding },
      waitedForQuietSeconds,
      serverCpuMsPerRequest,
      loadAverage,
    };
  } finally {
    await server.stop();
  }
}

export function formatClassPage(r: ClassPageResult): string {
  return (
    `class page (${r.learners} learners x ${r.assignments} assignments, ${r.runs} runs): ${r.requests} sequential GETs, ` +
    `p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms (target < 50), p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms; ` +
    `page ${(r.responseBytes.html / 1024).toFixed(1)} KB HTML, ${(r.responseBytes.encoded / 1024).toFixed(1)} KB ${r.responseBytes.encoding}; ` +
    `server CPU ${r.serverCpuMsPerRequest} ms per request, load average ${r.loadAverage}`
  );
}

if (import.meta.main) {
  const { options } = parseCliArgs({
    usage: `Usage: node scripts/bench/class-page.ts [--requests=200] [--cpu-prof=<dir>]   (needs dist/)
Times the trainer's class page (HTML) on the built server: 30 learners x 5 assignments, then the
measured requests one after another; --cpu-prof writes the server's CPU profile to <dir>.`,
    options: { requests: 'number', 'cpu-prof': 'text' },
  });
  const cpuProf = options.get('cpu-prof');
  console.log(formatClassPage(await measureClassPage({ requests: Number(options.get('requests') ?? 200), cpuProfDir: cpuProf ? resolve(cpuProf) : undefined })));
}
