/**
 * The home page's progress per module, read from what the real simulator store writes: the summary
 * restates the store's key and fields (to stay out of the islands' bundle), so this round trip is
 * what keeps the two in step.
 */
import { describe, expect, it } from 'vitest';
import { scoreRun, replay } from '../../src/engine/index.ts';
import { moduleProgress, moduleToContinue, type ModuleProgress } from '../../src/stores/progress-summary.ts';
import { createSimulatorStore, progressKey } from '../../src/stores/simulator-store.ts';
import { loadScenario } from './load-fixture.ts';
import { useMemoryStorage } from './memory-storage.ts';

const { scenario, analysis } = loadScenario('valid-minimal.yaml');
const extremes = analysis.extremes!;
const endingIds = Object.entries(scenario.nodes).filter(([, n]) => n.type === 'ending').map(([id]) => id);
const MODULE = [{ scenarioId: scenario.id, key: progressKey(scenario.id), endingIds }];
const GOOD = ['listen', 'hide-troll'];
const BAD = ['defend', 'argue'];

const storage = useMemoryStorage();

async function play(...paths: string[][]) {
  const s = createSimulatorStore(scenario, { extremes });
  await s.persist.rehydrate();
  for (const path of paths) {
    for (const id of path) s.getState().choose(id, 0);
    if (s.getState().run.ended) s.getState().restart();
  }
  return s;
}

const overallOf = (path: string[]) => {
  const r = replay(scenario, path);
  if (!r.ok) throw new Error(r.error);
  return scoreRun(scenario, r.run, extremes).overall;
};
const getItem = (key: string) => storage().getItem(key);

describe('module progress from the simulator store', () => {
  it('is "not started" when nothing is stored, and counts all endings of the module', () => {
    expect(moduleProgress(getItem, MODULE)).toEqual({ status: 'not-started', endingsFound: 0, endingsTotal: endingIds.length, inProgress: false });
  });

  it('counts distinct endings found and the best score over two finished runs', async () => {
    await play(GOOD, BAD, GOOD);
    const p = moduleProgress(getItem, MODULE);
    expect(p.status).toBe('finished');
    expect(p.endingsFound).toBe(2);
    expect(p.best).toBe(Math.max(overallOf(GOOD), overallOf(BAD)));
    expect(p.inProgress).toBe(false);
  });

  it('sees a run under way after the first choice', async () => {
    await play(['listen']);
    const p = moduleProgress(getItem, MODULE);
    expect(p).toMatchObject({ status: 'started', inProgress: true, endingsFound: 0 });
  });

  it('reads broken storage() as not started, whatever it holds', () => {
    for (const junk of ['{', 'null', '[]', '{"state":{"finished":"x","path":[]}}', '{"state":{"finished":[{"endingId":1}],"path":[]}}']) {
      storage().setItem(progressKey(scenario.id), junk);
      expect(moduleProgress(getItem, MODULE).endingsFound, junk).toBe(0);
    }
    expect(moduleProgress(() => { throw new Error('blocked'); }, MODULE).status).toBe('not-started');
  });
});

describe('where "continue" leads', () => {
  const p = (over: Partial<ModuleProgress>): ModuleProgress => ({ status: 'not-started', endingsFound: 0, endingsTotal: 4, inProgress: false, ...over });
  it('nowhere on a first visit', () => {
    expect(moduleToContinue([{ module: 1, progress: p({}) }, { module: 2, progress: p({}) }])).toBeUndefined();
  });
  it('to the lowest module with a run under way', () => {
    expect(moduleToContinue([{ module: 3, progress: p({ inProgress: true, status: 'started' }) }, { module: 5, progress: p({ inProgress: true, status: 'started' }) }])).toBe(3);
  });
  it('to the next unfinished module after the one finished most recently', () => {
    const modules = [
      { module: 1, progress: p({ status: 'finished', lastFinishedAt: '2026-01-02T00:00:00Z' }) },
      { module: 2, progress: p({ status: 'finished', lastFinishedAt: '2026-01-01T00:00:00Z' }) },
      { module: 3, progress: p({}) },
    ];
    expect(moduleToContinue(modules)).toBe(3);
  });
  it('back to a module played but not finished', () => {
    expect(moduleToContinue([{ module: 4, progress: p({ status: 'started', lastFinishedAt: '2026-01-01T00:00:00Z' }) }, { module: 5, progress: p({}) }])).toBe(4);
  });
});
