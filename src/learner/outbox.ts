/**
 * Finished runs on their way to the server. A run is queued in localStorage the moment it ends and
 * sent when the network allows, so no result is lost to a dead connection, a closed tab or a server
 * restart. Framework-free; React binds it with zustand's `useStore(outbox.store, …)`, other code with
 * `outbox.subscribe`. This file is the only one that reads or writes OUTBOX_KEY.
 *
 * - Each run carries its id (a UUID made when it ended) across every retry: the server stores a run
 *   once per id and answers a resend with 200, so sending twice is harmless; queueing the same id
 *   twice keeps one entry.
 * - flush() sends due runs one by one. 200/201: sent, removed. 400/403/404/409/422: the server will
 *   never take it, removed, with a short "not accepted" record for the UI. Anything else (no
 *   network, 5xx, 429, 401, other statuses): kept, and retried after 1 s, 2 s, 4 s … (at most
 *   5 min, minus up to a quarter at random so that many devices do not retry in step). A
 *   Retry-After from the server (429: this learner sent too many runs) is honoured instead: no
 *   queued run is sent before it has passed (plus up to a tenth at random), not even when forced.
 * - It knows nothing of memberships: it asks `deps.token()` for the token to send with, and after a
 *   401 it tells `deps.onUnauthorized()` and stops; the learner core decides what a 401 means (and
 *   empties the queue when the membership is gone).
 * - Triggers: after enqueue, on the `online` event (then every queued run is due at once), when a
 *   page with a simulator or the join page loads (start), and on a timer while runs remain.
 * - One flush at a time: a promise in memory within the page, and navigator.locks (where there is
 *   one) across tabs. The queue is re-read from storage before each send, so a run another tab has
 *   sent is not sent again.
 */
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { removeStored, safeJsonStorage } from '../stores/browser-storage.ts';
import { postRun } from './api-client.ts';
import { readOutbox, type OutboxError, type OutboxState, type QueuedRun, type RecentOutcome, type RejectedRun, type RunToSend, type StoredOutbox } from './outbox-records.ts';

export type { OutboxError, OutboxState, QueuedRun, RecentOutcome, RejectedRun, RunToSend };

export const OUTBOX_KEY = 'candystorm:outbox';
export const OUTBOX_VERSION = 1;
export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 5 * 60_000;
/** Up to this share of a wait is taken off at random. */
export const BACKOFF_JITTER = 0.25;
/** Up to this share is added at random to a server's Retry-After. */
export const RETRY_AFTER_JITTER = 0.1;
/** The soonest a timer retries, so a run that is due but was skipped does not spin. */
export const MIN_TIMER_MS = 1000;
/** More queued runs than this (weeks offline, hundreds of runs) drop the oldest: storage is small. */
export const MAX_QUEUED = 200;
export const MAX_REJECTED = 10;
/** Statuses after which a run will never be taken, however often it is sent. */
export const PERMANENT_STATUSES: ReadonlySet<number> = new Set([400, 403, 404, 409, 422]);
const LOCK_NAME = 'candystorm:outbox';

// --- the stored queue ------------------------------------------------------------------------

/** A store of the queue, hydrated at once from localStorage. */
export function createOutboxStore() {
  let discarded = false;
  return createStore<OutboxState>()(
    persist(
      (set) => ({
        items: [],
        rejected: [],
        lastError: undefined,
        recent: [],
        notice: undefined,
        clearNotice: () => set({ notice: undefined }),
      }),
      {
        name: OUTBOX_KEY,
        version: OUTBOX_VERSION,
        storage: safeJsonStorage<StoredOutbox>(() => (discarded = true)),
        partialize: ({ items, rejected }): StoredOutbox => ({ items, rejected }),
        // Version 1 is the first: anything else is kept only where it reads as version 1.
        migrate: (state) => {
          const read = readOutbox(state);
          if (read) return read;
          discarded = true;
          return { items: [], rejected: [] };
        },
        merge: (stored, current) => {
          const read = stored === undefined ? undefined : readOutbox(stored);
          if (stored !== undefined && !read) {
            removeStored(OUTBOX_KEY);
            discarded = true;
          }
          const notice = discarded ? 'outbox-reset' : current.notice;
          discarded = false;
          // Nothing readable stored (blocked storage, or just discarded): keep what is in memory, so
          // no run of this page is lost to a storage problem.
          return { ...current, ...(read ?? {}), notice };
        },
      },
    ),
  );
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;

/** How long to wait after the `attempts`-th failed send: 1 s, 2 s, 4 s … ≤ 5 min, minus jitter. */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  const wait = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** exponent);
  return Math.round(wait * (1 - BACKOFF_JITTER * Math.min(1, Math.max(0, random()))));
}

// --- the outbox ------------------------------------------------------------------------------

