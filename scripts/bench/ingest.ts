/**
 * Result ingest against the BUILT server (dist/, run from a snapshot copy so a rebuild by someone else
 * cannot pull it away mid-run): starts scripts/serve.ts on a temporary SQLite file
 * (WAL, synchronous=FULL: every acknowledged run is on disk) and a free port on 127.0.0.1, creates a
 * trainer, a class and learners through the API, then drives POST /api/runs from a separate process
 * (scripts/bench/load-runs.ts) with exactly 50 connections. Afterwards checks that the database holds
 * exactly the acknowledged runs.
 *
 * Alone: `node scripts/bench/ingest.ts [--seconds=10] [--warmup=2] [--connections=50] [--learners=200]
 * [--quiet-wait=30] [--cpu-prof=<dir>] [--json]` (needs dist/; --cpu-prof writes the server's CPU profile
 * there). On a shared machine it first waits up to --quiet-wait seconds for other processes to calm
 * down, and reports the CPU they used during the measurement.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { completePaths, loadScenario, ROOT, setUpClass, startServer } from './bench-server.ts';
import type { LoadConfig, LoadResult } from './load-runs.ts';
import { parseCliArgs } from '../cli-args.ts';

// ---------------------------------------------------------------------------------------------
// The ingest benchmark

export interface IngestResult {
  client: LoadResult['client'];
  connections: number;
  learners: number;
  warmupSeconds: number;
  seconds: number;
  scenarios: string[];
  distinctPaths: number;
  requests: number;
  runsPerSecond: number;
  latencyMs: LoadResult['latencyMs'];
  errors: number;
  statuses: Record<string, number>;
  errorSamples: string[];
  /** Commits of the server's run writer in the measured window, and runs per commit. */
  commits: number;
  runsPerCommit: number;
  /** The database afterwards holds exactly the acknowledged runs (warm-up included). */
  verified: { acknowledged: number; rowsInDatabase: number; missing: number; exact: boolean };
  /**
   * CPU time in the measured window (all threads): the server, the load generator, and whatever else
   * ran on the machine meanwhile (other people's processes disturb the figures), of `cores` × seconds.
   */
  cpuSeconds?: {
    server: number;
    serverMainThread: number;
    /** Server CPU per stored run: steadier than runs/s when neighbours take CPU. */
    serverMicrosecondsPerRun: number;
    serverMainThreadMicrosecondsPerRun: number;
    loadGenerator: number;
    otherProcesses: number;
    stolen: number;
    cores: number;
  };
  /** How long the benchmark waited for other processes to calm down before the load. */
  waitedForQuietSeconds: number;
}

export interface IngestOptions {
  seconds?: number;
  warmupSeconds?: number;
  connections?: number;
  learners?: number;
  cpuProfDir?: string | undefined;
  /** At most this long to wait for a quiet machine before the load (0: do not wait). */
  quietWaitSeconds?: number;
}

const INGEST_SCENARIOS = ['paket-verspaetet', 'schulfest-abgesagt'];

/** CPU seconds of a process (all threads), or with `mainThread` of its main thread only. */
function cpuSecondsOf(pid: number, mainThread = false): number | undefined {
  try {
    // /proc/<pid>/stat: utime and stime (fields 14 and 15) in clock ticks (100 per second on Linux).
    const fields = readFileSync(mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** All CPUs' busy and stolen time so far (/proc/stat, clock ticks of 1/100 s), to see what else ran. */
function machineCpu(): { busy: number; steal: number } | undefined {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
    return { busy: (user! + nice! + system! + irq! + softirq!) / 100, steal: steal! / 100 };
  } catch {
    return undefined;
  }
}

/**
 * Waits (up to `limit` s) for a second in which other processes used less than a fifth of one core:
 * on a shared machine the figures are otherwise mostly a measure of the neighbours. Returns the wait.
 */
export async function waitForQuietMachine(limit = 30): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < limit * 1000) {
    const before = machineCpu();
    await new Promise((done) => setTimeout(done, 1000));
    const after = machineCpu();
    if (!before || !after || after.busy - before.busy < 0.2) break;
  }
  return Math.round((performance.now() - start) / 100) / 10;
}

