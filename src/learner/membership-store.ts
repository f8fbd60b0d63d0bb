/**
 * The learner's membership in a class, remembered in localStorage: the device token, the pseudonym,
 * the class name and the class's assignments. Nothing else about the learner exists: no e-mail, no
 * real name. One store for the whole page, framework-free (like prefs-store.ts); React binds it with
 * zustand's `useStore`.
 *
 * Learners who join no class have no membership: their progress stays on the device.
 *
 * What is stored is never trusted: unreadable data is thrown away and `notice` says so. The store
 * hydrates at once (synchronously) when it is created; while React hydrates server-rendered HTML,
 * `useStore` sees the initial state (no membership), so server HTML and hydration agree.
 *
 * Talking to the server (join, refresh, deleteMyData) is done by the functions below, which never
 * throw: they answer with a result the UI can put into words.
 */
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { localStorageOrUndefined, removeStored, safeJsonStorage } from '../stores/browser-storage.ts';

/** Every key this app writes to localStorage starts with this (progress, prefs, self-checks, …). */
export const APP_KEY_PREFIX = 'candystorm:';
export const MEMBERSHIP_KEY = 'candystorm:membership';
/** Bump when the stored shape changes, and teach `migrateMembership` the old one. */
export const MEMBERSHIP_VERSION = 1;
/** The outbox's key (owned by outbox.ts; named here so deleteMyData can report on it). */
export const OUTBOX_STORAGE_KEY = 'candystorm:outbox';

export type AssignedMode = 'practice' | 'test';

/** A module the trainer assigned to the class. */
export interface Assignment {
  module: number;
  mode: AssignedMode;
  /** ISO date (YYYY-MM-DD) or null. */
  dueDate: string | null;
}

export interface Membership {
  /** The device token (Bearer); the server stores only its hash. */
  token: string;
  pseudonym: string;
  className: string;
  assignments: Assignment[];
  /** When the class and assignments were last read from the server (ISO), null if never. */
  refreshedAt: string | null;
}

/** What is stored under MEMBERSHIP_KEY (inside zustand's `{ state, version }`). */
export interface StoredMembership {
  membership: Membership | null;
}

/** membership-reset: stored data was unreadable; membership-ended: the server no longer knows the token. */
export type MembershipNotice = 'membership-reset' | 'membership-ended';

export interface MembershipState {
  membership: Membership | undefined;
  /** Not stored. */
  notice: MembershipNotice | undefined;
  clearNotice(): void;
}

export type MembershipStore = ReturnType<typeof createMembershipStore>;

// --- checking stored and received data (by hand: zod would add ~15 KB to the island) ----------

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
/** The shape the server accepts in `Authorization: Bearer …`. */
const TOKEN = /^[\w-]{20,200}$/;

export function readAssignment(value: unknown): Assignment | undefined {
  if (!isRecord(value)) return undefined;
  const { module, mode, dueDate } = value;
  if (!Number.isInteger(module) || (module as number) < 1 || (module as number) > 1000) return undefined;
  if (mode !== 'practice' && mode !== 'test') return undefined;
  if (dueDate !== null && dueDate !== undefined && !(typeof dueDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(dueDate))) return undefined;
  return { module: module as number, mode, dueDate: dueDate ?? null };
}

/** The membership in `value` if it has the current shape, else undefined. Unknown keys are dropped. */
export function readMembership(value: unknown): Membership | undefined {
  if (!isRecord(value)) return undefined;
  const { token, pseudonym, className, assignments, refreshedAt } = value;
  if (typeof token !== 'string' || !TOKEN.test(token) || !isText(pseudonym, 100) || !isText(className, 200)) return undefined;
  if (!Array.isArray(assignments) || assignments.length > 100) return undefined;
  const read = assignments.map(readAssignment);
  if (read.some((a) => a === undefined)) return undefined;
  if (refreshedAt !== null && !isText(refreshedAt, 40)) return undefined;
  return { token, pseudonym, className, assignments: read as Assignment[], refreshedAt };
}

