// @vitest-environment jsdom
import {
  advance,
  choiceOf,
  choose,
  dict,
  fill,
  fixtureCopy,
  offeredChoices,
  renderSimulator,
  scenario,
  setReducedMotion,
  templatePattern,
  textOf,
} from './setup.ts';
import { fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { choicesNow, moodBand, newOrderSeed, replay, type Run } from '../../src/engine/index.ts';

/** What Math.random returns in these tests, so the island's choice-order seed is known. */
const RANDOM = 0.375;
beforeEach(() => void vi.spyOn(Math, 'random').mockReturnValue(RANDOM));
afterEach(() => vi.restoreAllMocks());
import { TYPING_MS } from '../../src/islands/Simulator/use-reveal.ts';
import { progressKey } from '../../src/stores/simulator-store.ts';

const de = dict.de;

function replayed(path: string[]): Run {
  const result = replay(scenario, path);
  if (!result.ok) throw new Error(`fixture path ${path.join(',')} does not replay: ${result.error}`);
  return result.run;
}

function postOf(root: HTMLElement, personaId: string): HTMLElement {
  const post = root.querySelector<HTMLElement>(`[data-testid="post"][data-persona="${personaId}"]`);
  expect(post, `a comment by ${personaId}`).not.toBeNull();
  return post!;
}

/** The direct replies nested under a thread entry. */
function repliesUnder(post: HTMLElement): HTMLElement | null {
  return post.closest('li.sim-entry')?.querySelector<HTMLElement>(':scope > ol.sim-replies') ?? null;
}

const firstPost = (() => {
  const node = scenario.nodes[scenario.start];
  if (node?.type !== 'decision' || !node.posts[0]) throw new Error('the fixture starts without a comment');
  return node.posts[0];
})();

describe('the thread', () => {
  it('shows the account post and the first comments with name, role, text, likes and time', async () => {
    const { root } = await renderSimulator();
    const account = root.querySelector('.sim-post-account');
    expect(textOf(account)).toContain(scenario.account.name);
    expect(textOf(account)).toContain(scenario.account.handle);
    expect(textOf(account?.querySelector('.sim-post-text'))).toBe(scenario.account.post.de);

    const start = scenario.nodes[scenario.start];
    expect(root.querySelectorAll('[data-testid="post"]')).toHaveLength(start?.posts.length ?? -1);
    const persona = scenario.personas[firstPost.persona]!;
    const post = postOf(root, firstPost.persona);
    expect(textOf(post.querySelector('.sim-post-head strong'))).toBe(persona.name);
    expect(textOf(post.querySelector('.sim-role'))).toBe(persona.role.de);
    expect(textOf(post.querySelector('.sim-post-text'))).toBe(firstPost.text.de);
    expect(firstPost.likes).toBeGreaterThan(0);
    expect(textOf(post.querySelector('.sim-likes'))).toBe(fill(de['sim.likes'], { n: firstPost.likes }));
    // The only comment so far is the newest one.
    expect(textOf(post.querySelector('.sim-time'))).toBe(de['time.now']);
  });

  it('shows a commenter’s role on tap, not beside the name, and keeps it in the text for screen readers', async () => {
    const { root } = await renderSimulator();
    const persona = scenario.personas[firstPost.persona]!;
    const post = postOf(root, firstPost.persona);
    const name = post.querySelector<HTMLButtonElement>('button.sim-who-name')!;
    expect(textOf(name)).toBe(persona.name);
    expect(name.getAttribute('aria-expanded')).toBe('false');
    const role = post.querySelector<HTMLElement>('.sim-role')!;
    // Clipped for the eye (.sim-role-tip), present for screen readers, read after the name.
    expect(role.classList.contains('sim-role-tip')).toBe(true);
    expect(post.querySelector('.sim-who-open')).toBeNull();
    expect(textOf(post.querySelector('.sim-post-head'))).toMatch(new RegExp(`^${persona.name}, ${persona.role.de}`));
    fireEvent.click(name);
    expect(name.getAttribute('aria-expanded')).toBe('true');
    expect(post.querySelector('.sim-who-open')?.contains(role)).toBe(true);
    fireEvent.click(name);
    expect(post.querySelector('.sim-who-open')).toBeNull();
  });

  it('nests the learner’s reply under the comment it answers, with reactions in words', async () => {
    const { root } = await renderSimulator();
    choose(root, 'listen');

    const listen = choiceOf(scenario, scenario.start, 'listen');
    const kimPost = postOf(root, 'kim');
    const replies = repliesUnder(kimPost);
    expect(replies).not.toBeNull();
    const own = replies!.querySelector<HTMLElement>(':scope > li > [data-testid="own-post"]');
    expect(own).not.toBeNull();
    expect(textOf(own!.querySelector('.sim-post-text'))).toBe(listen.text.de);
    expect(textOf(own!.querySelector('.sim-post-head strong'))).toBe(scenario.account.name);
    expect(textOf(own!.querySelector('.sim-role'))).toBe(de['sim.you']);
    // Not also at the top level of the thread.
    expect(root.querySelector('ol.sim-comments > li > [data-testid="own-post"]')).toBeNull();

    // What the engine says happened: the audience warmed and Kim's mood rose.
    const run = replayed(['listen']);
    const before = run.steps[0]!.before;
    expect(run.state.audience).toBeGreaterThan(before.audience);
    expect(run.state.moods['kim']!).toBeGreaterThan(before.moods['kim']!);

    const reactions = own!.querySelector<HTMLElement>('[data-testid="reactions"]');
    const words = textOf(reactions);
    const kim = scenario.personas['kim']!;
    expect(words).toContain(`${fill(de['react.warmer'], { name: kim.name })} (${de[`mood.${moodBand(run.state.moods['kim']!)}`]})`);
    const likes = words.match(templatePattern(de['react.likes']));
    expect(likes, `"${words}" should say how many readers liked it`).not.toBeNull();
    expect(Number(likes![1])).toBeGreaterThan(0);
    expect(words).not.toMatch(templatePattern(de['react.angry']));
    expect(words).not.toContain(fill(de['react.colder'], { name: kim.name }));

    // Times: the older the item, the longer ago; the newest comment was just now.
    const troll = postOf(root, 'troll');
    expect(textOf(troll.querySelector('.sim-time'))).toBe(de['time.now']);
    const minutes = (el: Element | null) => Number(textOf(el).match(templatePattern(de['time.minutes']))?.[1] ?? NaN);
    const kimAgo = minutes(kimPost.querySelector('.sim-time'));
    const replyAgo = minutes(own!.querySelector('.sim-time'));
    expect(replyAgo).toBeGreaterThan(0);
    expect(kimAgo).toBeGreaterThan(replyAgo);
  });

  it('says in words when a move made the audience and a persona angrier', async () => {
    const { root } = await renderSimulator();
    choose(root, 'defend');
    const run = replayed(['defend']);
    expect(run.state.audience).toBeLessThan(run.steps[0]!.before.audience);
    const own = repliesUnder(postOf(root, 'kim'))?.querySelector('[data-testid="own-post"]');
    const words = textOf(own?.querySelector('[data-testid="reactions"]'));
    const kim = scenario.personas['kim']!;
    expect(words).toContain(`${fill(de['react.colder'], { name: kim.name })} (${de[`mood.${moodBand(run.state.moods['kim']!)}`]})`);
    expect(words).toMatch(templatePattern(de['react.angry']));
    expect(words).not.toMatch(templatePattern(de['react.likes']));
  });

  it('marks a hidden comment as hidden and notes the move under it', async () => {
    const { root } = await renderSimulator();
    choose(root, 'listen');
    expect(textOf(postOf(root, 'troll'))).not.toContain(de['sim.post.hidden']);
    choose(root, 'hide-troll');

    const troll = postOf(root, 'troll');
    expect(textOf(troll.querySelector('.sim-post-note'))).toBe(de['sim.post.hidden']);
    // Hidden, not deleted: the text is still there for the account.
    const trollPost = scenario.nodes['troll']?.posts[0];
    expect(textOf(troll.querySelector('.sim-post-text'))).toBe(trollPost?.text.de);
    expect(textOf(postOf(root, 'kim'))).not.toContain(de['sim.post.hidden']);
    const note = repliesUnder(troll)?.querySelector('[data-testid="move-note"]');
    expect(textOf(note)).toContain(de['moveDone.hide']);
  });

  it('shows markup in comment, post and reply text as text and creates no element from it', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const copy = fixtureCopy();
    copy.account.post.de = payload;
    const start = copy.nodes[copy.start];
    if (start?.type !== 'decision') throw new Error('fixture starts at a decision');
    start.posts[0]!.text.de = `Schon wieder ${payload} zu!`;
    start.choices.find((c) => c.id === 'listen')!.text.de = payload;

    const { root } = await renderSimulator({ scenario: copy });
    expect(textOf(root.querySelector('.sim-post-account .sim-post-text'))).toBe(payload);
    expect(textOf(postOf(root, 'kim').querySelector('.sim-post-text'))).toBe(`Schon wieder ${payload} zu!`);
    expect(textOf(root.querySelector('[data-choice="listen"] .sim-choice-text'))).toBe(payload);
    choose(root, 'listen');
    expect(textOf(root.querySelector('[data-testid="own-post"] .sim-post-text'))).toBe(payload);

    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('[onerror]')).toBeNull();
  });
});