/** What the outbox needs from outside, handed in by the learner core. */
export interface OutboxDeps {
  /** The token to send with now; undefined: nothing can be sent (the learner is in no class). */
  token(): string | undefined;
  /** Called (and awaited) after the server answered 401; sending stops until the next flush. */
  onUnauthorized(): Promise<unknown>;
  /** The queue's store; the page's own by default, a fresh one in tests. */
  store?: OutboxStore | undefined;
}

export interface OutboxStatus {
  queued: number;
  lastError: OutboxError | undefined;
  rejected: readonly RejectedRun[];
  recent: readonly RecentOutcome[];
}

export interface FlushResult {
  sent: number;
  rejected: number;
  /** Runs still queued afterwards. */
  queued: number;
  /** Why sending stopped before the queue was empty, if it did. */
  stopped?: OutboxError | 'not-member' | 'locked';
}

export type Outbox = ReturnType<typeof createOutbox>;

function errorOf(answer: { kind: 'network' } | { kind: 'http'; status: number }): OutboxError {
  if (answer.kind === 'network') return 'offline';
  if (answer.status === 401) return 'membership';
  if (answer.status === 429) return 'busy';
  return 'server';
}

/** An outbox over `deps.store` (or a new store); the page's one is made by the learner core. */
export function createOutbox(deps: OutboxDeps) {
  const store = deps.store ?? createOutboxStore();
  let running: Promise<FlushResult> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  let status: OutboxStatus | undefined;
  /** No run is sent before this time (ms): the server's last Retry-After, also for runs queued since. */
  let serverWaitUntil = 0;

  /** Reads the queue from storage again (another tab may have sent or queued runs). */
  const reload = () => void store.persist.rehydrate();
  const queuedNow = () => store.getState().items.length;

  function clearTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  /** Empties the queue (and the "not accepted" records). */
  function clear(): void {
    clearTimer();
    serverWaitUntil = 0;
    store.setState({ items: [], rejected: [], lastError: undefined });
  }

  const rejectedIds = (list: readonly RejectedRun[]) => list.map((r) => r.id).join();

  /**
   * The outbox in brief; the same object until one of its fields changes (fit for
   * useSyncExternalStore; re-reading storage alone does not make a new one).
   */
  function outboxStatus(): OutboxStatus {
    const { items, lastError, rejected, recent } = store.getState();
    if (!status || status.queued !== items.length || status.lastError !== lastError || status.recent !== recent || rejectedIds(status.rejected) !== rejectedIds(rejected)) {
      status = { queued: items.length, lastError, rejected, recent };
    }
    return status;
  }

  /** Calls `listener` with the new status whenever it changes; returns the unsubscribe. */
  function subscribe(listener: (status: OutboxStatus) => void): () => void {
    let last = outboxStatus();
    return store.subscribe(() => {
      const next = outboxStatus();
      if (next !== last) listener((last = next));
    });
  }

  /**
   * Queues a finished run (stored at once) and starts a flush. A run whose id is queued already is
   * not queued twice; the queued entry is returned either way.
   */
  function enqueue(run: RunToSend): QueuedRun {
    reload();
    const known = store.getState().items.find((i) => i.id === run.id);
    if (known) return known;
    const entry: QueuedRun = { id: run.id, scenarioId: run.scenarioId, scenarioVersion: run.scenarioVersion, path: [...run.path], finishedAt: run.finishedAt, ...(run.seed === undefined ? {} : { seed: run.seed }), attempts: 0, nextAttemptAt: Date.now() };
    store.setState({ items: [...store.getState().items, entry].slice(-MAX_QUEUED) });
    void flush();
    return entry;
  }

  /**
   * Queues a run again with a changed path (disputes made after it ended): a queued entry of the same
   * id gets the new path (keeping its attempts and wait); a run already sent is queued anew under its
   * id, and the server takes the resend's disputes (ingest.ts). Starts a flush.
   */
  function requeue(run: RunToSend): QueuedRun {
    reload();
    const known = store.getState().items.find((i) => i.id === run.id);
    if (!known) return enqueue(run);
    const entry: QueuedRun = { ...known, path: [...run.path] };
    store.setState({ items: store.getState().items.map((i) => (i.id === run.id ? entry : i)) });
    void flush();
    return entry;
  }

  function update(change: (items: QueuedRun[]) => QueuedRun[], extra: Partial<OutboxState> = {}): void {
    reload();
    store.setState({ ...extra, items: change(store.getState().items) });
  }

  function remember(recent: RecentOutcome): RecentOutcome[] {
    return [recent, ...store.getState().recent].slice(0, 20);
  }

  async function sendDue(force: boolean): Promise<FlushResult> {
    reload();
    const tried = new Set<string>();
    let sent = 0;
    let rejected = 0;
    const result = (stopped?: FlushResult['stopped']): FlushResult => ({ sent, rejected, queued: queuedNow(), ...(stopped ? { stopped } : {}) });
    // Not even when forced: coming back online does not lift the server's limit.
    if (Date.now() < serverWaitUntil) return result('busy');
    for (;;) {
      const token = deps.token();
      if (!token) return result('not-member');
      const now = Date.now();
      const item = store.getState().items.find((i) => !tried.has(i.id) && (force || i.nextAttemptAt <= now));
      if (!item) return result();
      tried.add(item.id);
      const answer = await postRun(token, item);
      if (answer.kind === 'ok') {
        sent++;
        update((items) => items.filter((i) => i.id !== item.id), { lastError: undefined, recent: remember({ id: item.id, scenarioId: item.scenarioId, outcome: 'sent' }) });
        continue;
      }
      if (answer.kind === 'http' && PERMANENT_STATUSES.has(answer.status)) {
        rejected++;
        const record: RejectedRun = { id: item.id, scenarioId: item.scenarioId, status: answer.status, message: answer.message.slice(0, 300), at: new Date().toISOString() };
        update((items) => items.filter((i) => i.id !== item.id), {
          rejected: [record, ...store.getState().rejected.filter((r) => r.id !== item.id)].slice(0, MAX_REJECTED),
          recent: remember({ id: item.id, scenarioId: item.scenarioId, outcome: 'rejected' }),
        });
        continue;
      }
      // Kept: try again later. The server (or the way to it) is in trouble: stop for now.
      const error = errorOf(answer);
      const failedAt = Date.now();
      const serverWait = answer.kind === 'http' ? answer.retryAfterMs : undefined;
      if (serverWait !== undefined) {
        // The server said when: every queued run waits that long (the limit is the learner's, not the run's).
        const notBefore = failedAt + Math.round(serverWait * (1 + RETRY_AFTER_JITTER * Math.min(1, Math.max(0, Math.random()))));
        serverWaitUntil = notBefore;
        update((items) => items.map((i) => ({ ...i, ...(i.id === item.id ? { attempts: i.attempts + 1 } : {}), nextAttemptAt: Math.max(i.nextAttemptAt, notBefore) })), { lastError: error });
        return result(error);
      }
      update((items) => items.map((i) => (i.id === item.id ? { ...i, attempts: i.attempts + 1, nextAttemptAt: failedAt + backoffDelay(i.attempts + 1) } : i)), { lastError: error });
      if (error === 'membership') await deps.onUnauthorized();
      return result(error);
    }
  }

  /** Runs `send` holding the cross-tab lock; another tab holding it already means it is sending. */
  async function withTabLock(send: () => Promise<FlushResult>): Promise<FlushResult> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks || typeof locks.request !== 'function') return send();
    const locked = (): FlushResult => ({ sent: 0, rejected: 0, queued: queuedNow(), stopped: 'locked' });
    return locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => (lock ? send() : locked()));
  }

  /**
   * Sends the runs that are due (all of them with `force`). Never two at once: a call while a flush
   * runs gets that flush's promise. Never throws. Afterwards a timer is set for the next due run.
   */
  function flush(options: { force?: boolean } = {}): Promise<FlushResult> {
    if (running) return running;
    const force = options.force ?? false;
    running = (async () => {
      try {
        return await withTabLock(() => sendDue(force));
      } catch {
        return { sent: 0, rejected: 0, queued: queuedNow(), stopped: 'server' as const };
      } finally {
        running = undefined;
        scheduleNext();
      }
    })();
    return running;
  }

  /** Sets the timer for the soonest due run, while started, runs remain and there is a token. */
  function scheduleNext(): void {
    clearTimer();
    const { items } = store.getState();
    if (!started || items.length === 0 || !deps.token()) return;
    const soonest = Math.max(serverWaitUntil, Math.min(...items.map((i) => i.nextAttemptAt)));
    timer = setTimeout(() => void flush(), Math.max(MIN_TIMER_MS, soonest - Date.now()));
  }

  const onOnline = () => void flush({ force: true });
  const onStorage = (event: StorageEvent) => {
    if (event.key === OUTBOX_KEY || event.key === null) reload();
  };

  /**
   * Starts the triggers: a flush now (the page has loaded), another whenever the browser comes back
   * online, a timer while runs remain, and re-reading the queue when another tab changes it.
   * Safe to call any number of times (every simulator on a page does).
   */
  function start(): void {
    if (started || typeof window === 'undefined') return;
    started = true;
    window.addEventListener('online', onOnline);
    window.addEventListener('storage', onStorage);
    void flush();
  }

  /** Undoes start (for tests). */
  function stop(): void {
    started = false;
    clearTimer();
    if (typeof window === 'undefined') return;
    window.removeEventListener('online', onOnline);
    window.removeEventListener('storage', onStorage);
  }

  /** How many runs wait in storage (re-read first: another tab may have changed the queue). */
  function queuedCount(): number {
    reload();
    return queuedNow();
  }

  return { store, enqueue, requeue, flush, clear, clearNotice: () => store.getState().clearNotice(), status: outboxStatus, subscribe, start, stop, queuedCount };
}