/** `{ membership }` with a readable membership or null; undefined for anything else. */
export function readStoredMembership(value: unknown): StoredMembership | undefined {
  if (!isRecord(value)) return undefined;
  if (value['membership'] === null) return { membership: null };
  const membership = readMembership(value['membership']);
  return membership ? { membership } : undefined;
}

/** Version 1 is the first that shipped: data of any other version is kept only if it reads as version 1. */
export function migrateMembership(state: unknown, _version: number): StoredMembership | undefined {
  return readStoredMembership(state);
}

// --- the store -------------------------------------------------------------------------------

/** A new membership store, hydrated at once from localStorage. The page uses `membershipStore`. */
export function createMembershipStore() {
  let discarded = false;
  return createStore<MembershipState>()(
    persist(
      (set) => ({
        membership: undefined,
        notice: undefined,
        clearNotice: () => set({ notice: undefined }),
      }),
      {
        name: MEMBERSHIP_KEY,
        version: MEMBERSHIP_VERSION,
        storage: safeJsonStorage<StoredMembership>(() => (discarded = true)),
        partialize: ({ membership }): StoredMembership => ({ membership: membership ?? null }),
        migrate: (state, version) => {
          const stored = migrateMembership(state, version);
          if (stored) return stored;
          discarded = true;
          return { membership: null };
        },
        // Runs after every read, also when nothing was stored (then there is no membership).
        merge: (stored, current) => {
          const read = stored === undefined ? undefined : readStoredMembership(stored);
          if (stored !== undefined && !read) {
            removeStored(MEMBERSHIP_KEY);
            discarded = true;
          }
          const notice = discarded ? 'membership-reset' : current.notice;
          discarded = false;
          return { ...current, membership: read?.membership ?? undefined, notice };
        },
      },
    ),
  );
}

/** The page's one membership store. */
export const membershipStore: MembershipStore = createMembershipStore();

// Another tab joined, refreshed or deleted: read the stored membership again.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === MEMBERSHIP_KEY || event.key === null) void membershipStore.persist.rehydrate();
  });
}

/** The current membership, if the learner joined a class on this device. */
export function currentMembership(): Membership | undefined {
  return membershipStore.getState().membership;
}

/** The assignment of `module` for the current member, if any. */
export function assignmentOf(module: number): Assignment | undefined {
  return currentMembership()?.assignments.find((a) => a.module === module);
}

/** The mode the class's assignment sets for `module`, if the learner is a member and it is assigned. */
export function assignedMode(module: number): AssignedMode | undefined {
  return assignmentOf(module)?.mode;
}

export function clearMembershipNotice(): void {
  membershipStore.getState().clearNotice();
}

// --- talking to the server -------------------------------------------------------------------

/** What came back from the API: a body, an HTTP error with the server's message, or no answer. */
/** The server's answer; `retryAfterMs` is the wait its Retry-After header asks for (on 429 and 503). */
export type ApiAnswer = { kind: 'ok'; status: number; body: unknown } | { kind: 'http'; status: number; message: string; retryAfterMs?: number } | { kind: 'network' };

/** Retry-After as milliseconds from now: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined if unreadable. */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A request never hangs longer than this: a stuck request would hold the outbox's lock. */
export const REQUEST_TIMEOUT_MS = 20_000;

