/**
 * The "m" of "playing decision n of m": the fewest decisions from a node to an ending, as the
 * learner's device estimates it (src/learner/decisions-ahead.ts).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/index.ts';
import { decisionsAhead } from '../../src/learner/decisions-ahead.ts';

const decision = (...targets: (string | string[])[]) => ({
  type: 'decision',
  choices: targets.map((to, i) => ({ id: `c${i}`, next: Array.isArray(to) ? to.map((t, k) => (k === to.length - 1 ? { to: t } : { if: { storm: { atMost: 1 } }, to: t })) : to })),
});
const ending = { type: 'ending' };
const nodes = (n: Record<string, unknown>) => ({ nodes: n }) as unknown as Pick<Scenario, 'nodes'>;

describe('decisionsAhead', () => {
  it.each([
    ['a straight line of three decisions', { a: decision('b'), b: decision('c'), c: decision('end'), end: ending }, { a: 3, b: 2, c: 1, end: 0 }],
    ['a short cut counts, the long way does not', { a: decision('b', 'end'), b: decision('c'), c: decision('end'), end: ending }, { a: 1, b: 2, c: 1 }],
    ['every route of a conditional next counts as a way', { a: decision(['b', 'end']), b: decision('end'), end: ending }, { a: 1, b: 1 }],
    ['a loop back to itself never makes the way longer', { a: decision('a', 'b'), b: decision('end'), end: ending }, { a: 2, b: 1 }],
  ])('%s', (_name, graph, expected) => {
    const ahead = decisionsAhead(nodes(graph));
    for (const [id, n] of Object.entries(expected)) expect(ahead.get(id), id).toBe(n);
  });

  it('leaves out a decision from which no ending can be reached', () => {
    expect(decisionsAhead(nodes({ a: decision('a'), end: ending })).has('a')).toBe(false);
  });

  it('reads a real scenario file: the looping decision is one move from an ending', () => {
    const scenario = parse(readFileSync(new URL('../fixtures/scenarios/valid-loop.yaml', import.meta.url), 'utf8')) as Scenario;
    expect(decisionsAhead(scenario).get('rant')).toBe(1);
  });
});