export async function measureIngest(options: IngestOptions = {}): Promise<IngestResult> {
  const seconds = options.seconds ?? 10;
  const warmupSeconds = options.warmupSeconds ?? 2;
  const connections = options.connections ?? 50;
  const learners = options.learners ?? 200;

  const runs = INGEST_SCENARIOS.flatMap((id) => {
    const scenario = loadScenario(id);
    return completePaths(scenario, 12).map((path) => ({ scenarioId: scenario.id, scenarioVersion: scenario.version, path }));
  });
  const modules = [...new Set(INGEST_SCENARIOS.map((id) => loadScenario(id).module))];

  const server = await startServer({ cpuProfDir: options.cpuProfDir });
  const work = mkdtempSync(join(tmpdir(), 'candystorm-load-'));
  try {
    const { tokens } = await setUpClass(server.origin, modules, learners);
    const config: LoadConfig = { origin: server.origin, tokens, runs, connections, warmupMs: warmupSeconds * 1000, durationMs: seconds * 1000 };
    const configFile = join(work, 'config.json');
    const resultFile = join(work, 'result.json');
    writeFileSync(configFile, JSON.stringify(config));
    const waitedForQuiet = await waitForQuietMachine(options.quietWaitSeconds ?? 30);

    let commitsAtStart = 0;
    let commitsAtEnd = 0;
    let cpuAtStart: number | undefined;
    let cpuAtEnd: number | undefined;
    let mainAtStart: number | undefined;
    let mainAtEnd: number | undefined;
    let loadCpuAtStart: number | undefined;
    let loadCpuAtEnd: number | undefined;
    let machineAtStart: ReturnType<typeof machineCpu>;
    let machineAtEnd: ReturnType<typeof machineCpu>;
    const marks: Promise<void>[] = [];
    const load = spawn(process.execPath, [join(ROOT, 'scripts', 'bench', 'load-runs.ts'), configFile, resultFile], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let buffered = '';
    load.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl).trim();
        buffered = buffered.slice(nl + 1);
        if (line === 'measuring') {
          cpuAtStart = cpuSecondsOf(server.pid);
          mainAtStart = cpuSecondsOf(server.pid, true);
          loadCpuAtStart = cpuSecondsOf(load.pid!);
          machineAtStart = machineCpu();
          marks.push(server.commits().then((c) => void (commitsAtStart = c)));
        }
        if (line === 'measured') {
          cpuAtEnd = cpuSecondsOf(server.pid);
          mainAtEnd = cpuSecondsOf(server.pid, true);
          loadCpuAtEnd = cpuSecondsOf(load.pid!);
          machineAtEnd = machineCpu();
          marks.push(server.commits().then((c) => void (commitsAtEnd = c)));
        }
      }
    });
    const code = await new Promise<number | null>((done) => load.once('exit', done));
    if (code !== 0) throw new Error(`the load generator failed (exit ${code})`);
    await Promise.all(marks);
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as LoadResult;

    // The database must hold exactly the acknowledged runs. (Read while the server still runs: a
    // WAL reader sees every committed transaction.)
    const sqlite = new DatabaseSync(server.dbFile, { readOnly: true });
    const stored = new Set((sqlite.prepare('SELECT id FROM runs').all() as { id: string }[]).map((r) => r.id));
    sqlite.close();
    const missing = result.acknowledged.filter((id) => !stored.has(id)).length;
    const acknowledged = new Set(result.acknowledged).size;

    const commits = commitsAtEnd - commitsAtStart;
    const seconds2 = (n: number) => Math.round(n * 100) / 100;
    let cpu: IngestResult['cpuSeconds'];
    if (cpuAtStart !== undefined && cpuAtEnd !== undefined && mainAtStart !== undefined && mainAtEnd !== undefined && loadCpuAtStart !== undefined && loadCpuAtEnd !== undefined && machineAtStart && machineAtEnd) {
      const server = cpuAtEnd - cpuAtStart;
      const loadGenerator = loadCpuAtEnd - loadCpuAtStart;
      const perRun = (cpuSeconds: number) => Math.round((cpuSeconds / Math.max(1, result.created)) * 1e6);
      cpu = {
        server: seconds2(server),
        serverMainThread: seconds2(mainAtEnd - mainAtStart),
        serverMicrosecondsPerRun: perRun(server),
        serverMainThreadMicrosecondsPerRun: perRun(mainAtEnd - mainAtStart),
        loadGenerator: seconds2(loadGenerator),
        otherProcesses: seconds2(Math.max(0, machineAtEnd.busy - machineAtStart.busy - server - loadGenerator)),
        stolen: seconds2(machineAtEnd.steal - machineAtStart.steal),
        cores: availableParallelism(),
      };
    }
    return {
      client: result.client,
      connections,
      learners,
      warmupSeconds,
      seconds,
      scenarios: INGEST_SCENARIOS,
      distinctPaths: runs.length,
      requests: result.requests,
      runsPerSecond: result.runsPerSecond,
      latencyMs: result.latencyMs,
      errors: result.errors,
      statuses: result.statuses,
      errorSamples: result.errorSamples,
      commits,
      runsPerCommit: commits > 0 ? Math.round((result.created / commits) * 10) / 10 : 0,
      verified: { acknowledged, rowsInDatabase: stored.size, missing, exact: missing === 0 && stored.size === acknowledged },
      ...(cpu ? { cpuSeconds: cpu } : {}),
      waitedForQuietSeconds: waitedForQuiet,
    };
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

