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
