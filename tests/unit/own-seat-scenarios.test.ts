/**
 * The three scenarios in the pupil's own seat (issue 13, item 5): judgement, not a rule of thumb, must
 * reach the candystorm. Always taking the warmest choice (most empathy) or always the best-scoring
 * move now must not get there, and there must be two routes to it that differ in at least two decisions.
 * Strategies branch on ties, so a tie cannot hide a winning variant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkScenario, choicesNow, choose, currentNode, startRun, type Choice, type Run, type Scenario } from '../../src/engine/index.ts';
import { fixturePath } from './load-fixture.ts';

const SCENARIOS = join(fixturePath(''), '..', '..', '..', 'content', 'scenarios');
const OWN_SEAT = { skatevideo: 'lina', 'foto-im-bus': 'jonas', 'discord-squad': 'elif' } as const;

function load(id: string): Scenario {
  const result = checkScenario(parse(readFileSync(join(SCENARIOS, `${id}.yaml`), 'utf8')), id);
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.problems)}`);
  return result.scenario;
}

interface Ending { path: string[]; outcome: string }

/** Every ending reachable when `pick` chooses among the choices on offer (all of them without `pick`). */
function endings(s: Scenario, pick?: (choices: Choice[]) => Choice[]): Ending[] {
  const out: Ending[] = [];
  const walk = (run: Run, path: string[]) => {
    const node = currentNode(s, run);
    if (node?.type === 'ending') return void out.push({ path, outcome: node.outcome });
    for (const c of pick ? pick(choicesNow(s, run)) : choicesNow(s, run)) {
      const next = choose(s, run, c.id);
      if (next.ok) walk(next.run, [...path, c.id]);
    }
  };
  walk(startRun(s), []);
  return out;
}

const topBy = (value: (c: Choice) => number) => (choices: Choice[]) => {
  const best = Math.max(...choices.map(value));
  return choices.filter((c) => value(c) === best);
};
const empathy = (c: Choice) => c.scores?.empathy ?? 0;
const total = (c: Choice) => Object.values(c.scores ?? {}).reduce<number>((a, b) => a + (b ?? 0), 0);
const differences = (a: string[], b: string[]) => Array.from({ length: Math.max(a.length, b.length) }, (_, i) => a[i] !== b[i]).filter(Boolean).length;

describe.each(Object.entries(OWN_SEAT))('%s', (id, victim) => {
  const scenario = load(id);

  it('is not won by always taking the warmest choice', () => {
    const reached = endings(scenario, topBy(empathy));
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.filter((e) => e.outcome === 'candystorm'), JSON.stringify(reached)).toEqual([]);
  });

  it('is not won by always taking the best-scoring move now', () => {
    const reached = endings(scenario, topBy(total));
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.filter((e) => e.outcome === 'candystorm'), JSON.stringify(reached)).toEqual([]);
  });

  it('has two routes to the candystorm that differ in at least two decisions', () => {
    const wins = endings(scenario).filter((e) => e.outcome === 'candystorm').map((e) => e.path);
    expect(wins.some((a) => wins.some((b) => differences(a, b) >= 2)), JSON.stringify(wins)).toBe(true);
  });

  it('puts the learner in their own seat on a named platform, the person hurt told on the hurt-safe scale', () => {
    expect(scenario.platform).toBeDefined();
    expect(scenario.account.name).toMatch(/^Du \(/);
    expect(scenario.personas[victim]?.scale).toBe('hurt-safe');
  });
});
