/** The per-run shuffle of choices: deterministic, a permutation, seed-dependent, stable under replay. */
import { describe, expect, it } from 'vitest';
import { inRunOrder, isOrderSeed, mulberry32, newOrderSeed, ORDER_SEED_MAX, shuffled } from '../../src/engine/choice-order.ts';
import { choicesNow, choose, replay, rewind, scoreRun, startRun, type Run } from '../../src/engine/index.ts';
import { loadScenario } from './load-fixture.ts';

const { scenario, analysis } = loadScenario('valid-minimal.yaml');
const items = Array.from({ length: 8 }, (_, i) => `c${i}`);

describe('the seeded shuffle', () => {
  it('gives the same order for the same seed and key', () => {
    expect(shuffled(items, 12345, 'node')).toEqual(shuffled(items, 12345, 'node'));
  });

  it('is a permutation: every item once, none lost or added', () => {
    for (let seed = 0; seed < 50; seed++) expect([...shuffled(items, seed, 'n')].sort()).toEqual(items);
  });

  it('differs between seeds and between nodes', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => shuffled(items, seed, 'n').join()));
    expect(orders.size).toBeGreaterThan(15);
    const nodes = new Set(['a', 'b', 'c', 'd', 'e'].map((k) => shuffled(items, 7, k).join()));
    expect(nodes.size).toBeGreaterThan(1);
  });

  it('puts every item first about equally often (no item stuck in its place)', () => {
    const first = new Map<string, number>();
    for (let seed = 0; seed < 4000; seed++) {
      const top = shuffled(['a', 'b', 'c', 'd'], seed * 7919, 'node')[0]!;
      first.set(top, (first.get(top) ?? 0) + 1);
    }
    for (const id of ['a', 'b', 'c', 'd']) expect(first.get(id)).toBeGreaterThan(800);
  });

  it('mulberry32 is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('makes seeds within 0..2^31-1 and recognises only those', () => {
    expect(newOrderSeed(() => 0)).toBe(0);
    expect(newOrderSeed(() => 0.999999999999)).toBe(ORDER_SEED_MAX);
    expect(isOrderSeed(ORDER_SEED_MAX)).toBe(true);
    for (const bad of [-1, ORDER_SEED_MAX + 1, 1.5, '3', null, undefined]) expect(isOrderSeed(bad)).toBe(false);
  });
});

describe('runs and the order', () => {
  const seedShowing = (want: (ids: string[]) => boolean): number => {
    for (let seed = 0; seed < 1000; seed++) if (want(choicesNow(scenario, startRun(scenario, seed)).map((c) => c.id))) return seed;
    throw new Error('no seed found');
  };
  const authored = () => choicesNow(scenario, startRun(scenario)).map((c) => c.id);

  it('without a seed shows the authored order (runs from older clients)', () => {
    const node = scenario.nodes[scenario.start];
    if (node?.type !== 'decision') throw new Error('fixture changed');
    expect(authored()).toEqual(node.choices.map((c) => c.id));
    expect(inRunOrder(node, scenario.start, node.choices, undefined)).toEqual(node.choices);
  });

  it('with a seed shows a shuffled order that replay and rewind give again', () => {
    const seed = seedShowing((ids) => ids.join() !== authored().join());
    const run = startRun(scenario, seed);
    const order = choicesNow(scenario, run).map((c) => c.id);
    const moved = choose(scenario, run, order[0]!);
    if (!moved.ok) throw new Error(moved.error);
    const next = moved.run.ended ? [] : choicesNow(scenario, moved.run).map((c) => c.id);
    const replayed = replay(scenario, [order[0]!], seed);
    expect(replayed.ok && choicesNow(scenario, replayed.run).map((c) => c.id)).toEqual(next);
    const back = rewind(scenario, moved.run, 0);
    expect(back.ok && back.run.seed).toBe(seed);
    expect(back.ok && choicesNow(scenario, back.run).map((c) => c.id)).toEqual(order);
  });

  it('never changes the score: the same path scores the same with any seed or none', () => {
    const path = ['listen', 'hide-troll'];
    const score = (seed?: number) => {
      const r = replay(scenario, path, seed);
      if (!r.ok) throw new Error(r.error);
      return scoreRun(scenario, r.run as Run, analysis.extremes!);
    };
    expect(score(1)).toEqual(score());
    expect(score(ORDER_SEED_MAX)).toEqual(score());
  });
});
