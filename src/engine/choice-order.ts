/**
 * The order in which a run shows a decision's choices: shuffled per run, so a replay is not clicking
 * from memory, yet fixed by a seed kept in the run, so rewinding, reloading and replaying show the
 * same order again. The order only affects what is shown; scoring goes by choice ids and never
 * depends on it.
 */
import type { Choice, DecisionNode } from './scenario-schema.ts';

/** Seeds are 31-bit non-negative integers: they fit a signed 32-bit column in every database. */
export const ORDER_SEED_MAX = 0x7fffffff;

/** Whether a value can be a run's order seed. */
export function isOrderSeed(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= ORDER_SEED_MAX;
}

/** A fresh seed for a new run; `random` (0 ≤ x < 1) is replaceable in tests. */
export function newOrderSeed(random: () => number = Math.random): number {
  return Math.floor(random() * (ORDER_SEED_MAX + 1));
}

/** mulberry32: a small, fast 32-bit PRNG; good enough to shuffle a handful of buttons. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string: mixes the node id into the seed, so each decision gets its own order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The items in the order of (seed, key): a Fisher-Yates shuffle driven by mulberry32. A pure function. */
export function shuffled<T>(items: readonly T[], seed: number, key: string): T[] {
  const out = [...items];
  const next = mulberry32((seed ^ hash(key)) >>> 0);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The choices on offer in the order this run shows them. The node's whole list is shuffled before
 * unavailable choices are left out, so a choice keeps its place relative to the others whatever
 * the state. Without a seed (a run from before seeds existed) the authored order is kept.
 */
export function inRunOrder(node: DecisionNode, nodeId: string, offered: readonly Choice[], seed: number | undefined): Choice[] {
  if (seed === undefined) return [...offered];
  const on = new Set(offered);
  return shuffled(node.choices, seed, nodeId).filter((c) => on.has(c));
}
