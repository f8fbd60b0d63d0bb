/**
 * The reporter against a real SCORM runtime (scorm-again, 1.2 and 2004) in Node: a learner plays
 * a scenario of module 4 to an ending with the engine, the SCO is left (suspend), launched again
 * with what the runtime stored, and resumed. Every value the reporter sent passes the strict
 * limit checks, which scorm-again alone would not enforce.
 */
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { describe, expect, it } from 'vitest';
import { analyseScenario, choose, replay, rewind, startRun, type Run, type Scenario } from '../../../src/engine/index.ts';
import { runReportOf } from '../../../src/islands/Simulator/use-run-report.ts';
import { checkScormSets, type ScormVersion } from '../../../src/scorm/limits.ts';
import { lmsOf, type ScormApi12, type ScormApi2004 } from '../../../src/scorm/reporter/lms.ts';
import { createReporter } from '../../../src/scorm/reporter/reporter.ts';
import { loadContentScenario, pathsToEndings } from '../../e2e/scenario-paths.ts';

const SCENARIO_ID = 'paket-verspaetet';
const scenario: Scenario = loadContentScenario(SCENARIO_ID);
const extremes = analyseScenario(scenario).extremes!;
const [endingId, path] = [...pathsToEndings(scenario)].sort((a, b) => b[1].length - a[1].length)[0]!;

type Api = (ScormApi12 | ScormApi2004) & { on(event: string, fn: (element: string, value: string) => void): void; renderCMIToJSONObject(): unknown; loadFromJSON(json: object): void };
// The ESM builds export the classes by name; the package's type declarations say default.
type ApiClass = new (settings: object) => Api;
const { Scorm12API } = scorm12 as unknown as { Scorm12API: ApiClass };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: ApiClass };

/** A fresh runtime that records every value set, optionally loaded with a previous session's data. */
function runtime(version: ScormVersion, previous?: Record<string, unknown>) {
  const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  if (previous) api.loadFromJSON(previous);
  const sets: Array<[string, string]> = [];
  api.on('SetValue.cmi.*', (element, value) => void sets.push([element, value]));
  api.on('LMSSetValue.cmi.*', (element, value) => void sets.push([element, value]));
  return { api, sets, lms: lmsOf(version, api) };
}

/** What an LMS keeps between two launches of the SCO. */
function kept(version: ScormVersion, api: Api): Record<string, unknown> {
  const cmi = (api.renderCMIToJSONObject() as { cmi: Record<string, Record<string, unknown>> }).cmi;
  const keep = version === '1.2' ? { suspend_data: cmi['suspend_data'], interactions: cmi['interactions'], core: { ...cmi['core'], entry: 'resume' } } : { ...cmi, entry: 'resume' };
  return JSON.parse(JSON.stringify(keep)) as Record<string, unknown>;
}

function played(ids: readonly string[], from: Run = startRun(scenario, 11)): Run[] {
  const runs: Run[] = [];
  let run = from;
  for (const id of ids) {
    const next = choose(scenario, run, id);
    if (!next.ok) throw new Error(`choice ${id} refused: ${next.error}`);
    run = next.run;
    runs.push(run);
  }
  return runs;
}

/**
 * What the runtime holds for `element` (dotted, as in SetValue), read from its data model rather
 * than through GetValue: 1.2 interactions are write-only, and nothing can be read after Terminate.
 */
function get(_version: ScormVersion, api: Api, element: string): string {
  const cmi = (api.renderCMIToJSONObject() as { cmi: unknown }).cmi;
  const parts = element.replace(/^cmi\./, '').split('.');
  const at = (keys: string[]) => keys.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], cmi);
  if (parts.at(-1) === '_count') return String(Object.keys((at(parts.slice(0, -1)) as object | undefined) ?? {}).length);
  return String(at(parts) ?? '');
}

