// @vitest-environment jsdom
import { advance, choiceOf, choose, fill, fixtureCopy, offeredChoices, playPath, renderSimulator, scenario, setReducedMotion, textOf, word } from './setup.ts';
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { membershipStore } from '../../src/learner/membership-store.ts';
import { DIMENSIONS, replay, type Choice, type Locale, type Scenario } from '../../src/engine/index.ts';
import { TYPING_MS } from '../../src/islands/Simulator/use-reveal.ts';

/** The fixture with a principle on `listen`, so the feedback's principle line can be checked. */
function withPrinciple(): Scenario {
  const copy = fixtureCopy();
  const start = copy.nodes[copy.start];
  if (start?.type !== 'decision') throw new Error('fixture starts at a decision');
  start.choices.find((c) => c.id === 'listen')!.principle = { de: 'Erst zuhören', en: 'Listen first' };
  return copy;
}

/** The points lines a choice's feedback lists, from the choice's scores and the dictionary. */
function pointsOf(locale: Locale, choice: Choice): string[] {
  return DIMENSIONS.filter((d) => (choice.scores?.[d] ?? 0) !== 0).map((d) => {
    const n = choice.scores![d]!;
    return `${word(locale, `dimension.${d}`)} ${n > 0 ? `+${n}` : `−${-n}`}`;
  });
}

/** The heading of the choices on offer: the node's prompt, or the generic one. */
function choicesHeadingText(s: Scenario, nodeId: string): string {
  const node = s.nodes[nodeId];
  return node?.type === 'decision' && node.prompt ? node.prompt.de : word('de', 'sim.choose');
}

function nodeAfter(s: Scenario, path: string[]): string {
  const result = replay(s, path);
  if (!result.ok) throw new Error(result.error);
  return result.run.nodeId;
}

describe('practice mode', () => {
  it('is the default and says so in data-mode', async () => {
    const { root } = await renderSimulator();
    expect(root.getAttribute('data-mode')).toBe('practice');
    expect(textOf(root)).not.toContain(word('de', 'sim.testMode'));
  });

  it('shows the feedback right after a choice and focuses its heading', async () => {
    const copy = withPrinciple();
    const { root } = await renderSimulator({ scenario: copy, mode: 'practice' });
    expect(root.querySelector('[data-testid="feedback"]')).toBeNull();
    choose(root, 'listen');

    const listen = choiceOf(copy, copy.start, 'listen');
    const panel = root.querySelector<HTMLElement>('[data-testid="feedback"]');
    expect(panel).not.toBeNull();
    expect(textOf(panel)).toContain(fill(word('de', 'sim.principle'), { p: listen.principle!.de }));
    expect(textOf(panel)).toContain(listen.feedback.de);
    const points = [...panel!.querySelectorAll('.sim-points li')].map((li) => textOf(li));
    expect(points).toEqual(pointsOf('de', listen));
    expect(points.length).toBeGreaterThan(0);

    const heading = panel!.querySelector('h3');
    expect(textOf(heading)).toBe(word('de', 'sim.feedback'));
    expect(document.activeElement).toBe(heading);

    // The next choice replaces it.
    choose(root, 'hide-troll');
    const hide = choiceOf(copy, 'troll', 'hide-troll');
    const next = root.querySelector('[data-testid="feedback"]');
    expect(textOf(next)).toContain(hide.feedback.de);
    expect(textOf(next)).not.toContain(listen.feedback.de);
  });
});

