// @vitest-environment jsdom
/**
 * The simulator's sounds come from what a move did (the store's MoveResult), not from re-reading
 * the store: a good or bad move at once, the ending's sound once its comments have arrived, and
 * nothing for a run restored on a reload. `play` is replaced by a recorder (jsdom has no audio).
 */
import { describe, expect, it, vi } from 'vitest';
import { advance, choose, playPath, renderSimulator, setReducedMotion } from './setup.ts';
import { play } from '../../src/audio/play.ts';
import { TYPING_MS } from '../../src/islands/Simulator/use-reveal.ts';

vi.mock('../../src/audio/play.ts', () => ({ play: vi.fn() }));

const cues = () => vi.mocked(play).mock.calls.map(([cue]) => cue);

describe('sounds', () => {
  it('plays each move’s sound at once and the ending’s sound once, after its comments arrived', async () => {
    vi.mocked(play).mockClear();
    vi.useFakeTimers();
    setReducedMotion(false);
    const { root } = await renderSimulator();
    choose(root, 'listen');
    expect(cues()).toEqual(['good']);
    advance(TYPING_MS * 5);
    choose(root, 'hide-troll');
    expect(cues().filter((c) => c.startsWith('ending'))).toEqual([]);
    advance(TYPING_MS * 5);
    advance(TYPING_MS * 5);
    // Comments arriving have their own sound; hiding the troll scores for integrity: good.
    expect(cues().filter((c) => c !== 'comment')).toEqual(['good', 'good', 'ending-candystorm']);
  });

  it('sounds bad for a bad move, and stays silent for a run restored ended on a reload', async () => {
    vi.mocked(play).mockClear();
    const first = await renderSimulator();
    playPath(first.root, ['defend', 'argue']);
    expect(cues().filter((c) => !c.startsWith('comment'))).toEqual(['bad', 'bad', 'ending-shitstorm']);
    first.unmount();
    vi.mocked(play).mockClear();
    const second = await renderSimulator();
    expect(second.root.querySelector('button[data-choice]')).toBeNull();
    expect(cues()).toEqual([]);
  });
});