describe('arriving comments without reduced motion', () => {
  it('shows "… schreibt …" first, each comment after TYPING_MS, and the choices only when all have arrived', async () => {
    vi.useFakeTimers();
    setReducedMotion(false);
    // Two comments answer the first move, so "all arrived" differs from "the first arrived".
    const copy = fixtureCopy();
    const troll = copy.nodes['troll'];
    if (troll?.type !== 'decision') throw new Error('fixture has no troll decision');
    const second = { persona: 'ben', text: { de: 'Ich kaufe trotzdem gern hier.', en: 'I still like shopping here.' }, likes: 2 };
    troll.posts.push(second);

    const { root } = await renderSimulator({ scenario: copy });
    // What is there at the start shows at once.
    expect(root.querySelector('[data-persona="kim"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="typing"]')).toBeNull();
    expect(offeredChoices(root).length).toBeGreaterThan(0);

    choose(root, 'listen');
    // The learner's own reply appears at once; the troll is typing.
    expect(root.querySelector('[data-testid="own-post"]')).not.toBeNull();
    const typing = () => textOf(root.querySelector('[data-testid="typing"]'));
    expect(typing()).toBe(fill(de['sim.typing'], { name: copy.personas['troll']!.name }));
    expect(root.querySelector('[data-persona="troll"]')).toBeNull();
    expect(offeredChoices(root)).toEqual([]);

    advance(TYPING_MS - 1);
    expect(root.querySelector('[data-persona="troll"]')).toBeNull();
    expect(offeredChoices(root)).toEqual([]);

    advance(1);
    expect(root.querySelector('[data-persona="troll"]')).not.toBeNull();
    expect(typing()).toBe(fill(de['sim.typing'], { name: copy.personas['ben']!.name }));
    expect(root.querySelector('[data-persona="ben"]')).toBeNull();
    expect(offeredChoices(root)).toEqual([]);

    advance(TYPING_MS);
    expect(textOf(root.querySelector('[data-persona="ben"] .sim-post-text'))).toBe(second.text.de);
    expect(root.querySelector('[data-testid="typing"]')).toBeNull();
    // The island shows the choices in its run's shuffled order; the run's seed came from Math.random.
    const run = replay(copy, ['listen'], newOrderSeed(() => RANDOM));
    if (!run.ok) throw new Error(run.error);
    expect(offeredChoices(root)).toEqual(choicesNow(copy, run.run).map((c) => c.id));
  });

  it('holds the debrief back until the ending’s comment has arrived', async () => {
    vi.useFakeTimers();
    setReducedMotion(false);
    const { root } = await renderSimulator();
    choose(root, 'listen');
    advance(TYPING_MS);
    choose(root, 'hide-troll');
    const ending = replay(scenario, ['listen', 'hide-troll']);
    if (!ending.ok) throw new Error(ending.error);
    const endingNode = scenario.nodes[ending.run.nodeId];
    expect(endingNode?.posts.length).toBeGreaterThan(0);
    const persona = endingNode!.posts[0]!.persona;
    expect(textOf(root.querySelector('[data-testid="typing"]'))).toBe(fill(de['sim.typing'], { name: scenario.personas[persona]!.name }));
    expect(root.querySelector('[data-testid="ending"]')).toBeNull();
    advance(TYPING_MS);
    expect(root.querySelector(`[data-testid="post"][data-persona="${persona}"]`)).not.toBeNull();
    expect(root.querySelector('[data-testid="ending"]')?.getAttribute('data-ending')).toBe(ending.run.nodeId);
  });
});

describe('a restored run', () => {
  it('shows everything at once, with motion on: no typing indicator, no announcement of old comments', async () => {
    vi.useFakeTimers();
    try {
      setReducedMotion(false);
      localStorage.setItem(
        progressKey(scenario.id),
        JSON.stringify({ state: { scenarioVersion: scenario.version, path: ['listen'], finished: [] }, version: 1 }),
      );
      const { root } = await renderSimulator();
      expect(root.querySelector('[data-testid="typing"]')).toBeNull();
      expect(root.querySelector('[data-testid="post"][data-persona="troll"]')).not.toBeNull();
      // Progress from before seeds gets a fresh seed (from Math.random): its order is the seeded one.
      expect(offeredChoices(root)).toEqual(choicesNow(scenario, { ...replayed(['listen']), seed: newOrderSeed(() => RANDOM) }).map((c) => c.id));
      advance(TYPING_MS * 3);
      expect(textOf(root.querySelector('[data-testid="announcer"]'))).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
});
