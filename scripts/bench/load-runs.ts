/**
 * The load generator for the ingest benchmark, run as its own process (so the server under test does
 * not share an event loop with its client): `node scripts/bench/load-runs.ts <config.json> <result.json>`.
 *
 * Keeps exactly `connections` requests in flight (one per keep-alive connection, no pipelining),
 * each a valid, distinct POST /api/runs, first for `warmupMs` (not measured), then for `durationMs`.
 * Prints `measuring` when the measured window opens and `measured` when it closes, so the caller
 * can read the server's counters at those moments. Writes the figures and every acknowledged run id
 * to <result.json>.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { exitWithUsageError, parseCliArgs } from '../cli-args.ts';

export interface LoadConfig {
  /** e.g. http://127.0.0.1:4567 */
  origin: string;
  /** Learner device tokens; requests cycle through them. */
  tokens: string[];
  /** Valid complete runs to send (a fresh id is added to each request). */
  runs: { scenarioId: string; scenarioVersion: number; path: string[] }[];
  connections: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  client: 'undici' | 'node:http';
  connections: number;
  durationMs: number;
  /** Requests answered within the measured window. */
  requests: number;
  /** Answered 201 within the window. */
  created: number;
  /** Anything but 201 within the window (status or network error). */
  errors: number;
  runsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** Status counts over the whole load (warm-up included); 0 stands for a network error. */
  statuses: Record<string, number>;
  /** The first few error answers, for the report. */
  errorSamples: string[];
  /** Every run id answered 201, warm-up included: what the database must hold. */
  acknowledged: string[];
}

type Send = (path: string, headers: Record<string, string>, body: string) => Promise<{ status: number; text: string }>;

async function undiciSender(origin: string, connections: number): Promise<{ send: Send; close(): Promise<void> } | undefined> {
  try {
    const { Pool } = (await import('undici')) as typeof import('undici');
    const pool = new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
    const send: Send = async (path, headers, body) => {
      const res = await pool.request({ path, method: 'POST', headers, body });
      return { status: res.statusCode, text: await res.body.text() };
    };
    return { send, close: () => pool.close() };
  } catch {
    return undefined;
  }
}

function nodeHttpSender(origin: string, connections: number): { send: Send; close(): Promise<void> } {
  const url = new URL(origin);
  const agent = new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const send: Send = (path, headers, body) =>
    new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: url.hostname, port: url.port, path, method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { send, close: async () => agent.destroy() };
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

async function main(): Promise<void> {
  const cli = {
    usage: `Usage: node scripts/bench/load-runs.ts <config.json> <result.json>
The ingest benchmark's load generator (scripts/bench/ingest.ts starts it): keeps the configured
number of POST /api/runs in flight and writes the figures and acknowledged run ids to <result.json>.`,
    maxPositionals: 2,
  };
  const [configFile, resultFile] = parseCliArgs(cli).positionals;
  if (!configFile || !resultFile) exitWithUsageError(cli, 'Both files are needed.');
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as LoadConfig;
  const viaUndici = process.env['LOAD_CLIENT'] === 'node:http' ? undefined : await undiciSender(config.origin, config.connections);
  const { send, close } = viaUndici ?? nodeHttpSender(config.origin, config.connections);

  const finishedAt = new Date().toISOString();
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const errorSamples: string[] = [];
  const acknowledged: string[] = [];
  let requests = 0;
  let created = 0;
  let errors = 0;
  let next = 0;

  const start = performance.now();
  const measureFrom = start + config.warmupMs;
  const measureTo = measureFrom + config.durationMs;
  // The window's start and end are announced once each, by a timer or by the first answer past
  // the mark, whichever comes first (timers can run late on a busy machine).
  let opened = false;
  let closed = false;
  const announceOpen = () => {
    if (!opened) {
      opened = true;
      console.log('measuring');
    }
  };
  const announceClose = () => {
    announceOpen();
    if (!closed) {
      closed = true;
      console.log('measured');
    }
  };
  const open = setTimeout(announceOpen, config.warmupMs);
  const closing = setTimeout(announceClose, config.warmupMs + config.durationMs);

  async function worker(w: number): Promise<void> {
    while (performance.now() < measureTo) {
      const i = next++;
      const run = config.runs[(i * 7 + w) % config.runs.length]!;
      const token = config.tokens[i % config.tokens.length]!;
      const id = randomUUID();
      const body = JSON.stringify({ id, scenarioId: run.scenarioId, scenarioVersion: run.scenarioVersion, path: run.path, finishedAt });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      const t0 = performance.now();
      let status = 0;
      let text: string;
      try {
        ({ status, text } = await send('/api/runs', headers, body));
      } catch (error) {
        text = String(error);
      }
      const t1 = performance.now();
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === 201) acknowledged.push(id);
      else if (errorSamples.length < 5) errorSamples.push(`${status} ${text.slice(0, 300)}`);
      if (t1 >= measureFrom) announceOpen();
      if (t1 >= measureTo) announceClose();
      if (t1 >= measureFrom && t1 < measureTo) {
        requests++;
        latencies.push(t1 - t0);
        if (status === 201) created++;
        else errors++;
      }
    }
  }

  await Promise.all(Array.from({ length: config.connections }, (_, w) => worker(w)));
  announceClose();
  clearTimeout(open);
  clearTimeout(closing);
  await close();

  const sorted = Float64Array.from(latencies).sort();
  const seconds = config.durationMs / 1000;
  const result: LoadResult = {
    client: viaUndici ? 'undici' : 'node:http',
    connections: config.connections,
    durationMs: config.durationMs,
    requests,
    created,
    errors,
    runsPerSecond: Math.round(created / seconds),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.length ? sorted[sorted.length - 1]! : 0),
      mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
    },
    statuses,
    errorSamples,
    acknowledged,
  };
  writeFileSync(resultFile, JSON.stringify(result));
  console.log('done');
}

if (import.meta.main) await main();
