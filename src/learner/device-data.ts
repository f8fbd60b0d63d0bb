/**
 * What this app keeps on the device, and deleting it: the learner's "delete my data". Keys are only
 * listed and removed here, never parsed: each module answers for its own (the outbox counts its
 * queue, the membership store forgets the membership).
 */
import { localStorageOrUndefined, removeStored } from '../stores/browser-storage.ts';
import { deleteLearner } from './api-client.ts';
import { outbox } from './core.ts';
import { currentMembership, leave, MEMBERSHIP_KEY } from './membership-store.ts';

/** Every key this app writes to localStorage starts with this (progress, prefs, self-checks, …). */
export const APP_KEY_PREFIX = 'candystorm:';

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

/** The keys of this app in localStorage; none where storage is missing or blocked. */
function appKeys(): string[] {
  try {
    const storage = localStorageOrUndefined();
    const keys: string[] = [];
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(APP_KEY_PREFIX)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

/** Whether this app keeps anything on the device (progress, preferences, answers, a membership). */
export function hasLocalData(): boolean {
  return appKeys().some((k) => k !== MEMBERSHIP_KEY || currentMembership() !== undefined);
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
    const answer = await deleteLearner(membership.token);
    if (answer.kind === 'network') return { ok: false, error: 'offline', message: '' };
    if (answer.kind === 'http' && answer.status !== 401) return { ok: false, error: 'server', message: answer.message };
    server = answer.kind === 'ok' ? 'deleted' : 'unknown';
  }
  const queuedRuns = outbox.queuedCount();
  // Forget in memory first (the core empties the outbox when the membership goes, and both write
  // that), then every key of this app is removed, including those two.
  leave();
  outbox.clear();
  const keys = appKeys();
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
