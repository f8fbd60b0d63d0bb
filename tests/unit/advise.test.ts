import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  adviseRun,
  bestContinuation,
  bestPath,
  checkScenario,
  choicesNow,
  choiceValue,
  DIMENSIONS,
  OUTCOMES,
  replay,
  type Run,
  type Scenario,
} from '../../src/engine/index.ts';
import { explore, vertexKey } from '../../src/engine/explore.ts';
import { loadScenario } from './load-fixture.ts';

const minimal = loadScenario('valid-minimal.yaml').scenario;
const loop = loadScenario('valid-loop.yaml').scenario;
const paket = (() => {
  const file = fileURLToPath(new URL('../../content/scenarios/paket-verspaetet.yaml', import.meta.url));
  const result = checkScenario(parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`paket-verspaetet is broken: ${JSON.stringify(result.problems, null, 1)}`);
  return result.scenario;
})();

function play(scenario: Scenario, ids: readonly string[]): Run {
  const result = replay(scenario, ids);
  if (!result.ok) throw new Error(`replay of ${ids.join(',')} failed at ${result.at}: ${result.error}`);
  return result.run;
}

/** Points of a run summed over the five dimensions: what the advice maximises. */
const sum = (run: Run) => DIMENSIONS.reduce((total, d) => total + run.totals[d], 0);

interface Path {
  ids: string[];
  run: Run;
  total: number;
  /** The ending's place in OUTCOMES: the advice wants the best ending first, then the most points. */
  rank: number;
}

const rankOf = (scenario: Scenario, run: Run) => {
  const node = scenario.nodes[run.nodeId];
  return node?.type === 'ending' ? OUTCOMES.indexOf(node.outcome) : -1;
};

/** Every complete path that starts with `prefix`, by brute force in the author's order; loops are cut at `maxLength`. */
function completePaths(scenario: Scenario, prefix: string[] = [], maxLength = Infinity): Path[] {
  const paths: Path[] = [];
  const walk = (ids: string[]) => {
    const run = play(scenario, ids);
    if (run.ended) paths.push({ ids, run, total: sum(run), rank: rankOf(scenario, run) });
    else if (ids.length < maxLength) for (const c of choicesNow(scenario, run)) walk([...ids, c.id]);
  };
  walk(prefix);
  return paths;
}

/** Whether `b` is a better way than `a`: a better ending, or the same ending with more points. */
const better = (b: Path, a: Path) => b.rank > a.rank || (b.rank === a.rank && b.total > a.total);

/** The path the advice should name: best ending, then highest total, then fewest decisions, then the author's order. */
function preferred(paths: Path[]): Path {
  return paths.reduce((a, b) => (better(b, a) || (b.rank === a.rank && b.total === a.total && b.ids.length < a.ids.length) ? b : a));
}

/** The path with the fewest points (the author's order first on ties). */
const worst = (paths: Path[]) => paths.reduce((a, b) => (b.total < a.total ? b : a));

/** Checks each step's advice against brute force over every way the run could have gone on from there. */
function expectAdviceMatchesBruteForce(scenario: Scenario, ids: string[]) {
  const run = play(scenario, ids);
  const advice = adviseRun(scenario, run);
  expect(advice.map((a) => a.step)).toEqual(ids.map((_, i) => i));
  advice.forEach((a, i) => {
    const sofar = sum(play(scenario, ids.slice(0, i)));
    const fromHere = preferred(completePaths(scenario, ids.slice(0, i)));
    const afterChosen = preferred(completePaths(scenario, ids.slice(0, i + 1)));
    expect(a).toMatchObject({ nodeId: run.steps[i]!.nodeId, chosen: ids[i], best: fromHere.ids[i] });
    expect(a.bestValue).toBe(fromHere.total - sofar);
    expect(a.chosenValue).toBe(afterChosen.total - sofar);
    expect(a.isBest).toBe(afterChosen.rank === fromHere.rank && a.chosenValue === a.bestValue);
  });
  return advice;
}

describe('choiceValue', () => {
  it('sums the points over the five dimensions with equal weights; a missing dimension counts 0', () => {
    const complaint = minimal.nodes['complaint'];
    if (complaint?.type !== 'decision') throw new Error('fixture changed');
    expect(complaint.choices.map(choiceValue)).toEqual([2 + 2, -2 - 1 + 1]);
    expect(choiceValue({})).toBe(0);
  });
});

