/** What the live views derive from the room's path: the feedback of a written reply the room posted. */
import { describe, expect, it } from 'vitest';
import { ANALYSER_VERSION } from '../../src/analysis/index.ts';
import { exitsOf, type DecisionNode, type PathStep } from '../../src/engine/index.ts';
import { postedReplyFeedback } from '../../src/islands/Live/live-view.ts';
import { loadSiteScenario } from '../support/api-fixtures.ts';

const { scenario } = loadSiteScenario('paket-verspaetet');
const start = scenario.nodes[scenario.start] as DecisionNode;
const written = (features: string[]): PathStep => ({ write: { features: features as never, analyser: ANALYSER_VERSION, length: 120 } });

describe('postedReplyFeedback', () => {
  it('gives the feedback of the outcome the posted reply took, in the session language', () => {
    const path = [written(['acknowledge', 'next-step'])];
    const outcome = exitsOf(start).find((e) => e.kind === 'write' && e.item.id === 'verstanden-und-konkret')!;
    expect(postedReplyFeedback(scenario, path, 0, 'de')).toBe(outcome.item.feedback.de);
    expect(postedReplyFeedback(scenario, path, 0, 'en')).toBe(outcome.item.feedback.en);
  });

  it('follows the reply: an insult takes another outcome with other words', () => {
    const kind = postedReplyFeedback(scenario, [written(['acknowledge', 'next-step'])], 0, 'en');
    const hostile = postedReplyFeedback(scenario, [written(['insult'])], 0, 'en');
    expect(hostile).toBe(exitsOf(start).find((e) => e.item.id === 'schreibt-zurueck')!.item.feedback.en);
    expect(hostile).not.toBe(kind);
  });

  it('has nothing to say about an authored choice or a step the path does not have', () => {
    const choice = start.choices[0]!.id;
    expect(postedReplyFeedback(scenario, [choice], 0, 'de')).toBeUndefined();
    expect(postedReplyFeedback(scenario, [choice], 3, 'de')).toBeUndefined();
  });
});
