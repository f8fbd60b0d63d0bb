import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage.ts';
import { createPrefsStore, DEFAULT_PREFS, PREFS_KEY, PREFS_VERSION } from '../../src/stores/prefs-store.ts';


let storage: MemoryStorage;

function installStorage(value: unknown) {
  Object.defineProperty(globalThis, 'localStorage', { value, configurable: true, writable: true });
}

beforeEach(() => {
  storage = new MemoryStorage();
  installStorage(storage);
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

function stored(): unknown {
  const raw = storage.getItem(PREFS_KEY);
  return raw === null ? null : JSON.parse(raw);
}

describe('prefs store', () => {
  it('starts with sound on at 70 % and no notice when nothing is stored', () => {
    const { muted, volume, notice } = createPrefsStore().getState();
    expect({ muted, volume, notice }).toEqual({ muted: false, volume: 0.7, notice: undefined });
  });

  it('remembers muted and volume for the next page load', () => {
    const first = createPrefsStore();
    first.getState().setMuted(true);
    first.getState().setVolume(0.25);
    const next = createPrefsStore().getState();
    expect([next.muted, next.volume, next.notice]).toEqual([true, 0.25, undefined]);
  });

  it('stores only the data, with its version', () => {
    createPrefsStore().getState().setMuted(true);
    expect(stored()).toEqual({ state: { muted: true, volume: 0.7 }, version: PREFS_VERSION });
  });

  it('discards stored JSON that does not parse, says so, and starts from the defaults', () => {
    storage.setItem(PREFS_KEY, '{"state":{"muted":tru');
    const state = createPrefsStore().getState();
    expect([state.muted, state.volume, state.notice]).toEqual([DEFAULT_PREFS.muted, DEFAULT_PREFS.volume, 'prefs-reset']);
    expect(stored()).toBeNull();
  });

  it.each([
    ['a word for muted', '{"state":{"muted":"yes"}}'],
    ['a missing volume', '{"state":{"muted":true},"version":1}'],
    ['a volume that is text', '{"state":{"muted":false,"volume":"loud"},"version":1}'],
    ['no state at all', '{"version":1}'],
    ['a version that is text', '{"state":{"muted":true,"volume":0.5},"version":"1"}'],
    ['a list', '[true,0.5]'],
    ['a bare string', '"muted"'],
    ['null', 'null'],
  ])('discards a stored value with %s', (_what, raw) => {
    storage.setItem(PREFS_KEY, raw);
    const state = createPrefsStore().getState();
    expect([state.muted, state.volume, state.notice]).toEqual([false, 0.7, 'prefs-reset']);
    expect(stored()).toBeNull();
  });

  it('replaces garbage stored under another version with the defaults, and says so', () => {
    storage.setItem(PREFS_KEY, '{"state":"garbage","version":7}');
    const state = createPrefsStore().getState();
    expect([state.muted, state.volume, state.notice]).toEqual([false, 0.7, 'prefs-reset']);
    // A state that is not even an object is removed by the storage before migrate sees it.
    expect(storage.getItem(PREFS_KEY)).toBeNull();
  });

  it('keeps preferences from another version that still have the current shape', () => {
    storage.setItem(PREFS_KEY, '{"state":{"muted":true,"volume":0.2,"theme":"dark"},"version":0}');
    const state = createPrefsStore().getState();
    expect([state.muted, state.volume, state.notice]).toEqual([true, 0.2, undefined]);
    expect(stored()).toEqual({ state: { muted: true, volume: 0.2 }, version: PREFS_VERSION });
  });

  it.each([
    [1.7, 1],
    [-0.5, 0],
    [0, 0],
    [0.35, 0.35],
  ])('clamps a volume of %d set by the learner to %d', (input, expected) => {
    const store = createPrefsStore();
    store.getState().setVolume(input);
    expect(store.getState().volume).toBe(expected);
  });

  it('ignores a volume that is not a number', () => {
    const store = createPrefsStore();
    store.getState().setVolume(Number.NaN);
    store.getState().setVolume(Number.POSITIVE_INFINITY);
    expect(store.getState().volume).toBe(0.7);
  });

  it.each([
    [3, 1],
    [-2, 0],
  ])('clamps a stored volume of %d to %d instead of discarding it', (volume, expected) => {
    storage.setItem(PREFS_KEY, JSON.stringify({ state: { muted: false, volume }, version: 1 }));
    const state = createPrefsStore().getState();
    expect([state.volume, state.notice]).toEqual([expected, undefined]);
  });

  it('clears the notice when asked, and the notice does not come back from storage', () => {
    storage.setItem(PREFS_KEY, 'not json');
    const store = createPrefsStore();
    store.getState().clearNotice();
    expect(store.getState().notice).toBeUndefined();
    expect(createPrefsStore().getState().notice).toBeUndefined();
  });

  it('works from memory when there is no localStorage (server rendering)', () => {
    Reflect.deleteProperty(globalThis, 'localStorage');
    const store = createPrefsStore();
    store.getState().setMuted(true);
    expect([store.getState().muted, store.getState().notice]).toEqual([true, undefined]);
  });

  it('works from memory when touching localStorage throws (storage blocked by the browser)', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const store = createPrefsStore();
    expect(() => store.getState().setVolume(0.4)).not.toThrow();
    expect(store.getState().volume).toBe(0.4);
  });

  it('keeps the new value for the page when saving fails (storage full)', () => {
    storage.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    const store = createPrefsStore();
    expect(() => store.getState().setMuted(true)).not.toThrow();
    expect(store.getState().muted).toBe(true);
  });
});