describe('test mode', () => {
  it('says so in data-mode and in the header', async () => {
    const { root } = await renderSimulator({ mode: 'test' });
    expect(root.getAttribute('data-mode')).toBe('test');
    expect(textOf(root.querySelector('.sim-header'))).toContain(word('de', 'sim.testMode'));
  });

  it('never shows feedback during the run, focuses the next question, and gives all feedback in the debrief', async () => {
    const copy = withPrinciple();
    const { root } = await renderSimulator({ scenario: copy, mode: 'test' });
    const path = ['listen', 'hide-troll'];
    const listen = choiceOf(copy, copy.start, 'listen');

    choose(root, 'listen');
    expect(root.querySelector('[data-testid="feedback"]')).toBeNull();
    expect(textOf(root)).not.toContain(listen.feedback.de);
    expect(textOf(root)).not.toContain(listen.principle!.de);
    const heading = root.querySelector('.sim-choices h3');
    expect(textOf(heading)).toBe(choicesHeadingText(copy, nodeAfter(copy, ['listen'])));
    expect(document.activeElement).toBe(heading);

    choose(root, 'hide-troll');
    expect(root.querySelector('[data-testid="feedback"]')).toBeNull();
    const ending = root.querySelector<HTMLElement>('[data-testid="ending"]');
    expect(ending).not.toBeNull();
    expect(document.activeElement).toBe(ending!.querySelector('h3'));
    const steps = [...root.querySelectorAll<HTMLElement>('[data-testid="your-path"] > li')];
    expect(steps).toHaveLength(path.length);
    let at = copy.start;
    path.forEach((id, i) => {
      const choice = choiceOf(copy, at, id);
      expect(textOf(steps[i])).toContain(choice.feedback.de);
      if (choice.principle) expect(textOf(steps[i])).toContain(fill(word('de', 'sim.principle'), { p: choice.principle.de }));
      at = nodeAfter(copy, path.slice(0, i + 1));
    });
  });

  it('moves focus to the next question only once its comments have arrived', async () => {
    vi.useFakeTimers();
    setReducedMotion(false);
    const { root } = await renderSimulator({ mode: 'test' });
    const clicked = root.querySelector<HTMLButtonElement>('[data-choice="listen"]');
    clicked?.focus();
    choose(root, 'listen');
    expect(offeredChoices(root)).toEqual([]);
    expect(root.querySelector('.sim-choices')).toBeNull();
    advance(TYPING_MS);
    const heading = root.querySelector('.sim-choices h3');
    expect(heading).not.toBeNull();
    expect(textOf(heading)).toBe(choicesHeadingText(scenario, nodeAfter(scenario, ['listen'])));
    expect(document.activeElement).toBe(heading);
    expect(root.querySelector('[data-testid="feedback"]')).toBeNull();
  });
});

describe('test mode in a class (results held until the trainer releases them)', () => {
  const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz';
  function member(released: boolean | undefined): void {
    membershipStore.setState({
      membership: {
        token: TOKEN,
        pseudonym: 'Fuchs',
        className: '7b',
        refreshedAt: null,
        assignments: [{ scenarioId: scenario.id, module: scenario.module, mode: 'test', dueDate: null, ...(released === undefined ? {} : { released }) }],
      },
    });
  }
  afterEach(() => membershipStore.setState({ membership: undefined }));

  it('shows ending and scores but neither the strongest path, the alternatives nor a way back to a decision', async () => {
    localStorage.clear();
    member(false);
    const { root } = await renderSimulator({ mode: 'test' });
    playPath(root, ['listen', 'hide-troll']);
    const ending = root.querySelector<HTMLElement>('[data-testid="ending"]');
    expect(ending).not.toBeNull();
    expect(root.querySelector('[data-testid="overall"]')).not.toBeNull();
    expect(root.querySelectorAll('.sim-score')).toHaveLength(DIMENSIONS.length);
    expect(root.querySelector('[data-testid="results-held"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="best-path"]')).toBeNull();
    expect(root.querySelector('[data-testid="better"]')).toBeNull();
    expect(root.querySelector('[data-jump]')).toBeNull();
    // "Try the other endings" jumps back too: held back with the rest; "play again" stays.
    expect(root.querySelector('[data-testid="try-others"]')).toBeNull();
    expect(root.querySelector('[data-testid="play-again"]')).not.toBeNull();
    expect(textOf(root)).not.toContain(word('de', 'sim.wasBest'));

    // Released (the membership read again from the server): everything shows.
    act(() => member(true));
    expect(root.querySelector('[data-testid="results-held"]')).toBeNull();
    expect(root.querySelector('[data-testid="best-path"]')).not.toBeNull();
    expect(root.querySelectorAll('[data-jump]').length).toBeGreaterThan(0);
    expect(root.querySelector('[data-testid="try-others"]')).not.toBeNull();
  });

  it('holds back while the release is unknown, and not at all in practice', async () => {
    localStorage.clear();
    member(undefined);
    const held = await renderSimulator({ mode: 'test' });
    playPath(held.root, ['listen', 'hide-troll']);
    expect(held.root.querySelector('[data-testid="best-path"]')).toBeNull();
    held.unmount();
    // A fresh device: the finished run above is not restored into the next simulator.
    localStorage.clear();
    membershipStore.setState({
      membership: { token: TOKEN, pseudonym: 'Fuchs', className: '7b', refreshedAt: null, assignments: [{ scenarioId: scenario.id, module: scenario.module, mode: 'practice', dueDate: null, released: true }] },
    });
    const practice = await renderSimulator({ mode: 'practice' });
    playPath(practice.root, ['listen', 'hide-troll']);
    expect(practice.root.querySelector('[data-testid="best-path"]')).not.toBeNull();
  });
});
