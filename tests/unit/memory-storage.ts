import { afterEach, beforeEach } from 'vitest';

/**
 * Node has no localStorage, the browser global the stores persist to. This in-memory stand-in
 * behaves like the real one for the calls the stores make (strings in, strings out) and notes which
 * keys were removed.
 */
export class MemoryStorage {
  readonly items = new Map<string, string>();
  readonly removed: string[] = [];
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.removed.push(key);
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

/**
 * A fresh MemoryStorage as `localStorage` for each test of the calling file (or describe block), and
 * whatever was there before put back after it. Call at the top level of the file or block; the
 * returned function gives the current test's storage.
 */
export function useMemoryStorage(): () => MemoryStorage {
  let storage = new MemoryStorage();
  let previous: PropertyDescriptor | undefined;
  beforeEach(() => {
    previous = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    storage = new MemoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
  });
  afterEach(() => {
    if (previous) Object.defineProperty(globalThis, 'localStorage', previous);
    else Reflect.deleteProperty(globalThis, 'localStorage');
  });
  return () => storage;
}
