/**
 * The learner API client: every request the browser makes to /api/join, /api/learner, /api/runs and /api/progress
 * goes through here. Framework-free; never throws: an answer is a body, an HTTP error with the
 * server's message, or no answer at all. What a body means is decided by the caller.
 */

import type { PathStep } from '../engine/run.ts';

/**
 * What came back from the API: a body, an HTTP error with the server's message (and the wait its
 * Retry-After header asks for, on 429 and 503), or no answer.
 */
export type ApiAnswer = { kind: 'ok'; status: number; body: unknown } | { kind: 'http'; status: number; message: string; code?: string; retryAfterMs?: number } | { kind: 'network' };

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

/** A finished run as POST /api/runs takes it (the id makes a resend harmless). */
export interface RunBody {
  /** A UUID, made in the browser when the run ended: the server's idempotency key. */
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  /**
   * Choice ids and written replies `{ write: { features, analyser, length, text?, disputed? } }`;
   * `text` only when the learner's assignment collects written replies (see docs/privacy.md).
   */
  path: PathStep[];
  /** ISO date-time. */
  finishedAt: string;
  /** The run's choice-order seed (a 31-bit integer); absent for runs from before seeds. */
  seed?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** fetch for the learner API; never throws. `{ error }` from the server becomes `message`. */
async function request(path: string, init: { method: string; token?: string | undefined; body?: unknown }): Promise<ApiAnswer> {
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
  // The problem's code (src/server/http/problems.ts) tells refusals with the same status apart.
  const code = isRecord(body) && typeof body['code'] === 'string' ? { code: body['code'] } : {};
  const wait = retryAfterMs(response.headers.get('retry-after'));
  return wait === undefined ? { kind: 'http', status: response.status, message, ...code } : { kind: 'http', status: response.status, message, ...code, retryAfterMs: wait };
}

/** POST /api/join: becomes a learner of the class with `code`; the body holds the device token. */
export function postJoin(code: string, pseudonym: string): Promise<ApiAnswer> {
  return request('/api/join', { method: 'POST', body: { code, pseudonym } });
}

/** POST /api/resume: continue as an existing learner on this device (join code, pseudonym, resume code). */
export function postResume(code: string, pseudonym: string, resumeCode: string): Promise<ApiAnswer> {
  return request('/api/resume', { method: 'POST', body: { code, pseudonym, resumeCode } });
}

/** GET /api/learner: the learner's pseudonym, class and assignments. */
export function getLearner(token: string): Promise<ApiAnswer> {
  return request('/api/learner', { method: 'GET', token });
}

/** DELETE /api/learner: deletes the learner and all their runs on the server. */
export function deleteLearner(token: string): Promise<ApiAnswer> {
  return request('/api/learner', { method: 'DELETE', token });
}

/** POST /api/runs: hands in one finished run; 200 (known id) and 201 (stored now) both mean stored. */
export function postRun(token: string, run: RunBody): Promise<ApiAnswer> {
  const { id, scenarioId, scenarioVersion, path, finishedAt, seed } = run;
  return request('/api/runs', { method: 'POST', token, body: { id, scenarioId, scenarioVersion, path, finishedAt, ...(seed === undefined ? {} : { seed }) } });
}

/** POST /api/progress: where the learner is in an assigned scenario (204; the answer is not needed). */
export function postProgress(token: string, report: { scenarioId: string; decision: number; decisions: number }): Promise<ApiAnswer> {
  return request('/api/progress', { method: 'POST', token, body: report });
}

/** A trainer's own scenario, for a learner of one of that trainer's classes (GET /api/learner-scenarios/{id}). */
export function getOwnScenario(token: string, scenarioId: string): Promise<ApiAnswer> {
  return request(`/api/learner-scenarios/${encodeURIComponent(scenarioId)}`, { method: 'GET', token });
}
