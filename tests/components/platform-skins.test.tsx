// @vitest-environment jsdom
/**
 * Platform skins and comment volume: the scenario's platform sets the words (likes, who you are) and
 * the look (data-platform); the storm's size shows as "+n more comments" and a climbing reaction
 * count, and screen readers hear one summary per move instead.
 */
import { describe, expect, it, vi } from 'vitest';
import { replay, type Platform, type Scenario } from '../../src/engine/index.ts';
import { commentVolume } from '../../src/islands/Simulator/comment-volume.ts';
import { ratingOf } from '../../src/islands/Simulator/platform-skin.ts';
import { advance, choose, dict, fill, fixtureCopy, playPath, renderSimulator, scenario, textOf } from './setup.ts';

const de = dict.de;

function on(platform: Platform): Scenario {
  const s = fixtureCopy();
  s.platform = platform;
  return s;
}

const firstPost = (() => {
  const node = scenario.nodes[scenario.start];
  if (node?.type !== 'decision' || !node.posts[0]) throw new Error('the fixture starts without a comment');
  return node.posts[0];
})();

describe('platform skins', () => {
  it('a WhatsApp group shows no like counts and says you are in the group, not running an account', async () => {
    expect(firstPost.likes).toBeGreaterThan(0);
    const { root } = await renderSimulator({ scenario: on('whatsapp') });
    expect(root.getAttribute('data-platform')).toBe('whatsapp');
    expect(root.querySelector('.sim-likes')).toBeNull();
    expect(root.querySelector('[data-testid="post-reactions"]')).toBeNull();
    const header = textOf(root.querySelector('.sim-header .sim-role'));
    expect(header).toContain(de['accountOn.whatsapp']);
    expect(header).not.toContain(de['sim.account']);
  });

  it('Instagram counts hearts, and a scenario without platform keeps plain likes', async () => {
    const insta = await renderSimulator({ scenario: on('instagram') });
    expect(textOf(insta.root.querySelector('.sim-likes'))).toBe(fill(de['likesOn.instagram'], { n: firstPost.likes }));
    insta.unmount();
    const plain = await renderSimulator();
    expect(plain.root.hasAttribute('data-platform')).toBe(false);
    expect(textOf(plain.root.querySelector('.sim-likes'))).toBe(fill(de['sim.likes'], { n: firstPost.likes }));
    expect(textOf(plain.root.querySelector('.sim-header .sim-role'))).toContain(de['sim.account']);
  });

  it('a review site shows a star rating that follows the audience mood, in words', async () => {
    const s = on('reviews');
    const { root } = await renderSimulator({ scenario: s });
    const rating = () => textOf(root.querySelector('[data-testid="rating"]'));
    expect(rating()).toBe(fill(de['reviews.rating'], { n: ratingOf(s.initial.audience).toLocaleString('de') }));
    choose(root, 'defend');
    const after = replay(s, ['defend']);
    if (!after.ok) throw new Error(after.error);
    expect(after.run.state.audience).not.toBe(s.initial.audience);
    expect(rating()).toBe(fill(de['reviews.rating'], { n: ratingOf(after.run.state.audience).toLocaleString('de') }));
  });
});

describe('comment volume', () => {
  it('shows "+n more comments" and the reaction count from the run, none before the first move', async () => {
    const { root } = await renderSimulator();
    expect(root.querySelector('[data-testid="more-comments"]')).toBeNull();
    const path = ['defend', 'argue'];
    playPath(root, path);
    const run = replay(scenario, path);
    if (!run.ok) throw new Error(run.error);
    const volume = commentVolume(run.run);
    expect(volume.more).toBeGreaterThan(0);
    // With reduced motion (the test default) the numbers jump straight to their value.
    expect(textOf(root.querySelector('[data-testid="more-comments"]'))).toBe(fill(de['volume.more'], { n: volume.more.toLocaleString('de') }));
    expect(textOf(root.querySelector('[data-testid="post-reactions"]'))).toBe(fill(de['volume.reactions'], { n: volume.reactions.toLocaleString('de') }));
  });

  it('announces one summary per move, after that move’s comments', async () => {
    vi.useFakeTimers();
    const { root } = await renderSimulator();
    const announcer = root.querySelector('[data-testid="announcer"]')!;
    const heard: string[] = [];
    const listen = (ms: number) => {
      for (let t = 0; t < ms; t += 200) {
        advance(200);
        const text = textOf(announcer);
        if (text && text !== heard.at(-1)) heard.push(text);
      }
    };
    choose(root, 'defend');
    listen(15_000);
    const one = replay(scenario, ['defend']);
    if (!one.ok) throw new Error(one.error);
    const v1 = commentVolume(one.run);
    const summary1 = fill(de['volume.summary'], { n: v1.more.toLocaleString('de'), r: v1.reactions.toLocaleString('de') });
    expect(v1.more).toBeGreaterThan(0);
    expect(heard.filter((h) => h === summary1)).toHaveLength(1);
    // The summary comes last, after the comments of the move.
    expect(heard.at(-1)).toBe(summary1);
    expect(heard.length).toBeGreaterThan(1);
    // Nothing more is said while nothing happens.
    const count = heard.length;
    listen(5_000);
    expect(heard).toHaveLength(count);
  });
});
