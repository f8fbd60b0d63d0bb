// @vitest-environment jsdom
/**
 * The simulator in a scenario's own terms: the platform's name in the header, the platform's word on a
 * move's button, and a bullied persona's mood told as hurt or safe, never as angry or friendly.
 */
import { describe, expect, it } from 'vitest';
import { moodBand, replay, type Scenario } from '../../src/engine/index.ts';
import { choiceButton, choose, dict, fill, fixtureCopy, renderSimulator, textOf } from './setup.ts';

const de = dict.de;
const en = dict.en;

/** The fixture on Discord, with the troll's comment answered by a ban (`block`) instead of hiding it. */
function onDiscord(): Scenario {
  const s = fixtureCopy();
  s.platform = 'discord';
  const troll = s.nodes['troll'];
  if (troll?.type !== 'decision') throw new Error('the fixture has no troll decision');
  troll.choices = troll.choices.map((c) => (c.kind === 'hide' ? { ...c, kind: 'block' } : c));
  return s;
}

describe('platform words', () => {
  it('names the platform in the header and uses its word for a move', async () => {
    const { root } = await renderSimulator({ scenario: onDiscord() });
    expect(textOf(root.querySelector('[data-testid="sim-platform"]'))).toBe(fill(de['sim.platform'], { name: de['platform.discord'] }));
    choose(root, 'listen');
    expect(textOf(choiceButton(root, 'hide-troll')?.querySelector('.sim-choice-kind'))).toBe(de['moveOn.discord.block']);
  });

  it('keeps the general words, and no platform line, for a scenario without a platform', async () => {
    const { root } = await renderSimulator({ locale: 'en' });
    expect(root.querySelector('[data-testid="sim-platform"]')).toBeNull();
    choose(root, 'listen');
    expect(textOf(choiceButton(root, 'hide-troll')?.querySelector('.sim-choice-kind'))).toBe(en['move.hide']);
  });
});

describe('mood words per persona scale', () => {
  it('tells a hurt-safe persona as feeling safer or worse, with the hurt-safe band', async () => {
    const s = fixtureCopy();
    s.personas['kim'] = { ...s.personas['kim']!, scale: 'hurt-safe' };
    const { root } = await renderSimulator({ scenario: s });
    choose(root, 'listen');
    const result = replay(s, ['listen']);
    if (!result.ok) throw new Error(result.error);
    const band = moodBand(result.run.state.moods['kim']!);
    const words = textOf(root.querySelector('[data-testid="own-post"] [data-testid="reactions"]'));
    expect(words).toContain(`${fill(de['react.safer'], { name: 'Kim Berger' })} (${de[`moodHurt.${band}`]})`);
    expect(words).not.toContain(fill(de['react.warmer'], { name: 'Kim Berger' }));
    expect(words).not.toContain(`(${de[`mood.${band}`]})`);
  });

  it('says a hurt-safe persona feels worse, not angrier, when a move hurts them', async () => {
    const s = fixtureCopy();
    s.personas['kim'] = { ...s.personas['kim']!, scale: 'hurt-safe' };
    const { root } = await renderSimulator({ scenario: s, locale: 'en' });
    choose(root, 'defend');
    const words = textOf(root.querySelector('[data-testid="own-post"] [data-testid="reactions"]'));
    expect(words).toContain(fill(en['react.hurt'], { name: 'Kim Berger' }));
    expect(words).not.toContain(fill(en['react.colder'], { name: 'Kim Berger' }));
  });
});
