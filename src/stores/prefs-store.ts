/**
 * The learner's preferences (for now: sound on or off, and how loud), remembered in localStorage.
 * One store for the whole page, framework-free: play() reads it, React binds it via use-prefs.ts.
 *
 * What is stored is never trusted: another build, a browser extension or a person may have written
 * anything under the key. Unreadable data is thrown away and `notice` says so, so the page never
 * breaks and the UI can tell the learner that their settings were reset.
 */
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { removeStored, safeJsonStorage } from './browser-storage.ts';

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
        storage: safeJsonStorage<PrefsData>(() => (discarded = true)),
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
          const prefs = stored === undefined ? undefined : readPrefs(stored);
          if (stored !== undefined && !prefs) {
            // Current version, wrong shape: forget it, so the learner is told only once.
            removeStored(PREFS_KEY);
            discarded = true;
          }
          const notice = discarded ? 'prefs-reset' : current.notice;
          discarded = false;
          return { ...current, ...prefs, notice };
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
