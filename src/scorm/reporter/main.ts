/**
 * The SCORM reporter as it runs in a package's lesson page (bundled to `scorm-reporter.js` and
 * loaded by a plain script element at the top of <head>, so it runs before the simulators hydrate).
 * Its settings come from that element's data attributes, written by the packager:
 * `data-version` (1.2 | 2004), `data-scenarios` (ids, comma-separated), `data-with-text` (true).
 *
 * Resume: the simulator keeps its progress in localStorage; before it reads it, this script writes
 * the progress from `suspend_data` there (or removes stale progress of another learner on a shared
 * device), so the learner continues the run the LMS remembers.
 */
import { RUN_REPORT_EVENT, type RunReport } from '../run-report.ts';
import type { SuspendedScenario } from '../suspend-data.ts';
import { progressKeyOf, progressRecord } from './main-settings.ts';
import { findApi } from './find-api.ts';
import { lmsOf } from './lms.ts';
import { createReporter } from './reporter.ts';

function restoreProgress(scenarioIds: readonly string[], resumed: Record<string, SuspendedScenario>): void {
  try {
    for (const id of scenarioIds) {
      const entry = resumed[id];
      if (entry && entry.p.length > 0) localStorage.setItem(progressKeyOf(id), progressRecord(entry));
      else localStorage.removeItem(progressKeyOf(id));
    }
  } catch {
    // No storage in this frame: the learner starts afresh; reporting still works.
  }
}

function main(): void {
  const script = document.currentScript;
  const data = script instanceof HTMLScriptElement ? script.dataset : {};
  const version = data['version'] === '1.2' ? '1.2' : '2004';
  const scenarioIds = (data['scenarios'] ?? '').split(',').filter(Boolean);
  const api = findApi(version, window as unknown as Parameters<typeof findApi>[1]);
  if (!api) {
    console.warn(`Candystorm: no SCORM ${version} API found; the lesson works, but nothing is reported.`);
    return;
  }
  const lms = lmsOf(version, api);
  const reporter = createReporter({ lms, scenarioIds, withText: data['withText'] === 'true' });
  const resumed = reporter.start();
  if (!resumed) return;
  restoreProgress(scenarioIds, resumed);
  window.addEventListener(RUN_REPORT_EVENT, (event) => {
    const detail = (event as CustomEvent<RunReport>).detail;
    if (detail && scenarioIds.includes(detail.scenarioId)) reporter.report(detail);
  });
  // pagehide fires on closing, reloading and navigating away (unload is unreliable in iframes).
  window.addEventListener('pagehide', () => reporter.leave());
  // For the harness and for diagnosis in the browser console.
  (window as unknown as { candystormScorm?: unknown }).candystormScorm = { problems: lms.problems, reporter };
}

main();
