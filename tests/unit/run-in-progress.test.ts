/**
 * The update offer waits while a run is under way. run-in-progress.ts restates the store's key and
 * fields (to stay out of the islands' bundle), so these tests read what the real store writes.
 */
import { describe, expect, it } from 'vitest';
import { anyRunUnderWay, progressKeyOf, runUnderWay, scenarioIdsOf } from '../../src/offline/run-in-progress.ts';
import { createSimulatorStore, progressKey } from '../../src/stores/simulator-store.ts';
import { loadScenario } from './load-fixture.ts';
import { useMemoryStorage } from './memory-storage.ts';

const { scenario, analysis } = loadScenario('valid-minimal.yaml');
const extremes = analysis.extremes!;
const GOOD = ['listen', 'hide-troll'];

const storage = useMemoryStorage();

const getItem = (key: string) => storage().getItem(key);

async function storeWith(choices: readonly string[]) {
  const s = createSimulatorStore(scenario, { extremes });
  await s.persist.rehydrate();
  for (const id of choices) s.getState().choose(id, 0);
  return s;
}

describe('a simulator run in progress, as the update offer sees it', () => {
  it('uses the store’s own storage() key', () => {
    expect(progressKeyOf(scenario.id)).toBe(progressKey(scenario.id));
  });

  it('is not under way before the first choice', async () => {
    await storeWith([]);
    expect(runUnderWay(getItem, progressKeyOf(scenario.id))).toBe(false);
  });

  it('is under way after a first choice', async () => {
    await storeWith(GOOD.slice(0, 1));
    expect(runUnderWay(getItem, progressKeyOf(scenario.id))).toBe(true);
  });

  it('is no longer under way once the run reached an ending, and again after a restart and a choice', async () => {
    const s = await storeWith(GOOD);
    expect(s.getState().run.ended).toBe(true);
    expect(runUnderWay(getItem, progressKeyOf(scenario.id))).toBe(false);
    s.getState().restart();
    expect(runUnderWay(getItem, progressKeyOf(scenario.id))).toBe(false);
    s.getState().choose(GOOD[0]!, 0);
    expect(runUnderWay(getItem, progressKeyOf(scenario.id))).toBe(true);
  });

  it('treats unreadable storage() as no run (the offer is never blocked for ever)', () => {
    storage().setItem(progressKeyOf('x'), '{not json');
    expect(runUnderWay(getItem, progressKeyOf('x'))).toBe(false);
    expect(runUnderWay(() => { throw new Error('denied'); }, progressKeyOf('x'))).toBe(false);
  });

  it('finds the scenarios of a page in its island props and ignores islands without one', async () => {
    await storeWith(GOOD.slice(0, 1));
    const ids = scenarioIdsOf([JSON.stringify({ scenario: { id: scenario.id } }), JSON.stringify({ questions: [] }), '{broken']);
    expect(ids).toEqual([scenario.id]);
    expect(anyRunUnderWay(getItem, ids)).toBe(true);
    expect(anyRunUnderWay(getItem, ['another-scenario'])).toBe(false);
  });
});
