import { describe, expect, it } from 'vitest';
import { replay, threadOf, type ThreadItem } from '../../src/engine/index.ts';
import { loadScenario } from './load-fixture.ts';

const { scenario } = loadScenario('valid-minimal.yaml');

function threadAfter(path: string[]): ThreadItem[] {
  const r = replay(scenario, path);
  if (!r.ok) throw new Error(r.error);
  return threadOf(scenario, r.run);
}

describe('the thread of a run', () => {
  it('starts with the first node’s comments', () => {
    const items = threadAfter([]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'post', personaId: 'kim', postId: 'kim-angry', likes: 3, status: 'visible' });
  });

  it('nests the learner’s reply under the comment it answers and adds the next node’s comments', () => {
    const items = threadAfter(['listen']);
    expect(items.map((i) => i.kind)).toEqual(['post', 'move', 'post']);
    expect(items[1]).toMatchObject({ kind: 'move', move: 'reply', target: items[0]!.key, step: 0 });
    expect(items[2]).toMatchObject({ personaId: 'troll', postId: 'troll-post' });
  });

  it('says how the audience and each persona reacted to a move', () => {
    const [, move] = threadAfter(['listen']);
    // listen: audience +20, Kim +40; nobody else moves.
    expect(move).toMatchObject({ audienceChange: 20, moodChanges: [{ personaId: 'kim', before: -40, after: 0 }] });
    const defend = threadAfter(['defend'])[1];
    expect(defend).toMatchObject({ audienceChange: -30, moodChanges: [{ personaId: 'kim', before: -40, after: -70 }] });
  });

  it('marks a hidden comment as hidden', () => {
    const items = threadAfter(['listen', 'hide-troll']);
    const troll = items.find((i) => i.kind === 'post' && i.postId === 'troll-post');
    expect(troll).toMatchObject({ status: 'hidden' });
    expect(items.at(-1)).toMatchObject({ kind: 'post', personaId: 'ben' });
  });

  it('gives every item a unique key', () => {
    const items = threadAfter(['listen', 'hide-troll']);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });
});

describe('posts with `if`', () => {
  // Kim thanks the account in the troll's node only if she was listened to, Ben cheers at the calm
  // ending only if the audience ended friendly: one node each, no copies for the two cases.
  const conditional = structuredClone(scenario);
  const troll = conditional.nodes['troll']!;
  troll.posts.push({ persona: 'kim', text: { de: 'Danke fürs Zuhören.', en: 'Thanks for listening.' }, likes: 0, if: { flags: ['listened'] } });
  conditional.nodes['calm']!.posts.push({ persona: 'ben', text: { de: 'Super!', en: 'Great!' }, likes: 0, if: { audience: { atLeast: 20 } } });
  const thread = (path: string[]) => {
    const r = replay(conditional, path);
    if (!r.ok) throw new Error(r.error);
    return threadOf(conditional, r.run).filter((i) => i.kind === 'post').map((i) => (i.kind === 'post' ? i.text.en : ''));
  };

  it('shows a post whose condition holds on arrival, and leaves out one whose condition does not', () => {
    expect(thread(['listen'])).toContain('Thanks for listening.');
    expect(thread(['defend'])).not.toContain('Thanks for listening.');
  });

  it('tests an ending’s posts on the final state', () => {
    // listen (audience -10 + 20 = 10), thank-ben (+10 = 20) -> calm with audience 20.
    expect(thread(['listen', 'thank-ben']).at(-1)).toBe('Great!');
    // listen, hide-troll with storm 0 and Kim at 0 -> candy, not calm; defend, argue -> storm.
    expect(thread(['defend', 'argue'])).not.toContain('Great!');
  });
});
