/** Remembers self-check answers in localStorage. Anything odd in storage is ignored, never thrown. */
const key = (id: string) => `candystorm:selfcheck:${id}`;

export function loadAnswer(id: string, optionCount: number): number | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(key(id));
    if (raw === null || raw === undefined) return undefined;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= 0 && value < optionCount) return value;
    globalThis.localStorage.removeItem(key(id));
  } catch {
    // Storage can be blocked (privacy settings) or hold garbage: the question simply starts fresh.
  }
  return undefined;
}

export function saveAnswer(id: string, option: number): void {
  try {
    globalThis.localStorage?.setItem(key(id), String(option));
  } catch {
    // Full or blocked storage: the answer is not remembered, the check still works.
  }
}
