/**
 * What the reporter keeps in `cmi.suspend_data` so a learner resumes where they left off: per
 * scenario the current run's path (choice ids; written replies as features, never their text), its
 * choice-order seed and the best score so far. Plain JSON while it fits; deflated and base64-coded
 * (prefix `z:`) when it does not; without the paths of ended runs as a last resort. SCORM 1.2
 * allows 4,096 characters, 2004 64,000 (limits.ts).
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { PathStep } from '../engine/run.ts';

/** One scenario's resumable state. */
export interface SuspendedScenario {
  /** Scenario version the path belongs to. */
  v: number;
  /** The current run's path. */
  p: PathStep[];
  /** The run's choice-order seed. */
  s?: number | undefined;
  /** Best overall score (0-100) of an ended run in this attempt. */
  b?: number | undefined;
  /** True when the current path has ended. */
  e?: boolean | undefined;
}

export interface SuspendState {
  /** Format version of this record. */
  f: 1;
  /** Per scenario id. */
  sc: Record<string, SuspendedScenario>;
}

const COMPRESSED = 'z:';

/** The path as it is kept: written replies without their text (private, and long). */
function withoutTexts(path: readonly PathStep[]): PathStep[] {
  return path.map((step) => {
    if (typeof step === 'string') return step;
    const { text: _text, lang: _lang, ...rest } = step.write;
    return { write: rest };
  });
}

function compress(json: string): string {
  const bytes = deflateSync(strToU8(json), { level: 9 });
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return COMPRESSED + btoa(binary);
}

/**
 * The shortest form of `state` within `limit` characters, or `undefined` when even that does not
 * fit (the caller keeps the last value it could store).
 */
export function encodeSuspendData(state: SuspendState, limit: number): string | undefined {
  const clean: SuspendState = { f: 1, sc: Object.fromEntries(Object.entries(state.sc).map(([id, s]) => [id, { ...s, p: withoutTexts(s.p) }])) };
  const plain = JSON.stringify(clean);
  if (plain.length <= limit) return plain;
  const packed = compress(plain);
  if (packed.length <= limit) return packed;
  // An ended run needs no path to resume: its score and status are kept.
  const lean: SuspendState = { f: 1, sc: Object.fromEntries(Object.entries(clean.sc).map(([id, s]) => [id, s.e ? { ...s, p: [] } : s])) };
  const leanPacked = compress(JSON.stringify(lean));
  return leanPacked.length <= limit ? leanPacked : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStep = (step: unknown): step is PathStep => typeof step === 'string' || (isRecord(step) && isRecord(step['write']));

/** Reads what `encodeSuspendData` wrote; anything else (empty, foreign, corrupt) is `undefined`. */
export function decodeSuspendData(text: string): SuspendState | undefined {
  if (!text) return undefined;
  try {
    let json = text;
    if (text.startsWith(COMPRESSED)) {
      const binary = atob(text.slice(COMPRESSED.length));
      json = strFromU8(inflateSync(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    }
    const data: unknown = JSON.parse(json);
    if (!isRecord(data) || data['f'] !== 1 || !isRecord(data['sc'])) return undefined;
    const sc: Record<string, SuspendedScenario> = {};
    for (const [id, entry] of Object.entries(data['sc'])) {
      if (!isRecord(entry) || !Number.isInteger(entry['v']) || !Array.isArray(entry['p']) || !entry['p'].every(isStep)) continue;
      const { v, p, s, b, e } = entry as unknown as SuspendedScenario;
      sc[id] = { v, p, ...(Number.isInteger(s) ? { s } : {}), ...(typeof b === 'number' && b >= 0 && b <= 100 ? { b } : {}), ...(e === true ? { e } : {}) };
    }
    return { f: 1, sc };
  } catch {
    return undefined;
  }
}
