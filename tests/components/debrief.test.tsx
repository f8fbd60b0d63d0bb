// @vitest-environment jsdom
import { vi } from 'vitest';

/** Every store the island creates, so a test can look at what it recorded. */
const created = vi.hoisted(() => ({ stores: [] as unknown[] }));
vi.mock('../../src/stores/simulator-store.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/stores/simulator-store.ts')>();
  return {
    ...original,
    createSimulatorStore: (...args: Parameters<typeof original.createSimulatorStore>) => {
      const store = original.createSimulatorStore(...args);
      created.stores.push(store);
      return store;
    },
  };
});

import { choiceOf, extremes, fill, offeredChoices, playPath, renderSimulator, scenario, textOf, word } from './setup.ts';
import { fireEvent } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { adviseRun, bestPath, choicesNow, DIMENSIONS, replay, scoreRun, startRun, type Run } from '../../src/engine/index.ts';
import { PROGRESS_VERSION, progressKey, type SimulatorStore } from '../../src/stores/simulator-store.ts';

beforeEach(() => {
  created.stores.length = 0;
});

function lastStore(): SimulatorStore {
  const store = created.stores.at(-1);
  if (!store) throw new Error('no simulator store was created');
  return store as SimulatorStore;
}

function replayed(path: readonly string[]): Run {
  const result = replay(scenario, path);
  if (!result.ok) throw new Error(`path ${path.join(',')} does not replay: ${result.error}`);
  return result.run;
}

/** The text of the choice made at each step of a path. */
function choiceTexts(path: readonly string[]): string[] {
  const run = replayed(path);
  return run.steps.map((step) => choiceOf(scenario, step.nodeId, step.choiceId).text.de);
}

function button(root: HTMLElement, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => textOf(b) === label);
  expect(found, `a button "${label}"`).toBeDefined();
  return found!;
}

function stepItems(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-testid="your-path"] > li')];
}

const best = bestPath(scenario);
if (!best) throw new Error('the fixture has no best path');
const BEST = best.choiceIds;
/** A complete path that is not the best one anywhere. */
const WORSE = ['defend', 'argue'];

