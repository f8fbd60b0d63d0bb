import { describe, expect, it } from 'vitest';
import { replay, startRun, type Run } from '../../src/engine/index.ts';
import { commentVolume } from '../../src/islands/Simulator/comment-volume.ts';
import { loadScenario } from './load-fixture.ts';

const { scenario } = loadScenario('valid-minimal.yaml');

function runOf(path: string[]): Run {
  const result = replay(scenario, path);
  if (!result.ok) throw new Error(result.error);
  return result.run;
}

/** A run whose every move ends in `storm` and `audience` (only the states matter to the volume). */
function runAt(moves: number, storm: number, audience: number): Pick<Run, 'steps' | 'state'> {
  const start = startRun(scenario);
  const state = { ...start.state, storm, audience };
  return { state, steps: Array.from({ length: moves }, (_, i) => ({ nodeId: 'x', choiceId: 'y', before: i === 0 ? start.state : state })) };
}

describe('comment volume', () => {
  it('is nothing beyond the thread before the first move', () => {
    const volume = commentVolume(startRun(scenario));
    expect(volume.more).toBe(0);
    expect(volume.reactions).toBeGreaterThan(0);
  });

  it('grows with the storm level: a level-6 storm is far louder than a level-1 one', () => {
    const levels = [0, 1, 2, 3, 4, 5, 6].map((storm) => commentVolume(runAt(2, storm, 0)).more);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeGreaterThan(levels[i - 1]!);
    expect(levels[6]!).toBeGreaterThanOrEqual(1000);
    expect(levels[0]).toBe(0);
  });

  it('is louder when the audience is stirred up either way than when it is indifferent', () => {
    const calm = commentVolume(runAt(2, 3, 0)).more;
    expect(commentVolume(runAt(2, 3, -80)).more).toBeGreaterThan(calm);
    expect(commentVolume(runAt(2, 3, 80)).more).toBeGreaterThan(calm);
  });

  it('only climbs along a real run, and is the same for the same run', () => {
    for (const path of [['defend', 'argue'], ['listen', 'hide-troll']]) {
      let before = commentVolume(startRun(scenario));
      for (let i = 1; i <= path.length; i++) {
        const now = commentVolume(runOf(path.slice(0, i)));
        expect(now.more).toBeGreaterThanOrEqual(before.more);
        expect(now.reactions).toBeGreaterThan(before.reactions);
        before = now;
      }
      expect(commentVolume(runOf(path))).toEqual(before);
    }
  });
});
