/**
 * Keeps a learner's unsent reply on this device (localStorage, one entry per task), so a reload,
 * a crash or a closed tab never loses it. Never throws and never trusts what it reads: blocked or
 * full storage means the draft is simply not kept; an unreadable entry is removed and reported.
 */
import { localStorageOrUndefined, removeStored } from '../../stores/browser-storage.ts';

const PREFIX = 'candystorm:reply-draft:';
/** Far above any reply limit (a 10,000-character paste is kept whole), far below storage quotas. */
export const MAX_DRAFT_LENGTH = 50_000;

/** A draft and whether an unreadable entry was found (and removed) instead. */
export interface LoadedDraft {
  text: string;
  discarded: boolean;
}

export function loadDraft(key: string): LoadedDraft {
  let raw: string | null | undefined;
  try {
    raw = localStorageOrUndefined()?.getItem(PREFIX + key);
  } catch {
    return { text: '', discarded: false };
  }
  if (raw === null || raw === undefined) return { text: '', discarded: false };
  try {
    const parsed: unknown = JSON.parse(raw);
    const text = (parsed as { text?: unknown } | null)?.text;
    if (typeof parsed === 'object' && parsed !== null && (parsed as { v?: unknown }).v === 1 && typeof text === 'string') {
      return { text: text.slice(0, MAX_DRAFT_LENGTH), discarded: false };
    }
  } catch {
    // not JSON: removed below
  }
  removeStored(PREFIX + key);
  return { text: '', discarded: true };
}

export function saveDraft(key: string, text: string): void {
  try {
    if (text.length === 0) localStorageOrUndefined()?.removeItem(PREFIX + key);
    else localStorageOrUndefined()?.setItem(PREFIX + key, JSON.stringify({ v: 1, text: text.slice(0, MAX_DRAFT_LENGTH) }));
  } catch {
    // Full or blocked storage: the draft stays in the page, it just does not survive a reload.
  }
}

export function clearDraft(key: string): void {
  removeStored(PREFIX + key);
}
