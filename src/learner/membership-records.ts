/**
 * What a membership is, and the checks of what is read from localStorage or from the server:
 * stored data can be old, edited by hand or written by another version, and an answer can come from
 * a newer server, so every field is checked before use (by hand: zod would add ~15 KB to the island).
 */

export type AssignedMode = 'practice' | 'test';

/** A module the trainer assigned to the class. */
export interface Assignment {
  module: number;
  mode: AssignedMode;
  /** ISO date (YYYY-MM-DD) or null. */
  dueDate: string | null;
  /**
   * The trainer collects written replies for this assignment: only then does the browser send the
   * text of a written reply (otherwise only its features). Absent means no (older servers do not say).
   */
  collectReplies?: boolean;
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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
/** The shape the server accepts in `Authorization: Bearer …`. */
const TOKEN = /^[\w-]{20,200}$/;

/** The assignment in `value` if it reads, else undefined. */
export function readAssignment(value: unknown): Assignment | undefined {
  if (!isRecord(value)) return undefined;
  const { module, mode, dueDate, collectReplies } = value;
  if (!Number.isInteger(module) || (module as number) < 1 || (module as number) > 1000) return undefined;
  if (mode !== 'practice' && mode !== 'test') return undefined;
  if (dueDate !== null && dueDate !== undefined && !(typeof dueDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(dueDate))) return undefined;
  return { module: module as number, mode, dueDate: dueDate ?? null, ...(collectReplies === true ? { collectReplies: true } : {}) };
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

/** The new membership in a POST /api/join body (no assignments yet); undefined if it does not read. */
export function membershipFromJoin(body: unknown): Membership | undefined {
  const token = isRecord(body) ? body['token'] : undefined;
  const learner = isRecord(body) && isRecord(body['learner']) ? body['learner'] : {};
  const cls = isRecord(body) && isRecord(body['class']) ? body['class'] : {};
  return readMembership({ token, pseudonym: learner['pseudonym'], className: cls['name'], assignments: [], refreshedAt: null });
}

/** The membership `base` updated from a GET /api/learner body at `now`; undefined if it does not read. */
export function withOverview(base: Membership, body: unknown, now: Date): Membership | undefined {
  const learner = isRecord(body) && isRecord(body['learner']) ? body['learner'] : {};
  const cls = isRecord(body) && isRecord(body['class']) ? body['class'] : {};
  const list = isRecord(body) && Array.isArray(body['assignments']) ? body['assignments'] : [];
  return readMembership({
    token: base.token,
    pseudonym: learner['pseudonym'] ?? base.pseudonym,
    className: cls['name'] ?? base.className,
    // An assignment this build cannot read (a new mode) is left out, not the whole membership.
    assignments: list.map(readAssignment).filter((a): a is Assignment => a !== undefined),
    refreshedAt: now.toISOString(),
  });
}
