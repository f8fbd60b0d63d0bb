/**
 * What the outbox (outbox.ts) holds, and the check of what it finds in localStorage: stored data
 * can be old, edited by hand or written by another version, so every field is checked before use.
 */

import { isPathStep, type PathStep } from '../engine/run.ts';
import type { RunBody } from './api-client.ts';

/** A finished run as the outbox keeps it until sent: exactly what the server's run API takes. */
export type RunToSend = RunBody;

/** A run waiting in the outbox: the run (its UUID kept across every retry) and when to try again. */
export interface QueuedRun extends RunToSend {
  /** Failed sends so far. */
  attempts: number;
  /** Epoch ms before which it is not sent again (unless the browser comes back online). */
  nextAttemptAt: number;
}

/** A run the server refused for good, kept short for the UI. */
export interface RejectedRun {
  id: string;
  scenarioId: string;
  status: number;
  /** The server's `error` text (English). */
  message: string;
  /** ISO date-time. */
  at: string;
}

/** What happened to a run during this page's life, newest first (not stored). */
export interface RecentOutcome {
  id: string;
  scenarioId: string;
  outcome: 'sent' | 'rejected';
}

/** offline: no answer; server: 5xx or an unexpected status; busy: 429; membership: 401. */
export type OutboxError = 'offline' | 'server' | 'busy' | 'membership';

export interface OutboxState {
  items: QueuedRun[];
  rejected: RejectedRun[];
  /** Why the last send failed; cleared by the next success. Not stored. */
  lastError: OutboxError | undefined;
  recent: RecentOutcome[];
  /** Set when the stored queue was unreadable and was discarded. Not stored. */
  notice: 'outbox-reset' | undefined;
  clearNotice(): void;
}

export interface StoredOutbox {
  items: QueuedRun[];
  rejected: RejectedRun[];
}

// --- checking stored data --------------------------------------------------------------------

/** The same test as the engine's isOrderSeed, kept here so the outbox needs no engine import. */
const isOrderSeed = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 0x7fffffff;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readQueued(value: unknown): QueuedRun | undefined {
  if (!isRecord(value)) return undefined;
  const { id, scenarioId, scenarioVersion, path, finishedAt, attempts, nextAttemptAt, seed } = value;
  if (typeof id !== 'string' || !UUID.test(id) || !isText(scenarioId, 200) || !Number.isInteger(scenarioVersion)) return undefined;
  if (!Array.isArray(path) || path.length === 0 || path.length > 200 || !path.every(isPathStep)) return undefined;
  if (!isText(finishedAt, 40) || !Number.isInteger(attempts) || (attempts as number) < 0) return undefined;
  if (typeof nextAttemptAt !== 'number' || !Number.isFinite(nextAttemptAt)) return undefined;
  return { id, scenarioId, scenarioVersion: scenarioVersion as number, path: path as PathStep[], finishedAt, ...(isOrderSeed(seed) ? { seed } : {}), attempts: attempts as number, nextAttemptAt };
}

function readRejected(value: unknown): RejectedRun | undefined {
  if (!isRecord(value)) return undefined;
  const { id, scenarioId, status, message, at } = value;
  if (!isText(id, 100) || !isText(scenarioId, 200) || !Number.isInteger(status) || typeof message !== 'string' || !isText(at, 40)) return undefined;
  return { id, scenarioId, status: status as number, message: message.slice(0, 300), at };
}

/** The stored queue if it has the current shape, else undefined. */
export function readOutbox(value: unknown): StoredOutbox | undefined {
  if (!isRecord(value) || !Array.isArray(value['items']) || !Array.isArray(value['rejected'])) return undefined;
  const items = value['items'].map(readQueued);
  const rejected = value['rejected'].map(readRejected);
  if (items.some((i) => !i) || rejected.some((r) => !r)) return undefined;
  return { items: items as QueuedRun[], rejected: rejected as RejectedRun[] };
}
