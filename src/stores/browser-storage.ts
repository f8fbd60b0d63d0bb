/**
 * Safe access to localStorage for persisted stores: never throws, never trusts what it reads.
 * Storage may be missing (server rendering), blocked (privacy settings throw on access), full, or
 * hold anything another build, an extension or a person wrote. Unreadable entries are removed and
 * reported through `onDiscard`, so the UI can tell the learner and the page keeps working.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export function localStorageOrUndefined(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Removes a stored entry; never throws. */
export function removeStored(name: string): void {
  try {
    localStorageOrUndefined()?.removeItem(name);
  } catch {
    // Nothing more to do: the entry is ignored either way.
  }
}

/**
 * A zustand PersistStorage over localStorage that survives anything stored under its key: entries
 * that are not JSON of the form `{ state, version }` are removed and reported through `onDiscard`.
 * The store's own `merge`/`migrate` then check the shape of `state`.
 */
export function safeJsonStorage<T>(onDiscard: () => void): PersistStorage<T> {
  const remove = removeStored;
  return {
    getItem(name) {
      let raw: string | null | undefined;
      try {
        raw = localStorageOrUndefined()?.getItem(name);
      } catch {
        return null;
      }
      if (raw === null || raw === undefined) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        const envelope = parsed as { version?: unknown; state?: unknown };
        if (typeof parsed === 'object' && parsed !== null && typeof envelope.version === 'number' && typeof envelope.state === 'object' && envelope.state !== null) {
          return parsed as StorageValue<T>;
        }
      } catch {
        // not JSON: discarded below
      }
      remove(name);
      onDiscard();
      return null;
    },
    setItem(name, value) {
      try {
        localStorageOrUndefined()?.setItem(name, JSON.stringify(value));
      } catch {
        // Full or blocked storage: nothing is remembered, the page still works.
      }
    },
    removeItem: remove,
  };
}
