/**
 * The simulator store's `write` action beside `choose`: a written reply moves the run, is kept in the
 * stored progress (so a reload replays it), ends and records a run like a choice; and the learner
 * core sends a reply's text only where the assignment collects written replies.
 */
import { describe, expect, it } from 'vitest';
import { useMemoryStorage } from './memory-storage.ts';
import type { PathStep, WrittenReply } from '../../src/engine/index.ts';
import { pathToSend } from '../../src/learner/core.ts';
import { readAssignment } from '../../src/learner/membership-records.ts';
import { createSimulatorStore, progressKey } from '../../src/stores/simulator-store.ts';
import type { FinishedRun } from '../../src/stores/progress.ts';
import { loadScenario } from './load-fixture.ts';

const { scenario, analysis } = loadScenario('valid-write.yaml');
const extremes = analysis.extremes!;
const text = 'Verstehe deinen Ärger. Schreib uns per DM.';
const reply: WrittenReply = { features: ['acknowledge', 'next-step'], analyser: '1.1.0', length: text.length, text };

const storage = useMemoryStorage();

async function hydrated(onFinish?: (run: FinishedRun) => void) {
  const s = createSimulatorStore(scenario, { extremes, onFinish });
  await s.persist.rehydrate();
  return s;
}

describe('simulator store: written replies', () => {
  it('takes the outcome the features lead to, with its value, and records the ended run with the reply', async () => {
    const handed: FinishedRun[] = [];
    const s = await hydrated((r) => handed.push(r));
    const result = s.getState().write(reply, 3);
    expect(result).toMatchObject({ ok: true, value: 4, outcome: 'candystorm' });
    expect(s.getState().last).toEqual({ nodeId: 'answer-kim', choiceId: 'warm-and-concrete', threadLengthBefore: 3 });
    expect(handed).toHaveLength(1);
    expect(handed[0]!.path).toEqual([{ write: reply }]);
    expect(handed[0]!.endingId).toBe('candy');
  });

  it('refuses a reply over maxLength and keeps the run where it was', async () => {
    const s = await hydrated();
    const before = s.getState().run;
    expect(s.getState().write({ features: [], analyser: '1.1.0', length: 301 }, 0)).toEqual({ ok: false, error: 'invalid-reply' });
    expect(s.getState().error).toBe('invalid-reply');
    expect(s.getState().run).toBe(before);
  });

  it('keeps written steps in the stored progress, so a reload replays them', async () => {
    const first = await hydrated();
    first.getState().write({ features: ['thanks'], analyser: '1.1.0', length: 5, text: 'Danke' }, 0);
    const stored = JSON.parse(storage().getItem(progressKey(scenario.id))!) as { state: { finished: FinishedRun[] } };
    expect(stored.state.finished[0]!.path).toEqual([{ write: { features: ['thanks'], analyser: '1.1.0', length: 5, text: 'Danke' } }]);
    const again = await hydrated();
    expect(again.getState().notice).toBeUndefined();
    expect(again.getState().run.steps).toEqual(first.getState().run.steps);
    expect(again.getState().finished).toEqual(first.getState().finished);
  });
});

describe('what leaves the device', () => {
  const path: PathStep[] = ['template', { write: reply }, { write: { features: [], analyser: '1.1.0', length: 0 } }];

  it('drops the text of written replies unless the assignment collects them', () => {
    expect(pathToSend([...path], false)).toEqual(['template', { write: { features: ['acknowledge', 'next-step'], analyser: '1.1.0', length: text.length } }, path[2]]);
    expect(pathToSend([...path], true)).toEqual([...path]);
  });

  it('learns "collect written replies" from the server only when it says exactly true', () => {
    const base = { module: 4, mode: 'practice', dueDate: null };
    expect(readAssignment({ ...base, collectReplies: true })).toEqual({ ...base, collectReplies: true });
    for (const value of [false, 'true', 1, undefined]) expect(readAssignment({ ...base, collectReplies: value })).toEqual(base);
  });
});
