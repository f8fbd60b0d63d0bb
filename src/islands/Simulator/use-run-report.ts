/**
 * The simulator's one hook for anything outside that wants to follow a run (today: the SCORM
 * reporter of an LMS package, src/scorm/reporter): after every change of the run it dispatches a
 * `RunReport` as a window event (src/scorm/run-report.ts). On the site nobody listens and it costs
 * one small object per move. It reports nothing of the first render: only moves, restores and
 * restarts, so a run restored from the LMS is recognised as already known.
 */
import { useEffect } from 'react';
import { choicePath, choiceValue, scoreRun, type PathExtremes, type Run, type Scenario } from '../../engine/index.ts';
import { RUN_REPORT_EVENT, type ReportedStep, type RunReport } from '../../scorm/run-report.ts';
import type { SimulatorStore } from '../../stores/simulator-store.ts';

/** What the island reports about `run` (pure, for tests). */
export function runReportOf(scenario: Scenario, run: Run, extremes: Pick<PathExtremes, 'best' | 'worst'>): RunReport {
  const steps = run.steps.map((step): ReportedStep => {
    const node = scenario.nodes[step.nodeId];
    const choices = node?.type === 'decision' ? (step.reply ? node.write?.outcomes : node.choices) : undefined;
    const index = choices?.findIndex((c) => c.id === step.choiceId) ?? -1;
    const taken = index >= 0 ? choices?.[index] : undefined;
    return {
      nodeId: step.nodeId,
      choiceId: step.choiceId,
      kind: step.reply ? 'write' : 'choice',
      choiceIndex: step.reply ? -1 : index,
      value: taken ? choiceValue(taken) : 0,
      ...(step.reply ? { features: [...step.reply.features], ...(step.reply.text === undefined ? {} : { text: step.reply.text }) } : {}),
    };
  });
  return {
    scenarioId: scenario.id,
    scenarioVersion: run.scenarioVersion,
    path: choicePath(run),
    ...(run.seed === undefined ? {} : { seed: run.seed }),
    steps,
    ended: run.ended,
    ...(run.ended ? { overall: scoreRun(scenario, run, extremes).overall } : {}),
  };
}

/** Dispatches a RunReport on `window` whenever the store's run changes. */
export function useRunReport(store: SimulatorStore, scenario: Scenario, extremes: Pick<PathExtremes, 'best' | 'worst'>): void {
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.run === previous.run) return;
        try {
          window.dispatchEvent(new CustomEvent<RunReport>(RUN_REPORT_EVENT, { detail: runReportOf(scenario, state.run, extremes) }));
        } catch {
          // A listener's failure must never break the simulator.
        }
      }),
    [store, scenario, extremes],
  );
}
