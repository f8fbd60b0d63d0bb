/**
 * Group commits of votes in a worker thread on its own SQLite connection (sqlite-vote-worker.ts).
 * node:sqlite is synchronous: on the app's connection every commit's fsync (synchronous=FULL) held
 * the whole process still, about half the time of a 2,000-phone vote (docs/live-mode.md, Figures).
 * In the worker, the main thread reads and answers requests meanwhile. Both connections write the
 * same file; SQLite lets one writer in at a time (busy_timeout waits), and the app's transactions
 * take the write lock at their start (db/node-sqlite-dialect.ts), so neither reads a session and
 * writes after the other changed it. A worker that fails takes its pending commits with it (they are
 * answered as errors, never acknowledged) and the next commit starts a new one.
 */
import { Worker } from 'node:worker_threads';
import type { VoteCommitter } from './vote-committer.ts';
import type { CommitAnswer, CommitRequest } from './sqlite-vote-worker.ts';
import type { VoteVerdict } from './vote-verdicts.ts';

interface Pending {
  resolve: (verdicts: VoteVerdict[]) => void;
  reject: (error: Error) => void;
}

/** Votes committed in a worker thread to the SQLite file at `file` (a path, not `:memory:`). */
export function sqliteVoteCommitter(file: string): VoteCommitter {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./sqlite-vote-worker.ts', import.meta.url), { workerData: { file } });
    w.on('message', (answer: CommitAnswer) => {
      const p = pending.get(answer.id);
      pending.delete(answer.id);
      if (pending.size === 0) w.unref();
      if (!p) return;
      if ('error' in answer) p.reject(new Error(`live votes not stored: ${answer.error}`));
      else p.resolve(answer.verdicts);
    });
    w.on('error', (error) => {
      console.error('[live] vote writer failed:', error);
      if (worker === w) worker = undefined;
      failAll(error);
    });
    w.on('exit', () => {
      if (worker === w) worker = undefined;
      failAll(new Error('the live vote writer stopped'));
    });
    // An idle writer does not keep the process alive; one with commits in flight does.
    w.unref();
    return w;
  };

  return {
    commit(votes, at) {
      worker ??= start();
      const w = worker;
      const id = nextId++;
      return new Promise<VoteVerdict[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.ref();
        const request: CommitRequest = { id, votes: [...votes], at };
        w.postMessage(request);
      });
    },
    async close() {
      const w = worker;
      if (!w) return;
      // Commits asked for are answered first (the worker handles messages in order).
      await new Promise<void>((done) => {
        w.once('exit', () => done());
        w.ref();
        w.postMessage('close');
      });
    },
  };
}