/** fetch for the learner API; never throws. `{ error }` from the server becomes `message`. */
export async function learnerFetch(path: string, init: { method: string; token?: string | undefined; body?: unknown }): Promise<ApiAnswer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.token) headers['authorization'] = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    const signal = typeof AbortSignal !== 'undefined' && 'timeout' in AbortSignal ? AbortSignal.timeout(REQUEST_TIMEOUT_MS) : undefined;
    response = await fetch(path, {
      method: init.method,
      headers,
      credentials: 'omit',
      cache: 'no-store',
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch {
    return { kind: 'network' };
  }
  let body: unknown;
  try {
    body = response.status === 204 ? undefined : await response.json();
  } catch {
    body = undefined;
  }
  if (response.ok) return { kind: 'ok', status: response.status, body };
  const message = isRecord(body) && typeof body['error'] === 'string' ? body['error'] : '';
  const wait = retryAfterMs(response.headers.get('retry-after'));
  return wait === undefined ? { kind: 'http', status: response.status, message } : { kind: 'http', status: response.status, message, retryAfterMs: wait };
}

/** Why joining did not work; the UI has words for each. */
export type JoinError = 'already-member' | 'invalid' | 'unknown-code' | 'name-taken' | 'class-full' | 'too-many' | 'offline' | 'server';
export type JoinResult = { ok: true; membership: Membership } | { ok: false; error: JoinError; message: string };

function joinErrorOf(answer: Exclude<ApiAnswer, { kind: 'ok' }>): JoinError {
  if (answer.kind === 'network') return 'offline';
  switch (answer.status) {
    case 400:
      return 'invalid';
    case 404:
      return 'unknown-code';
    case 409:
      return 'name-taken';
    case 403:
      return 'class-full';
    case 429:
      return 'too-many';
    default:
      return 'server';
  }
}

/** The membership `base` updated from a GET /api/learner body; undefined if it does not read. */
function withOverview(base: Membership, body: unknown): Membership | undefined {
  const learner = isRecord(body) && isRecord(body['learner']) ? body['learner'] : {};
  const cls = isRecord(body) && isRecord(body['class']) ? body['class'] : {};
  const list = isRecord(body) && Array.isArray(body['assignments']) ? body['assignments'] : [];
  return readMembership({
    token: base.token,
    pseudonym: learner['pseudonym'] ?? base.pseudonym,
    className: cls['name'] ?? base.className,
    // An assignment this build cannot read (a new mode) is left out, not the whole membership.
    assignments: list.map(readAssignment).filter((a): a is Assignment => a !== undefined),
    refreshedAt: new Date().toISOString(),
  });
}

/**
 * Joins the class with `code` under `pseudonym`: POST /api/join, then GET /api/learner for the
 * assignments, and stores the membership once both are in (so the page shows it complete). If the
 * second request fails, the token is stored anyway, with no assignments yet: the learner exists
 * on the server now, and refresh() fetches the assignments later.
 */
export async function join(code: string, pseudonym: string): Promise<JoinResult> {
  if (currentMembership()) return { ok: false, error: 'already-member', message: '' };
  const answer = await learnerFetch('/api/join', { method: 'POST', body: { code: code.trim(), pseudonym: pseudonym.trim() } });
  if (answer.kind !== 'ok') return { ok: false, error: joinErrorOf(answer), message: answer.kind === 'http' ? answer.message : '' };
  const body = answer.body;
  const token = isRecord(body) ? body['token'] : undefined;
  const learner = isRecord(body) && isRecord(body['learner']) ? body['learner'] : {};
  const cls = isRecord(body) && isRecord(body['class']) ? body['class'] : {};
  const joined = readMembership({ token, pseudonym: learner['pseudonym'], className: cls['name'], assignments: [], refreshedAt: null });
  if (!joined) return { ok: false, error: 'server', message: 'The server answered in an unexpected way.' };
  const overview = await learnerFetch('/api/learner', { method: 'GET', token: joined.token });
  const membership = (overview.kind === 'ok' && withOverview(joined, overview.body)) || joined;
  if (currentMembership()) return { ok: false, error: 'already-member', message: '' }; // another tab joined meanwhile
  membershipStore.setState({ membership, notice: undefined });
  return { ok: true, membership };
}

/** ok: read now; ended: the server no longer knows the token, so the membership was forgotten. */
export type RefreshResult = 'ok' | 'not-member' | 'ended' | 'offline' | 'server';

/** Reads class and assignments again (GET /api/learner). A 401 forgets the membership. */
export async function refresh(): Promise<RefreshResult> {
  const before = currentMembership();
  if (!before) return 'not-member';
  const answer = await learnerFetch('/api/learner', { method: 'GET', token: before.token });
  const now = currentMembership();
  // Left, deleted or joined elsewhere meanwhile: this answer is about a membership that is gone.
  if (!now || now.token !== before.token) return 'not-member';
  if (answer.kind === 'network') return 'offline';
  if (answer.kind === 'http') {
    if (answer.status !== 401) return 'server';
    membershipStore.setState({ membership: undefined, notice: 'membership-ended' });
    return 'ended';
  }
  const next = withOverview(now, answer.body);
  if (!next) return 'server';
  membershipStore.setState({ membership: next });
  return 'ok';
}

/**
 * Forgets the membership on this device only; the learner and their runs stay on the server (and
 * the learner can no longer delete them from here). Runs still queued are dropped by the outbox,
 * which cannot send them without the token.
 */
export function leave(): void {
  membershipStore.setState({ membership: undefined, notice: undefined });
}

/** What deleteMyData removed. */
export interface DeletionReport {
  /** deleted: the server deleted the learner and their runs; unknown: it had nothing (401); none: no membership. */
  server: 'deleted' | 'unknown' | 'none';
  /** Every localStorage key removed. */
  keys: string[];
  membership: boolean;
  /** Runs that were waiting to be sent. */
  queuedRuns: number;
  /** Scenarios with stored progress. */
  progress: number;
  /** Stored self-check answers. */
  selfChecks: number;
  prefs: boolean;
  /** Other keys of this app. */
  other: number;
}

export type DeleteResult = { ok: true; report: DeletionReport } | { ok: false; error: 'offline' | 'server'; message: string };

function appKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(APP_KEY_PREFIX)) keys.push(key);
  }
  return keys;
}

