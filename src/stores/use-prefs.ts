/**
 * The React binding of the preferences store, kept apart so that prefs-store.ts (and play()) stay
 * free of React.
 */
import { useStore } from 'zustand';
import { prefsStore, type PrefsState } from './prefs-store.ts';

/**
 * Selects one field of the learner's preferences and re-renders when it changes. While React
 * hydrates server-rendered HTML it sees the defaults (zustand's server snapshot is the store's
 * initial state), then the remembered values: no hydration mismatch, one quick re-render.
 */
export function usePrefs<T>(select: (state: PrefsState) => T): T {
  return useStore(prefsStore, select);
}