describe('bestPath', () => {
  it('is the complete path with the highest total, ties to the choice the author wrote first (valid-minimal)', () => {
    const paths = completePaths(minimal);
    const best = bestPath(minimal);
    expect(best).toEqual({ choiceIds: preferred(paths).ids, total: preferred(paths).total });
    expect(sum(play(minimal, best!.choiceIds))).toBe(best!.total);
  });

  it('does not wait in a loop: waiting scores nothing and makes hiding fail (valid-loop)', () => {
    const paths = completePaths(loop, [], 4);
    const best = bestPath(loop)!;
    expect(best.choiceIds).not.toContain('wait');
    expect(best).toEqual({ choiceIds: preferred(paths).ids, total: preferred(paths).total });
    expect(play(loop, best.choiceIds).nodeId).toBe('calm');
    const waiting = paths.filter((p) => p.ids.includes('wait'));
    expect(waiting.length).toBeGreaterThan(0);
    for (const p of waiting) {
      expect(p.total).toBeLessThanOrEqual(best.total);
      expect(p.run.nodeId).not.toBe('calm');
    }
  });

  it('does not take a move that scores best now but closes the way to the candystorm (paket-verspaetet)', () => {
    const best = bestPath(paket)!;
    expect(best.choiceIds).toContain('troll-ausblenden');
    // Guessing a cause instead scores more on the same way, and ends without the candystorm.
    const guessing = play(paket, best.choiceIds.map((id) => (id === 'troll-ausblenden' ? 'ursache-raten' : id)));
    expect(sum(guessing)).toBeGreaterThan(best.total);
    expect(guessing.nodeId).not.toBe('ende-candystorm');
    expect(play(paket, best.choiceIds).nodeId).toBe('ende-candystorm');
  });

  it('reaches the candystorm with the highest total of all candystorm paths (paket-verspaetet)', () => {
    const paths = completePaths(paket);
    const best = bestPath(paket)!;
    const candy = paths.filter((p) => p.run.nodeId === 'ende-candystorm');
    expect(best.total).toBe(Math.max(...candy.map((p) => p.total)));
    expect(best.choiceIds).toEqual(preferred(paths).ids);
    const run = play(paket, best.choiceIds);
    expect(run.nodeId).toBe('ende-candystorm');
    expect(sum(run)).toBe(best.total);
  });
});

describe('bestContinuation', () => {
  it('from any point of any run is the best way of finishing that run (paket-verspaetet, all two-step prefixes)', () => {
    const prefixes = [...new Set(completePaths(paket).map((p) => p.ids.slice(0, 2).join(' ')))].map((p) => p.split(' '));
    expect(prefixes.length).toBeGreaterThan(4);
    for (const prefix of prefixes) {
      const run = play(paket, prefix);
      const expected = preferred(completePaths(paket, prefix));
      expect(bestContinuation(paket, run.nodeId, run.state), prefix.join(',')).toEqual({
        choiceIds: expected.ids.slice(prefix.length),
        total: expected.total - sum(run),
      });
    }
  });

  it('is empty at an ending and undefined where no ending can be reached', () => {
    const run = play(minimal, ['listen', 'hide-troll']);
    expect(bestContinuation(minimal, run.nodeId, run.state)).toEqual({ choiceIds: [], total: 0 });
    expect(bestContinuation(minimal, 'no-such-node', run.state)).toBeUndefined();
  });
});

