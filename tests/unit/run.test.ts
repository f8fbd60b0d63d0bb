import { describe, expect, it } from 'vitest';
import { choicePath, choicesNow, choose, replay, rewind, startRun, type PathStep, type Run } from '../../src/engine/index.ts';
import { loadScenario } from './load-fixture.ts';

const { scenario } = loadScenario('valid-minimal.yaml');

function play(ids: PathStep[]): Run {
  const result = replay(scenario, ids);
  if (!result.ok) throw new Error(`replay failed at ${result.at}: ${result.error}`);
  return result.run;
}

describe('a run', () => {
  it('starts at the start node with the initial state and persona moods', () => {
    const run = startRun(scenario);
    expect(run.nodeId).toBe('complaint');
    expect(run.state).toEqual({ audience: -10, storm: 1, moods: { kim: -40, troll: -20, ben: 20 }, flags: [] });
    expect(run.ended).toBe(false);
    expect(choicesNow(scenario, run).map((c) => c.id)).toEqual(['listen', 'defend']);
  });

  it('applies every kind of effect and returns a new run without touching the old one', () => {
    const before = startRun(scenario);
    const frozen = JSON.stringify(before);
    const result = choose(scenario, before, 'listen');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(before)).toBe(frozen);
    expect(result.run.state).toEqual({ audience: 10, storm: 0, moods: { kim: 0, troll: -20, ben: 20 }, flags: ['listened'] });
    expect(result.run.totals).toEqual({ empathy: 2, clarity: 0, solution: 0, deescalation: 2, integrity: 0 });
    expect(result.run.steps).toEqual([{ nodeId: 'complaint', choiceId: 'listen', before: before.state }]);
  });

  it('offers a choice with `when` only once its condition holds', () => {
    expect(choicesNow(scenario, play(['defend'])).map((c) => c.id)).toEqual(['hide-troll', 'argue']);
    expect(choicesNow(scenario, play(['listen'])).map((c) => c.id)).toEqual(['hide-troll', 'argue', 'thank-ben']);
  });

  it.each([
    { path: ['listen', 'hide-troll'], ending: 'candy', why: 'the learner listened and Kim calmed down' },
    { path: ['defend', 'hide-troll'], ending: 'storm', why: 'defending pushed the storm to level 3' },
    { path: ['listen', 'thank-ben'], ending: 'calm', why: 'thanking supporters leads to calm' },
    { path: ['listen', 'argue'], ending: 'storm', why: 'arguing with the troll escalates' },
  ])('reaches "$ending" via $path because $why', ({ path, ending }) => {
    const run = play(path);
    expect(run.ended).toBe(true);
    expect(run.nodeId).toBe(ending);
  });

  it('keeps values within their scales', () => {
    const run = play(['defend', 'argue']);
    expect(run.state.audience).toBe(-80);
    expect(run.state.storm).toBe(5);
    const clamped = choose(scenario, { ...startRun(scenario), state: { ...startRun(scenario).state, storm: 6, audience: -90 } }, 'defend');
    expect(clamped.ok && clamped.run.state).toMatchObject({ storm: 6, audience: -100 });
  });

  it.each([
    { name: 'an unknown choice id', path: ['listen', 'shout'], error: 'unknown-choice', at: 1 },
    { name: 'a choice whose `when` does not hold', path: ['defend', 'thank-ben'], error: 'choice-unavailable', at: 1 },
    { name: 'a choice after the ending', path: ['listen', 'argue', 'listen'], error: 'run-ended', at: 2 },
  ])('refuses $name without throwing', ({ path, error, at }) => {
    expect(replay(scenario, path)).toEqual({ ok: false, error, at });
  });

  it('refuses a run of another scenario version', () => {
    const run = { ...startRun(scenario), scenarioVersion: 99 };
    expect(choose(scenario, run, 'listen')).toEqual({ ok: false, error: 'wrong-scenario' });
  });

  it('is reproducible from its choice ids and survives JSON', () => {
    const run = play(['listen', 'hide-troll']);
    const copy = JSON.parse(JSON.stringify(run)) as Run;
    expect(play(choicePath(copy))).toEqual(run);
  });

  it('rewinds to the state before a given decision', () => {
    const run = play(['listen', 'argue']);
    const back = rewind(scenario, run, 1);
    expect(back.ok && back.run).toEqual(play(['listen']));
  });
});
