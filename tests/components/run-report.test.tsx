// @vitest-environment jsdom
/**
 * The simulator's one hook for a SCORM package's reporter: a RunReport window event after every
 * change of the run, with one step per decision, the choice's value and, at the ending, the
 * overall score the debrief shows. The reporter itself is tested in tests/unit/scorm/.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choiceValue, replay, scoreRun } from '../../src/engine/index.ts';
import { RUN_REPORT_EVENT, type RunReport } from '../../src/scorm/run-report.ts';
import { choiceOf, extremes, playPath, renderSimulator, scenario } from './setup.ts';

const reports: RunReport[] = [];
const listen = (event: Event) => void reports.push((event as CustomEvent<RunReport>).detail);

afterEach(() => {
  window.removeEventListener(RUN_REPORT_EVENT, listen);
  reports.length = 0;
});

describe('the run report event', () => {
  it('reports every move with its decision and value, and the overall score at the ending', async () => {
    window.addEventListener(RUN_REPORT_EVENT, listen);
    const { root } = await renderSimulator();
    expect(reports.every((r) => r.steps.length === 0)).toBe(true);
    const path = ['listen', 'hide-troll'];
    playPath(root, path);
    const moves = reports.filter((r) => r.steps.length > 0);
    expect(moves.map((r) => r.path)).toEqual([path.slice(0, 1), path]);
    const last = moves.at(-1)!;
    const run = replay(scenario, path);
    if (!run.ok) throw new Error(run.error);
    expect(last.steps.map((s) => [s.nodeId, s.choiceId, s.kind])).toEqual(run.run.steps.map((s) => [s.nodeId, s.choiceId, 'choice']));
    expect(last.steps[0]!.value).toBe(choiceValue(choiceOf(scenario, run.run.steps[0]!.nodeId, 'listen')));
    expect(last.ended).toBe(true);
    expect(last.overall).toBe(scoreRun(scenario, run.run, extremes).overall);
    expect(last.scenarioId).toBe(scenario.id);
    // A first render with the debrief's advice takes seconds on a busy 2-core machine: a stated budget.
  }, 30_000);
});
