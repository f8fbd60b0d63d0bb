/**
 * The floor the ingest benchmark is compared with: a bare node:sqlite insert loop into the same
 * `runs` table (the schema is created by the server's own migrations, openDatabase, on a temporary
 * file) with the server's pragmas (WAL, synchronous=FULL, foreign keys), no HTTP, no Kysely, no replay.
 *   (a) one transaction (one commit, one fsync) per insert;
 *   (b) transactions of `batch` rows, the batch size the server's run writer reached.
 * Rows look like real ones: a UUID, a real path and scores as JSON.
 *
 * Alone: `node scripts/bench/bare-sqlite.ts [--seconds=3] [--batch=50]`
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { analyseScenario, replay, scoreRun } from '../../src/engine/index.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { completePaths, loadScenario } from './bench-server.ts';
import { percentile } from './load-runs.ts';
import { parseCliArgs } from '../cli-args.ts';

export interface BareLoop {
  rowsPerCommit: number;
  inserts: number;
  seconds: number;
  insertsPerSecond: number;
  /** Time of one transaction (BEGIN … COMMIT), mostly the fsync. */
  commitMs: { p50: number; p99: number; max: number };
}

export interface BareSqliteResult {
  pragmas: string;
  onePerCommit: BareLoop;
  batched: BareLoop;
}

/** The pragmas of src/server/db/client.ts (openSqlite). */
const PRAGMAS = 'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;';

/** What the server stores for a real run of paket-verspaetet: replayed and scored with the engine. */
function realRow() {
  const scenario = loadScenario('paket-verspaetet');
  const path = completePaths(scenario, 1)[0]!;
  const replayed = replay(scenario, path);
  const { extremes } = analyseScenario(scenario);
  if (!replayed.ok || !extremes) throw new Error('paket-verspaetet: no scorable path');
  const score = scoreRun(scenario, replayed.run, extremes);
  return {
    scenarioId: scenario.id,
    version: scenario.version,
    module: scenario.module,
    path: JSON.stringify(path),
    endingId: score.ending!.id,
    outcome: score.ending!.outcome,
    scores: JSON.stringify(Object.fromEntries(Object.entries(score.dimensions).map(([d, v]) => [d, v.percent]))),
    overall: score.overall,
  };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

function loop(db: DatabaseSync, learnerId: string, rowsPerCommit: number, seconds: number): BareLoop {
  const insert = db.prepare(
    'INSERT INTO runs (id, learner_id, scenario_id, scenario_version, module, path, ending_id, outcome, scores, overall, finished_at, received_at) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const row = realRow();
  const finished = new Date().toISOString();
  const times: number[] = [];
  let inserts = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  let now = start;
  while (now < end) {
    const t0 = performance.now();
    db.exec('BEGIN');
    for (let i = 0; i < rowsPerCommit; i++) {
      insert.run(randomUUID(), learnerId, row.scenarioId, row.version, row.module, row.path, row.endingId, row.outcome, row.scores, row.overall, finished, new Date().toISOString());
    }
    db.exec('COMMIT');
    now = performance.now();
    times.push(now - t0);
    inserts += rowsPerCommit;
  }
  const elapsed = (now - start) / 1000;
  const sorted = Float64Array.from(times).sort();
  return {
    rowsPerCommit,
    inserts,
    seconds: Math.round(elapsed * 100) / 100,
    insertsPerSecond: Math.round(inserts / elapsed),
    commitMs: { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1] ?? 0) },
  };
}

export async function measureBareSqlite(options: { batch?: number; seconds?: number } = {}): Promise<BareSqliteResult> {
  const batch = Math.max(1, Math.round(options.batch ?? 50));
  const seconds = options.seconds ?? 3;
  const dir = mkdtempSync(join(tmpdir(), 'candystorm-bare-'));
  const file = join(dir, 'bare.sqlite');
  try {
    // The very schema the server uses: its migrations.
    const migrated = await openDatabase({ url: '', sqliteFile: file });
    await migrated.close();

    const db = new DatabaseSync(file);
    db.exec(PRAGMAS);
    const now = new Date().toISOString();
    const learnerId = randomUUID();
    db.exec('BEGIN');
    db.prepare('INSERT INTO trainers (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)').run('t', 'bare@example.org', 'x', now);
    db.prepare('INSERT INTO classes (id, trainer_id, name, join_code, archived_at, created_at) VALUES (?, ?, ?, ?, NULL, ?)').run('c', 't', 'Bare', 'AAAA-AAAA', now);
    db.prepare('INSERT INTO learners (id, class_id, pseudonym, token_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(learnerId, 'c', 'Bare', 'h', now);
    db.exec('COMMIT');

    const onePerCommit = loop(db, learnerId, 1, seconds);
    const batched = loop(db, learnerId, batch, seconds);
    db.close();
    return { pragmas: PRAGMAS, onePerCommit, batched };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatBare(r: BareSqliteResult): string {
  const line = (name: string, l: BareLoop) =>
    `  ${name.padEnd(30)} ${l.insertsPerSecond.toLocaleString('en').padStart(9)} inserts/s  (commit p50 ${l.commitMs.p50} ms, p99 ${l.commitMs.p99} ms)`;
  return [`bare node:sqlite loop (WAL, synchronous=FULL):`, line('one commit per insert', r.onePerCommit), line(`${r.batched.rowsPerCommit} rows per commit`, r.batched)].join('\n');
}

if (import.meta.main) {
  const { options } = parseCliArgs({
    usage: `Usage: node scripts/bench/bare-sqlite.ts [--seconds=3] [--batch=50]
The floor of the ingest benchmark: a bare node:sqlite insert loop into the runs table with the
server's pragmas, one commit per insert and one per batch.`,
    options: { seconds: 'number', batch: 'number' },
  });
  console.log(formatBare(await measureBareSqlite({ seconds: Number(options.get('seconds') ?? 3), batch: Number(options.get('batch') ?? 50) })));
}
