/**
 * Writes finished runs in groups: every run submitted during one turn of the event loop is stored in
 * one transaction, so 50 learners sending at once cost one commit, not 50. Each commit is crash-safe
 * (SQLite WAL with synchronous=FULL, PostgreSQL's default), and a submitter is answered only after
 * the commit that holds its run: an acknowledged result is on disk.
 */
import { insertRuns, type RunRow } from '../repos/runs.ts';
import type { Db } from '../repos/types.ts';

interface Pending {
  row: RunRow;
  resolve(inserted: boolean): void;
  reject(error: unknown): void;
}

/** The process's one writer is made by the composition root (server/app.ts). */
export class RunWriter {
  readonly #db: Db;
  #pending: Pending[] = [];
  #scheduled = false;
  /** The batch being written, if any. */
  #writing: Promise<void> = Promise.resolve();
  /** Commits so far, and runs per commit: for the benchmark's report. */
  commits = 0;

  constructor(db: Db) {
    this.#db = db;
  }

  /** Resolves true when the run was stored now, false when its id was stored before. */
  submit(row: RunRow): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ row, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => {
          this.#writing = this.#flush();
        });
      }
    });
  }

  /**
   * Resolves once every run submitted so far is committed (or refused): for a graceful shutdown,
   * so no acknowledged run is lost by closing the database under the writer.
   */
  async drain(): Promise<void> {
    while (this.#scheduled || this.#pending.length) {
      await new Promise((resolve) => setImmediate(resolve));
      await this.#writing;
    }
    await this.#writing;
  }

  async #flush(): Promise<void> {
    let batch = this.#pending;
    this.#pending = [];
    this.#scheduled = false;
    // The same id twice in one batch: the first is written, the second is a resend.
    const unique = new Map<string, RunRow>();
    for (const p of batch) if (!unique.has(p.row.id)) unique.set(p.row.id, p.row);
    let inserted: Set<string>;
    try {
      inserted = await insertRuns(this.#db, [...unique.values()]);
      this.commits++;
    } catch {
      // One bad row (e.g. its learner was deleted a moment ago) must not fail the others: write
      // them one by one, so only the bad one is refused.
      inserted = new Set();
      const failed = new Map<string, unknown>();
      for (const row of unique.values()) {
        try {
          for (const id of await insertRuns(this.#db, [row])) inserted.add(id);
          this.commits++;
        } catch (error) {
          failed.set(row.id, error);
        }
      }
      for (const p of batch.filter((x) => failed.has(x.row.id))) p.reject(failed.get(p.row.id));
      batch = batch.filter((x) => !failed.has(x.row.id));
    }
    const answered = new Set<string>();
    for (const p of batch) {
      p.resolve(inserted.has(p.row.id) && !answered.has(p.row.id));
      answered.add(p.row.id);
    }
  }
}