describe.each(['1.2', '2004'] as const)('the reporter in a SCORM %s runtime', (version) => {
  it('reports one interaction per decision and the score, suspends and resumes the run', () => {
    // First launch: two decisions, then the learner leaves.
    const first = runtime(version);
    const reporter = createReporter({ lms: first.lms, scenarioIds: [SCENARIO_ID], withText: false });
    expect(reporter.start()).toEqual({});
    const runs = played(path);
    for (const run of runs.slice(0, 2)) reporter.report(runReportOf(scenario, run, extremes));
    reporter.leave();
    expect(get(version, first.api, 'cmi.interactions._count')).toBe('2');

    // Second launch: the run comes back from suspend_data; restoring it reports nothing new.
    const second = runtime(version, kept(version, first.api));
    const again = createReporter({ lms: second.lms, scenarioIds: [SCENARIO_ID], withText: false });
    const resumed = again.start()!;
    expect(resumed[SCENARIO_ID]?.p).toEqual(path.slice(0, 2));
    const restored = replay(scenario, resumed[SCENARIO_ID]!.p, resumed[SCENARIO_ID]!.s);
    expect(restored.ok).toBe(true);
    again.report(runReportOf(scenario, restored.ok ? restored.run : startRun(scenario), extremes));
    expect(again.interactionCount).toBe(2);
    for (const run of played(path.slice(2), restored.ok ? restored.run : undefined)) again.report(runReportOf(scenario, run, extremes));
    again.leave();

    const final = runs.at(-1)!;
    expect(final.ended && final.nodeId).toBe(endingId);
    const expected = runReportOf(scenario, final, extremes).overall!;
    expect(get(version, second.api, 'cmi.interactions._count')).toBe(String(path.length));
    const ids = path.map((_, i) => get(version, second.api, `cmi.interactions.${i}.id`));
    expect(new Set(ids).size).toBe(path.length);
    if (version === '1.2') {
      expect(get(version, second.api, 'cmi.core.lesson_status')).toBe('completed');
      expect(get(version, second.api, 'cmi.interactions.0.student_response')).toMatch(/^[0-9a-z]$/);
      expect(Number(get(version, second.api, 'cmi.core.score.raw'))).toBeCloseTo(expected, 2);
    } else {
      expect(get(version, second.api, 'cmi.completion_status')).toBe('completed');
      expect(Number(get(version, second.api, 'cmi.score.raw'))).toBeCloseTo(expected, 2);
      expect(Number(get(version, second.api, 'cmi.score.scaled'))).toBeCloseTo(expected / 100, 2);
      expect(get(version, second.api, 'cmi.interactions.0.learner_response')).toBe(path[0]);
    }
    // The strict checks pass on everything both sessions sent, and the reporter refused nothing.
    expect(checkScormSets(version, [...first.sets, ...second.sets])).toEqual([]);
    expect([...first.lms.problems, ...second.lms.problems]).toEqual([]);
    expect(first.sets.some(([e]) => e.endsWith('session_time'))).toBe(true);
  });

  it('counts a decision once, also after a rewind, a restart or a dispute, and keeps the best score', () => {
    const { lms, api, sets } = runtime(version);
    const reporter = createReporter({ lms, scenarioIds: [SCENARIO_ID, 'other-scenario'], withText: false });
    reporter.start();
    const runs = played(path);
    for (const run of runs) reporter.report(runReportOf(scenario, run, extremes));
    const best = runReportOf(scenario, runs.at(-1)!, extremes).overall!;
    // Back to the first decision's result, then the same way again: only the new decisions count.
    const back = rewind(scenario, runs.at(-1)!, 1);
    if (!back.ok) throw new Error('rewind refused');
    reporter.report(runReportOf(scenario, back.run, extremes));
    reporter.report(runReportOf(scenario, runs.at(-1)!, extremes));
    // A restart reports no decision until a choice is made.
    reporter.report(runReportOf(scenario, startRun(scenario, 3), extremes));
    expect(reporter.interactionCount).toBe(path.length + path.length - 1);
    // One of two scenarios played: the score is the mean with the unplayed one at 0, not completed.
    const raw = Number(get(version, api, version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw'));
    expect(raw).toBeCloseTo(best / 2, 1);
    expect(get(version, api, version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status')).toBe('incomplete');
    expect(checkScormSets(version, sets)).toEqual([]);
  });

  it('sends a written reply’s features and its text only when built with --with-text', () => {
    for (const withText of [false, true]) {
      const { lms, api } = runtime(version);
      const reporter = createReporter({ lms, scenarioIds: ['w'], withText });
      reporter.start();
      reporter.report({ scenarioId: 'w', scenarioVersion: 1, path: [{ write: { features: ['names-feeling'] as never[], analyser: 'a', length: 20, text: 'Das tut mir leid, Kim' } }], steps: [{ nodeId: 'reply', choiceId: 'calm', kind: 'write', choiceIndex: -1, value: 2, features: ['names-feeling'], text: 'Das tut mir leid, Kim' }], ended: false });
      const response = get(version, api, version === '1.2' ? 'cmi.interactions.0.student_response' : 'cmi.interactions.0.learner_response');
      const type = get(version, api, 'cmi.interactions.0.type');
      expect(type).toBe(version === '1.2' ? 'fill-in' : 'other');
      expect(response).toContain('names-feeling');
      expect(response.includes('tut mir leid')).toBe(withText);
      expect(lms.problems).toEqual([]);
    }
  });
});
