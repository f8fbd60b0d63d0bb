/**
 * npm run bench: builds the site and measures it. Prints a table and writes bench/results/latest.json.
 * Later measurements (simulator size, ingest, time to first choice) add their own sections here.
 * `npm run bench -- --no-build` measures the existing dist/; `--no-server` skips the server section
 * (result ingest, the bare SQLite loop it is compared with, and the trainer dashboard).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureBareSqlite, type BareSqliteResult } from './bench/bare-sqlite.ts';
import { measureDashboard, type DashboardResult } from './bench/dashboard.ts';
import { cpuLine, measureIngest, type IngestResult } from './bench/ingest.ts';
import { islandWeight, measurePages } from './bench/page-weight.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist', 'client');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const pages = measurePages(dist);
console.log('\nJavaScript shipped per page, loaded up front (gzip; raw in brackets):');
console.log(`  ${'page'.padEnd(44)} ${'total'.padStart(9)} ${'React'.padStart(9)} ${'beyond React'.padStart(13)} ${'on demand'.padStart(10)}`);
for (const p of pages) {
  console.log(
    `  ${p.page.padEnd(44)} ${kb(p.gzipBytes).padStart(9)} ${kb(p.react.gzipBytes).padStart(9)} ${kb(p.beyondReact.gzipBytes).padStart(13)} ${kb(p.onDemand.gzipBytes).padStart(10)}  (${kb(p.rawBytes)} raw)`,
  );
}
const simulator = islandWeight(dist, 'Simulator');
if (simulator) {
  console.log(
    `\nsimulator island's own JS beyond React: ${kb(simulator.upFront.gzipBytes)} gzip (${kb(simulator.upFront.rawBytes)} raw); ` +
      `audio loaded on the first sound: ${kb(simulator.onDemand.gzipBytes)} gzip`,
  );
}

// The built server: result ingest at 50 connections, the bare SQLite floor, the trainer dashboard.
let ingest: IngestResult | undefined;
let bareSqlite: (BareSqliteResult & { serverRatio: { onePerCommit: number; batched: number } }) | undefined;
let dashboard: DashboardResult | undefined;
if (!process.argv.includes('--no-server')) {
  const fmt = (n: number) => n.toLocaleString('en');
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log('\nServer (built dist/, SQLite WAL + synchronous=FULL, 127.0.0.1):');
  ingest = await measureIngest({ seconds: 10, warmupSeconds: 2, connections: 50 });
  const bare = await measureBareSqlite({ batch: Math.max(1, Math.round(ingest.runsPerCommit)), seconds: 3 });
  bareSqlite = {
    ...bare,
    serverRatio: {
      onePerCommit: Math.round((ingest.runsPerSecond / bare.onePerCommit.insertsPerSecond) * 100) / 100,
      batched: Math.round((ingest.runsPerSecond / bare.batched.insertsPerSecond) * 100) / 100,
    },
  };
  dashboard = await measureDashboard({ learners: 40, runsPerAssignment: 3, warmup: 20, requests: 200 });
  const l = ingest.latencyMs;
  const d = dashboard.latencyMs;
  const rows: [string, string][] = [
    ['ingest', `${fmt(ingest.runsPerSecond)} runs/s (target ≥ 5,000: ${verdict(ingest.runsPerSecond >= 5000)}), ${ingest.connections} connections, ${ingest.seconds} s after ${ingest.warmupSeconds} s warm-up, ${ingest.client} client in its own process`],
    ['ingest latency', `p99 ${l.p99} ms (target ≤ 20: ${verdict(l.p99 <= 20)}); p50 ${l.p50}, p95 ${l.p95}, max ${l.max} ms`],
    ['ingest errors', `${ingest.errors} of ${fmt(ingest.requests)} (target 0: ${verdict(ingest.errors === 0)})`],
    ['ingest stored', `${fmt(ingest.verified.rowsInDatabase)} runs in the database, ${fmt(ingest.verified.acknowledged)} acknowledged: ${ingest.verified.exact ? 'exact' : `MISMATCH (${ingest.verified.missing} missing)`}`],
    ['ingest commits', `${fmt(ingest.commits)} in the window, ${ingest.runsPerCommit} runs per commit`],
    ['ingest CPU', cpuLine(ingest)],
    ['bare sqlite, 1/commit', `${fmt(bare.onePerCommit.insertsPerSecond)} inserts/s (commit p50 ${bare.onePerCommit.commitMs.p50} ms); server ÷ bare = ${bareSqlite.serverRatio.onePerCommit}`],
    [`bare sqlite, ${bare.batched.rowsPerCommit}/commit`, `${fmt(bare.batched.insertsPerSecond)} inserts/s (commit p50 ${bare.batched.commitMs.p50} ms); server ÷ bare = ${bareSqlite.serverRatio.batched}`],
    ['dashboard', `p95 ${d.p95} ms (target < 50: ${verdict(d.p95 < 50)}); p50 ${d.p50}, p99 ${d.p99}, max ${d.max} ms; ${dashboard.learners} learners, ${dashboard.assignments} assignments, ${fmt(dashboard.runs)} runs; ${(dashboard.responseBytes.json / 1024).toFixed(1)} KB JSON, ${(dashboard.responseBytes.encoded / 1024).toFixed(1)} KB ${dashboard.responseBytes.encoding}`],
  ];
  for (const [name, value] of rows) console.log(`  ${name.padEnd(24)} ${value}`);
  if (ingest.errorSamples.length) console.log(`  ingest error samples: ${ingest.errorSamples.join(' | ')}`);
}

const results = { measuredAt: new Date().toISOString(), node: process.version, pageJs: pages, simulatorIsland: simulator, ingest, bareSqlite, dashboard };
const out = join(root, 'bench', 'results', 'latest.json');
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to ${out}`);