describe('the debrief', () => {
  it('shows the ending, the five scores from scoreRun and one timeline entry per step', async () => {
    const { root } = await renderSimulator();
    expect(root.querySelector('[data-testid="ending"]')).toBeNull();
    playPath(root, WORSE);

    const run = replayed(WORSE);
    expect(run.ended).toBe(true);
    const node = scenario.nodes[run.nodeId];
    if (node?.type !== 'ending') throw new Error('path does not end');
    const ending = root.querySelector<HTMLElement>('[data-testid="ending"]');
    expect(ending?.getAttribute('data-ending')).toBe(run.nodeId);
    expect(textOf(ending!.querySelector('h3'))).toBe(fill(word('de', 'sim.ending'), { title: node.title.de }));
    expect(textOf(ending)).toContain(node.text.de);
    expect(textOf(ending!.querySelector('.sim-outcome'))).toBe(word('de', `outcome.${node.outcome}`));

    const score = scoreRun(scenario, run, extremes);
    // A path that is worse somewhere, so 100 everywhere could not pass by accident.
    expect(DIMENSIONS.some((d) => score.dimensions[d].percent < 100)).toBe(true);
    for (const d of DIMENSIONS) {
      const row = ending!.querySelector(`[data-dimension="${d}"]`);
      expect(textOf(row?.querySelector('dt'))).toBe(word('de', `dimension.${d}`));
      expect(textOf(row?.querySelector('.sim-score-value'))).toBe(fill(word('de', 'sim.percent'), { n: score.dimensions[d].percent }));
    }
    expect(ending!.querySelectorAll('[data-dimension]')).toHaveLength(DIMENSIONS.length);
    expect(textOf(root.querySelector('[data-testid="overall"]'))).toBe(fill(word('de', 'sim.overall'), { n: score.overall }));

    const steps = stepItems(root);
    expect(steps).toHaveLength(run.steps.length);
    choiceTexts(WORSE).forEach((text, i) => {
      expect(textOf(steps[i])).toContain(`${word('de', 'sim.youChose')} ${text}`);
    });
  });

  it('names the stronger alternative from adviseRun on a path that was not the best', async () => {
    const { root } = await renderSimulator();
    playPath(root, WORSE);
    const run = replayed(WORSE);
    const advice = adviseRun(scenario, run);
    expect(advice).toHaveLength(run.steps.length);
    expect(advice.some((a) => !a.isBest)).toBe(true);
    const steps = stepItems(root);
    for (const a of advice) {
      const item = steps[a.step]!;
      const better = item.querySelector('[data-testid="better"]');
      if (a.isBest) {
        expect(better).toBeNull();
        expect(textOf(item)).toContain(word('de', 'sim.wasBest'));
      } else {
        const alternative = choiceOf(scenario, a.nodeId, a.best);
        expect(textOf(better)).toContain(`${word('de', 'sim.better')} ${alternative.text.de}`);
        expect(textOf(better)).toContain(alternative.feedback.de);
        expect(item.getAttribute('data-best')).toBe('no');
        expect(textOf(item)).not.toContain(word('de', 'sim.wasBest'));
      }
    }
    // Beside it, the strongest path.
    const column = [...root.querySelectorAll('[data-testid="best-path"] > li')].map((li) => textOf(li));
    expect(column).toHaveLength(BEST.length);
    choiceTexts(BEST).forEach((text, i) => expect(column[i]).toContain(text));
  });

  it('on the best path says every step was the strongest and offers no alternative', async () => {
    const { root } = await renderSimulator();
    playPath(root, BEST);
    const steps = stepItems(root);
    expect(steps).toHaveLength(BEST.length);
    for (const item of steps) {
      expect(item.getAttribute('data-best')).toBe('yes');
      expect(textOf(item)).toContain(word('de', 'sim.wasBest'));
    }
    expect(root.querySelector('[data-testid="better"]')).toBeNull();
    expect(textOf(root)).not.toContain(word('de', 'sim.better'));
    const column = [...root.querySelectorAll('[data-testid="best-path"] > li')].map((li) => textOf(li));
    expect(column).toHaveLength(BEST.length);
    choiceTexts(BEST).forEach((text, i) => expect(column[i]).toContain(text));
  });

  it('“Ab Entscheidung 2 neu versuchen” goes back to the state before step 2', async () => {
    const { root } = await renderSimulator();
    playPath(root, BEST);
    const generation = lastStore().getState().generation;
    fireEvent.click(button(root, fill(word('de', 'sim.jumpBack'), { n: 2 })));

    expect(root.querySelector('[data-testid="ending"]')).toBeNull();
    const before = replayed(BEST.slice(0, 1));
    // Jumping back keeps the run's choice-order seed: the same order as before the jump.
    const seed = lastStore().getState().run.seed;
    expect(seed).toBeDefined();
    expect(offeredChoices(root)).toEqual(choicesNow(scenario, { ...before, seed: seed! }).map((c) => c.id));
    expect(offeredChoices(root)).toContain(BEST[1]);
    // The thread holds the first move only, and what the second did is undone.
    const moves = root.querySelectorAll('[data-testid="own-post"], [data-testid="move-note"]');
    expect(moves).toHaveLength(1);
    expect(textOf(moves[0])).toContain(choiceTexts(BEST)[0]!);
    expect(textOf(root)).not.toContain(word('de', 'sim.post.hidden'));
    const endingNode = scenario.nodes[replayed(BEST).nodeId]!;
    for (const post of endingNode.posts) expect(textOf(root)).not.toContain(post.text.de);
    expect(lastStore().getState().run).toEqual({ ...before, seed });
    expect(lastStore().getState().generation).toBe(generation + 1);
  });

  it('“Noch einmal spielen” starts again from the beginning', async () => {
    const { root } = await renderSimulator();
    playPath(root, WORSE);
    fireEvent.click(button(root, word('de', 'sim.restart')));
    expect(root.querySelector('[data-testid="ending"]')).toBeNull();
    // A new round draws a new choice-order seed.
    const seed = lastStore().getState().run.seed!;
    expect(offeredChoices(root)).toEqual(choicesNow(scenario, startRun(scenario, seed)).map((c) => c.id));
    expect(root.querySelectorAll('[data-testid="own-post"], [data-testid="move-note"]')).toHaveLength(0);
    expect(root.querySelectorAll('[data-testid="post"]')).toHaveLength(scenario.nodes[scenario.start]!.posts.length);
    expect(lastStore().getState().run).toEqual(startRun(scenario, seed));
  });

  it('records a finished run in the store and in localStorage, and keeps the best', async () => {
    const { root, unmount } = await renderSimulator();
    playPath(root, BEST);
    const bestScore = scoreRun(scenario, replayed(BEST), extremes).overall;
    const store = lastStore();
    expect(store.getState().finished).toHaveLength(1);
    expect(store.getState().finished[0]).toMatchObject({
      scenarioVersion: scenario.version,
      path: BEST,
      endingId: replayed(BEST).nodeId,
      overall: bestScore,
    });
    expect(store.getState().best?.overall).toBe(bestScore);

    const raw = localStorage.getItem(progressKey(scenario.id));
    expect(raw).not.toBeNull();
    const stored = JSON.parse(raw!) as { version: number; state: { path: string[]; finished: { path: string[]; overall: number }[] } };
    expect(stored.version).toBe(PROGRESS_VERSION);
    expect(stored.state.path).toEqual(BEST);
    expect(stored.state.finished).toHaveLength(1);
    expect(stored.state.finished[0]).toMatchObject({ path: BEST, overall: bestScore });

    // A weaker second round: recorded newest first, and the debrief mentions the best so far.
    fireEvent.click(button(root, word('de', 'sim.restart')));
    playPath(root, WORSE);
    const worseScore = scoreRun(scenario, replayed(WORSE), extremes).overall;
    expect(worseScore).toBeLessThan(bestScore);
    expect(store.getState().finished.map((f) => f.path)).toEqual([WORSE, BEST]);
    expect(store.getState().best?.overall).toBe(bestScore);
    expect(textOf(root.querySelector('[data-testid="overall"]'))).toContain(fill(word('de', 'sim.bestSoFar'), { n: bestScore }));
    const again = JSON.parse(localStorage.getItem(progressKey(scenario.id))!) as typeof stored;
    expect(again.state.finished.map((f) => f.path)).toEqual([WORSE, BEST]);

    // After a reload the island restores the finished run and its result, without recording it twice.
    unmount();
    const reloaded = await renderSimulator();
    const restored = lastStore();
    expect(restored).not.toBe(store);
    // The reload restores the run with the seed it was played with.
    expect(restored.getState().run).toEqual({ ...replayed(WORSE), seed: store.getState().run.seed });
    expect(restored.getState().finished.map((f) => f.path)).toEqual([WORSE, BEST]);
    expect(reloaded.root.querySelector('[data-testid="ending"]')?.getAttribute('data-ending')).toBe(replayed(WORSE).nodeId);
  });

  it('opens with the ending card: outcome, big score, endings found on this device, and play again first', async () => {
    const { root } = await renderSimulator();
    const endingIds = Object.entries(scenario.nodes).filter(([, n]) => n.type === 'ending').map(([id]) => id);
    const worseEnd = replayed(WORSE).nodeId;
    const bestEnd = replayed(BEST).nodeId;
    // Two different endings, so the count can be seen to climb.
    expect(worseEnd).not.toBe(bestEnd);
    playPath(root, WORSE);
    const ending = root.querySelector<HTMLElement>('[data-testid="ending"]')!;
    const card = ending.firstElementChild as HTMLElement;
    expect(card.getAttribute('data-testid')).toBe('ending-card');
    // Everything the first screen needs is inside the card, in this order.
    const order = ['.sim-outcome', 'h3', '[data-testid="overall"]', '[data-testid="endings-found"]', '[data-testid="play-again"]'].map((sel) => card.querySelector(sel));
    expect(order.every(Boolean)).toBe(true);
    for (let i = 1; i < order.length; i++) expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(textOf(card.querySelector('.sim-overall-n'))).toBe(String(scoreRun(scenario, replayed(WORSE), extremes).overall));
    expect(textOf(card.querySelector('[data-testid="endings-found"]'))).toContain(fill(word('de', 'sim.endingsFound'), { n: 1, m: endingIds.length }));
    expect(textOf(card.querySelector('[data-testid="endings-found"]'))).toContain(fill(word('de', 'sim.endingsLeft'), { n: endingIds.length - 1 }));

    fireEvent.click(button(root, word('de', 'sim.restart')));
    playPath(root, BEST);
    expect(textOf(root.querySelector('[data-testid="endings-found"]'))).toContain(fill(word('de', 'sim.endingsFound'), { n: 2, m: endingIds.length }));
    // The same ending again does not count twice.
    fireEvent.click(button(root, word('de', 'sim.restart')));
    playPath(root, BEST);
    expect(textOf(root.querySelector('[data-testid="endings-found"]'))).toContain(fill(word('de', 'sim.endingsFound'), { n: 2, m: endingIds.length }));
  });

  it('celebrates a candystorm ending only, as decoration', async () => {
    const { root } = await renderSimulator();
    for (const path of [WORSE, BEST]) {
      playPath(root, path);
      const node = scenario.nodes[replayed(path).nodeId];
      if (node?.type !== 'ending') throw new Error('path does not end');
      const party = root.querySelector('[data-testid="celebration"]');
      if (node.outcome === 'candystorm') {
        expect(party?.getAttribute('aria-hidden')).toBe('true');
        expect(textOf(party)).toBe('');
      } else expect(party).toBeNull();
      fireEvent.click(button(root, word('de', 'sim.restart')));
    }
    // The fixture's best path is a candystorm, so the celebration was really seen once.
    const bestNode = scenario.nodes[replayed(BEST).nodeId];
    expect(bestNode?.type === 'ending' && bestNode.outcome).toBe('candystorm');
  });

  it('keeps the decision-by-decision review collapsed, and “Andere Enden ausprobieren” goes back to the last decision', async () => {
    const { root } = await renderSimulator();
    playPath(root, WORSE);
    const review = root.querySelector<HTMLDetailsElement>('[data-testid="review"]')!;
    expect(review.tagName).toBe('DETAILS');
    expect(review.open).toBe(false);
    expect(textOf(review.querySelector('summary'))).toBe(word('de', 'sim.review'));
    expect(review.querySelector('[data-testid="your-path"]')).not.toBeNull();

    fireEvent.click(button(root, word('de', 'sim.tryOthers')));
    expect(root.querySelector('[data-testid="ending"]')).toBeNull();
    const seed = lastStore().getState().run.seed!;
    expect(lastStore().getState().run).toEqual({ ...replayed(WORSE.slice(0, -1)), seed });
  });
});
