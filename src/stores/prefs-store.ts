/**
 * The learner's preferences (for now: sound on or off, and how loud), remembered in localStorage.
 * One store for the whole page, framework-free: play() reads it, React binds it via use-prefs.ts.
 *
 * What is stored is never trusted: another build, a browser extension or a person may have written
 * anything under the key. Unreadable data is thrown away and `notice` says so, so the page never
 * breaks and the UI can tell the learner that their settings were reset.
 */
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';

/** The localStorage key; the prefix keeps it apart from other sites' apps on localhost. */
export const PREFS_KEY = 'candystorm:prefs';
/** Bump when the stored shape changes, and teach `migratePrefs` the old one. */
export const PREFS_VERSION = 1;

/** What is remembered between visits. Add later preferences here, in `readPrefs` and in the defaults. */
export interface PrefsData {
  /** No sound at all; play() then does not even load the audio library. */
  muted: boolean;
  /** Loudness of every cue, 0 (silent) to 1 (full). */
  volume: number;
}

/** Why the UI may want to say something: stored preferences were unreadable and were reset. */
export type PrefsNotice = 'prefs-reset';

/** The store's state: the remembered data, the notice, and the ways to change them. */
export interface PrefsState extends PrefsData {
  /** Set when stored preferences had to be discarded; not stored itself. */
  notice: PrefsNotice | undefined;
  setMuted(muted: boolean): void;
  /** Clamped to 0..1; anything that is not a finite number is ignored. */
  setVolume(volume: number): void;
  clearNotice(): void;
}

/** The store with zustand's persist API (`prefsStore.persist.rehydrate()` re-reads storage). */
export type PrefsStore = ReturnType<typeof createPrefsStore>;

/** The preferences of a first visit. */
export const DEFAULT_PREFS: Readonly<PrefsData> = { muted: false, volume: 0.7 };

function clampVolume(volume: number): number {
  return Math.min(1, Math.max(0, volume));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The preferences in `value` if it has the current shape, else undefined. A volume out of range is
 * clamped rather than rejected: the learner's intent (loud or quiet) is still clear. Unknown keys
 * are dropped. A hand-written check instead of zod keeps zod out of every page's bundle.
 */
export function readPrefs(value: unknown): PrefsData | undefined {
  if (!isRecord(value)) return undefined;
  const { muted, volume } = value;
  if (typeof muted !== 'boolean' || typeof volume !== 'number' || !Number.isFinite(volume)) return undefined;
  return { muted, volume: clampVolume(volume) };
}

/**
 * Reads preferences stored by another version. Version 1 is the first that shipped, so anything else
 * is foreign or from a newer build after a rollback: it is kept only where it still reads as version 1.
 */
export function migratePrefs(state: unknown, _version: number): PrefsData | undefined {
  return readPrefs(state);
}

/**
 * localStorage, or undefined where there is none (server rendering, node) or where touching it
 * throws (Safari and Firefox with storage blocked throw SecurityError on mere access).
 */
function localStorageOrUndefined(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * A persist storage that never throws: JSON that does not parse, an envelope of the wrong shape, or
 * current-version data of the wrong shape is removed and reported through `onDiscard`. Data of
 * another version passes through to `migrate`, which decides. Writes that fail (quota, blocked
 * storage) are ignored: the preference still holds for this page, it just is not remembered.
 */
function createSafeStorage(onDiscard: () => void): PersistStorage<PrefsData> {
  const remove = (name: string) => {
    try {
      localStorageOrUndefined()?.removeItem(name);
    } catch {
      // Nothing more to do: the data stays unread either way.
    }
  };
  return {
    getItem(name) {
      let raw: string | null;
      let parsed: unknown;
      try {
        raw = localStorageOrUndefined()?.getItem(name) ?? null;
        if (raw === null) return null;
        parsed = JSON.parse(raw);
      } catch {
        remove(name);
        onDiscard();
        return null;
      }
      const envelope = isRecord(parsed) ? parsed : undefined;
      const version = envelope?.['version'];
      const versionOk = version === undefined || (typeof version === 'number' && Number.isInteger(version));
      if (!envelope || !versionOk || !('state' in envelope)) {
        remove(name);
        onDiscard();
        return null;
      }
      if (version !== undefined && version !== PREFS_VERSION) {
        // The persist middleware calls `migrate` for this; the state is still unchecked there.
        return { state: envelope['state'] as PrefsData, version };
      }
      const state = readPrefs(envelope['state']);
      if (!state) {
        remove(name);
        onDiscard();
        return null;
      }
      return { state, version: PREFS_VERSION };
    },
    setItem(name, value: StorageValue<PrefsData>) {
      try {
        localStorageOrUndefined()?.setItem(name, JSON.stringify(value));
      } catch {
        // Quota exceeded or storage blocked: see above.
      }
    },
    removeItem: remove,
  };
}

/**
 * A new preferences store, hydrated at once (synchronously) from localStorage. The page uses the
 * `prefsStore` singleton; tests make their own.
 */
export function createPrefsStore() {
  let discarded = false;
  return createStore<PrefsState>()(
    persist(
      (set) => ({
        ...DEFAULT_PREFS,
        notice: undefined,
        setMuted: (muted) => set({ muted }),
        setVolume: (volume) => {
          if (Number.isFinite(volume)) set({ volume: clampVolume(volume) });
        },
        clearNotice: () => set({ notice: undefined }),
      }),
      {
        name: PREFS_KEY,
        version: PREFS_VERSION,
        storage: createSafeStorage(() => (discarded = true)),
        // Only data is stored: not the notice, not the functions.
        partialize: ({ muted, volume }): PrefsData => ({ muted, volume }),
        migrate: (state, version) => {
          const prefs = migratePrefs(state, version);
          if (prefs) return prefs;
          // The middleware writes what migrate returns back to storage, so the garbage is replaced.
          discarded = true;
          return { ...DEFAULT_PREFS };
        },
        // Runs after every read, also when the read found nothing or discarded it.
        merge: (stored, current) => {
          const notice = discarded ? 'prefs-reset' : current.notice;
          discarded = false;
          return { ...current, ...readPrefs(stored), notice };
        },
      },
    ),
  );
}

/** The page's one preferences store. */
export const prefsStore: PrefsStore = createPrefsStore();

/** Turns all sound off or on; remembered. */
export function setMuted(muted: boolean): void {
  prefsStore.getState().setMuted(muted);
}

/** Sets the loudness, 0..1 (clamped); remembered. */
export function setVolume(volume: number): void {
  prefsStore.getState().setVolume(volume);
}

/** Hides the "preferences were reset" notice once the learner has seen it. */
export function clearPrefsNotice(): void {
  prefsStore.getState().clearNotice();
}