describe('adviseRun', () => {
  it.each([
    ['valid-minimal', minimal],
    ['paket-verspaetet', paket],
  ])('on a worst path of %s names a better choice wherever the run could have done better', (_, scenario) => {
    const ids = worst(completePaths(scenario)).ids;
    const advice = expectAdviceMatchesBruteForce(scenario, ids);
    // Once a worse ending is certain, the choice with fewest points can be the best left.
    expect(advice.filter((a) => !a.isBest).length).toBeGreaterThan(0);
    for (const a of advice.filter((x) => !x.isBest)) expect(a.best).not.toBe(a.chosen);
  });

  it.each([
    ['valid-minimal', minimal],
    ['valid-loop', loop],
    ['paket-verspaetet', paket],
  ])('on the best path of %s marks every step best', (_, scenario) => {
    const ids = bestPath(scenario)!.choiceIds;
    const advice = adviseRun(scenario, play(scenario, ids));
    expect(advice).toHaveLength(ids.length);
    for (const a of advice) expect(a).toMatchObject({ isBest: true, best: a.chosen, chosenValue: a.bestValue });
  });

  it('agrees with brute force on mixed runs', () => {
    const paths = completePaths(paket);
    // A spread of runs: every 400th complete path, in the author's order.
    for (const p of paths.filter((_, i) => i % 400 === 0)) expectAdviceMatchesBruteForce(paket, p.ids);
  });

  it('gives the same answer as exploring afresh from each step', () => {
    const ids = completePaths(paket)[1234]!.ids;
    const run = play(paket, ids);
    adviseRun(paket, run).forEach((a, i) => {
      const fresh = bestContinuation(paket, run.steps[i]!.nodeId, run.steps[i]!.before)!;
      expect(a).toMatchObject({ best: fresh.choiceIds[0], bestValue: fresh.total });
    });
  });

  it('calls a choice best when it reaches the best ending with the best total, and not when it only matches the points', () => {
    const advice = adviseRun(loop, play(loop, ['wait', 'wait', 'hide']));
    // Waiting once scores what hiding scores, but closes the way to the calm ending.
    expect(advice[0]).toMatchObject({ chosen: 'wait', best: 'hide', isBest: false, chosenValue: 2, bestValue: 2 });
    // From there, waiting again and hiding lead to the same ending with the same points.
    expect(advice[1]).toMatchObject({ chosen: 'wait', best: 'hide', isBest: true, chosenValue: 2, bestValue: 2 });
    expect(adviseRun(loop, play(loop, ['insult']))).toEqual([
      { step: 0, nodeId: 'rant', chosen: 'insult', best: 'hide', isBest: false, chosenValue: -4, bestValue: 2 },
    ]);
  });

  it('does not throw on a run of another version or with a step edited by hand', () => {
    const run = play(minimal, ['defend', 'argue']);
    expect(adviseRun(minimal, { ...run, scenarioVersion: 99 })).toEqual([]);
    const edited: Run = { ...run, steps: [{ ...run.steps[0]!, choiceId: 'shout' }, run.steps[1]!] };
    expect(adviseRun(minimal, edited).map((a) => a.step)).toEqual([1]);
    const elsewhere: Run = { ...run, steps: [{ ...run.steps[1]!, before: { ...run.steps[1]!.before, audience: 55 } }] };
    expect(adviseRun(minimal, elsewhere)).toMatchObject([{ step: 0, chosen: 'argue', best: 'hide-troll' }]);
  });
});

describe('explore from a point of a run', () => {
  /** The (node, state) pairs every way on from `prefix` passes, by brute force. */
  const statesAfter = (scenario: Scenario, prefix: string[]) => {
    const keys = new Set<string>();
    for (const p of completePaths(scenario, prefix)) {
      p.run.steps.slice(prefix.length).forEach((s) => keys.add(vertexKey(s.nodeId, s.before)));
      keys.add(vertexKey(p.run.nodeId, p.run.state));
    }
    return keys;
  };

  it.each([
    ['valid-minimal', minimal, ['defend']],
    ['paket-verspaetet', paket, ['rechtfertigen', 'nachfassen']],
  ] as const)('finds exactly the states still reachable (%s after %j)', (_, scenario, prefix) => {
    const run = play(scenario, prefix);
    const exploration = explore(scenario, undefined, { nodeId: run.nodeId, state: run.state });
    expect(exploration.truncated).toBe(false);
    expect(exploration.start).toBe(vertexKey(run.nodeId, run.state));
    expect(new Set(exploration.vertices.keys())).toEqual(statesAfter(scenario, [...prefix]));
    expect(exploration.vertices.size).toBeLessThan(explore(scenario).vertices.size);
  });

  it('starts at the start with the initial state by default', () => {
    expect(new Set(explore(minimal).vertices.keys())).toEqual(statesAfter(minimal, []));
  });
});