export function cpuLine(r: IngestResult): string {
  const c = r.cpuSeconds;
  return c
    ? `CPU in the ${r.seconds} s window (${c.cores} cores): server ${c.server} s (main thread ${c.serverMainThread} s; ` +
        `${c.serverMicrosecondsPerRun} µs per run, main thread ${c.serverMainThreadMicrosecondsPerRun} µs), load generator ${c.loadGenerator} s, other processes ${c.otherProcesses} s${c.stolen ? `, stolen ${c.stolen} s` : ''}`
    : 'CPU use unknown';
}

export function formatIngest(r: IngestResult): string {
  return [
    `ingest: ${r.runsPerSecond.toLocaleString('en')} runs/s at ${r.connections} connections for ${r.seconds} s (${r.client}); ` +
      `latency p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms; errors ${r.errors}`,
    `  ${r.commits} commits in the window, ${r.runsPerCommit} runs per commit; ${cpuLine(r)}; ` +
      `waited ${r.waitedForQuietSeconds} s for a quiet machine; database holds ${r.verified.rowsInDatabase} runs, ${r.verified.acknowledged} acknowledged, ${r.verified.missing} missing: ${r.verified.exact ? 'exact' : 'MISMATCH'}`,
  ].join('\n');
}

if (import.meta.main) {
  const { options, flags } = parseCliArgs({
    usage: `Usage: node scripts/bench/ingest.ts [--seconds=10] [--warmup=2] [--connections=50] [--learners=200]
         [--quiet-wait=30] [--cpu-prof=<dir>] [--json]   (needs dist/)
Result ingest against the built server: POST /api/runs from a separate process at a fixed number of
connections, then checks that the database holds exactly the acknowledged runs. Waits up to
--quiet-wait seconds for a calm machine; --cpu-prof writes the server's CPU profile to <dir>.`,
    options: { seconds: 'number', warmup: 'number', connections: 'number', learners: 'number', 'quiet-wait': 'number', 'cpu-prof': 'text' },
    flags: ['--json'],
  });
  const flag = (name: string) => options.get(name);
  const result = await measureIngest({
    seconds: Number(flag('seconds') ?? 10),
    warmupSeconds: Number(flag('warmup') ?? 2),
    connections: Number(flag('connections') ?? 50),
    learners: Number(flag('learners') ?? 200),
    cpuProfDir: flag('cpu-prof') ? resolve(flag('cpu-prof')!) : undefined,
    quietWaitSeconds: Number(flag('quiet-wait') ?? 30),
  });
  console.log(formatIngest(result));
  if (flags.has('--json')) console.log(JSON.stringify(result, null, 2));
}
