// @vitest-environment jsdom
import { choose, fixtureCopy, renderSimulator, scenario, textOf, word } from './setup.ts';
import { describe, expect, it } from 'vitest';
import { audienceBand, initialState, isCandystorm, replay, STORM_MAX, type Locale, type State } from '../../src/engine/index.ts';

/** What the meter should say about a state, built from the dictionary. */
function expectedLines(locale: Locale, state: State) {
  const signed = state.audience > 0 ? `+${state.audience}` : String(state.audience);
  const band = word(locale, `band.${audienceBand(state.audience)}`);
  const stormName = word(locale, `storm.${state.storm}`);
  return {
    audience: word(locale, 'sim.audience').replace('{v}', `${band} (${signed})`),
    storm: word(locale, 'sim.storm').replace('{n}', String(state.storm)).replace('{name}', stormName),
    means: word(locale, `stormMeans.${state.storm}`),
  };
}

function lines(root: HTMLElement) {
  return {
    audience: textOf(root.querySelector('[data-testid="audience"]')),
    storm: textOf(root.querySelector('[data-testid="storm"] strong')),
    stormLine: textOf(root.querySelector('[data-testid="storm"]')),
  };
}

function stateAfter(path: string[]): State {
  const result = replay(scenario, path);
  if (!result.ok) throw new Error(result.error);
  return result.run.state;
}

describe('the status meter', () => {
  it('shows the audience band with its signed value and the Shitstorm-scale level with name and meaning', async () => {
    const { root } = await renderSimulator();
    const state = initialState(scenario);
    const want = expectedLines('de', state);
    const got = lines(root);
    expect(got.audience).toBe(want.audience);
    expect(got.storm).toBe(want.storm);
    expect(got.storm).toContain(`Stufe ${state.storm} von ${STORM_MAX}`);
    expect(got.stormLine).toBe(`${want.storm} – ${want.means}`);
  });

  it('updates after a move', async () => {
    const { root } = await renderSimulator();
    const before = expectedLines('de', initialState(scenario));
    choose(root, 'listen');
    const after = stateAfter(['listen']);
    const want = expectedLines('de', after);
    // The move must change what the meter says, or this test would prove nothing.
    expect(want.audience).not.toBe(before.audience);
    expect(want.storm).not.toBe(before.storm);
    const got = lines(root);
    expect(got.audience).toBe(want.audience);
    expect(got.stormLine).toBe(`${want.storm} – ${want.means}`);

    choose(root, 'hide-troll');
    const end = expectedLines('de', stateAfter(['listen', 'hide-troll']));
    expect(lines(root).audience).toBe(end.audience);
    expect(lines(root).stormLine).toBe(`${end.storm} – ${end.means}`);
  });

  it('shows a negative audience with its minus sign', async () => {
    const { root } = await renderSimulator();
    choose(root, 'defend');
    const state = stateAfter(['defend']);
    expect(state.audience).toBeLessThan(0);
    expect(lines(root).audience).toBe(expectedLines('de', state).audience);
    expect(lines(root).audience).toContain(`(${state.audience})`);
  });

  it('shows the candystorm line only in a candystorm', async () => {
    const normal = await renderSimulator();
    expect(isCandystorm(initialState(scenario))).toBe(false);
    expect(normal.root.querySelector('[data-testid="candystorm"]')).toBeNull();
    expect(textOf(normal.root)).not.toContain(word('de', 'sim.candystorm'));
    normal.unmount();

    const sweet = fixtureCopy();
    sweet.initial = { ...sweet.initial, audience: 80, storm: 0 };
    const state = initialState(sweet);
    expect(isCandystorm(state)).toBe(true);
    const { root } = await renderSimulator({ scenario: sweet });
    expect(textOf(root.querySelector('[data-testid="candystorm"]'))).toContain(word('de', 'sim.candystorm'));
    expect(lines(root).audience).toBe(expectedLines('de', state).audience);
    expect(lines(root).stormLine).toBe(`${expectedLines('de', state).storm} – ${expectedLines('de', state).means}`);
  });

  it('speaks English in the English locale', async () => {
    const { root } = await renderSimulator({ locale: 'en' });
    const state = initialState(scenario);
    const want = expectedLines('en', state);
    const german = expectedLines('de', state);
    expect(want.audience).not.toBe(german.audience);
    expect(lines(root).audience).toBe(want.audience);
    expect(lines(root).stormLine).toBe(`${want.storm} – ${want.means}`);
    expect(lines(root).storm).toContain(`level ${state.storm} of ${STORM_MAX}`);

    const sweet = fixtureCopy();
    sweet.initial = { ...sweet.initial, audience: 80, storm: 0 };
    const candy = await renderSimulator({ scenario: sweet, locale: 'en' });
    expect(textOf(candy.root.querySelector('[data-testid="candystorm"]'))).toContain(word('en', 'sim.candystorm'));
  });
});