/** Whether this app keeps anything on the device (progress, preferences, answers, a membership). */
export function hasLocalData(): boolean {
  try {
    const storage = localStorageOrUndefined();
    return storage ? appKeys(storage).some((k) => k !== MEMBERSHIP_KEY || currentMembership() !== undefined) : false;
  } catch {
    return false;
  }
}

function countQueued(storage: Storage): number {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(OUTBOX_STORAGE_KEY) ?? 'null');
    const items = isRecord(parsed) && isRecord(parsed['state']) ? parsed['state']['items'] : undefined;
    return Array.isArray(items) ? items.length : 0;
  } catch {
    return 0;
  }
}

/**
 * Deletes the learner's data: first on the server (DELETE /api/learner: the learner and all their
 * runs), then on this device: the membership, the outbox and every `candystorm:` key (progress,
 * preferences, self-check answers). If the server cannot be reached or fails, nothing is deleted,
 * so the learner can try again: the token is the only way to reach their data on the server.
 * A 401 means the server holds nothing for this token any more; the device is cleared then too.
 * Without a membership only the device is cleared.
 */
export async function deleteMyData(): Promise<DeleteResult> {
  const membership = currentMembership();
  let server: DeletionReport['server'] = 'none';
  if (membership) {
    const answer = await learnerFetch('/api/learner', { method: 'DELETE', token: membership.token });
    if (answer.kind === 'network') return { ok: false, error: 'offline', message: '' };
    if (answer.kind === 'http' && answer.status !== 401) return { ok: false, error: 'server', message: answer.message };
    server = answer.kind === 'ok' ? 'deleted' : 'unknown';
  }
  const storage = localStorageOrUndefined();
  let queuedRuns = 0;
  try {
    if (storage) queuedRuns = countQueued(storage);
  } catch {
    // blocked storage: nothing stored to count
  }
  // Forget in memory first: the outbox empties itself when the membership goes (and writes that),
  // then every key of this app is removed, including those two.
  membershipStore.setState({ membership: undefined, notice: undefined });
  let keys: string[] = [];
  try {
    if (storage) keys = appKeys(storage);
  } catch {
    keys = [];
  }
  for (const key of keys) removeStored(key);
  const report: DeletionReport = {
    server,
    keys,
    membership: membership !== undefined,
    queuedRuns,
    progress: keys.filter((k) => k.startsWith(`${APP_KEY_PREFIX}progress:`)).length,
    selfChecks: keys.filter((k) => k.startsWith(`${APP_KEY_PREFIX}selfcheck:`)).length,
    prefs: keys.includes(`${APP_KEY_PREFIX}prefs`),
    other: keys.filter((k) => !/^candystorm:(progress:|selfcheck:|prefs$|membership$|outbox$)/.test(k)).length,
  };
  return { ok: true, report };
}
