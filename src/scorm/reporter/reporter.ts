/**
 * The SCORM reporter's rules, without the DOM: what it tells the LMS when the SCO starts, after
 * every move the simulator reports, and when the learner leaves.
 *
 * - Start: initialise; read `suspend_data` (the runs to resume) and how many interactions exist;
 *   mark the attempt incomplete unless it is already completed; set the score range.
 * - A run report: one interaction per new decision (the steps beyond what is already known, so a
 *   restored or rewound run is never reported twice); score = the mean over the SCO's scenarios of
 *   each one's best ended run (0-100; unplayed count 0); completed once every scenario has ended
 *   once, passed/failed when the LMS gives a mastery score; `suspend_data`; commit.
 * - Leave: session time, exit "suspend" (so the learner can come back and improve), finish.
 */
import { formatDuration } from '../formats.ts';
import { interactionSets } from '../interactions.ts';
import type { ScormVersion } from '../limits.ts';
import type { PathStep } from '../../engine/run.ts';
import type { RunReport } from '../run-report.ts';
import { encodeSuspendData, decodeSuspendData, type SuspendedScenario } from '../suspend-data.ts';
import type { Lms } from './lms.ts';

export interface ReporterOptions {
  lms: Lms;
  /** The scenarios of this SCO (its lesson page's simulators). */
  scenarioIds: readonly string[];
  /** Send written replies' text (package built with --with-text). */
  withText: boolean;
  now?: () => Date;
}

const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/** A path step as the reporter compares it: a dispute on a written reply is not a new decision. */
const stepKey = (step: PathStep) => (typeof step === 'string' ? step : `w:${step.write.features.join(',')}:${step.write.length}`);

function commonPrefix(a: readonly PathStep[], b: readonly PathStep[]): number {
  let i = 0;
  while (i < a.length && i < b.length && stepKey(a[i]!) === stepKey(b[i]!)) i++;
  return i;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export type Reporter = ReturnType<typeof createReporter>;

/** Creates the reporter; call `start()` once before anything else. */
export function createReporter({ lms, scenarioIds, withText, now = () => new Date() }: ReporterOptions) {
  const v12 = lms.version === '1.2';
  const started = now();
  let scenarios: Record<string, SuspendedScenario> = {};
  let count = 0;
  let lastSuspend = '';
  let running = false;

  function updateScoreAndStatus(): void {
    const ids = scenarioIds.length > 0 ? scenarioIds : Object.keys(scenarios);
    const bests = ids.map((id) => scenarios[id]?.b);
    const raw = round2(bests.reduce<number>((sum, b) => sum + (b ?? 0), 0) / Math.max(1, ids.length));
    const done = bests.every((b) => b !== undefined);
    const ended = bests.filter((b) => b !== undefined).length;
    lms.set(v12 ? 'cmi.core.score.raw' : 'cmi.score.raw', String(raw));
    if (!v12) {
      lms.set('cmi.score.scaled', String(round2(raw / 100)));
      lms.set('cmi.progress_measure', String(round2(ended / Math.max(1, ids.length))));
    }
    if (!done) return;
    // A mastery score from the LMS (1.2: 0-100; 2004: scaled -1..1) turns completion into pass/fail.
    const mastery = Number.parseFloat(lms.get(v12 ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score'));
    const passed = Number.isFinite(mastery) ? (v12 ? raw >= mastery : raw / 100 >= mastery) : undefined;
    if (v12) lms.set('cmi.core.lesson_status', passed === undefined ? 'completed' : passed ? 'passed' : 'failed');
    else {
      lms.set('cmi.completion_status', 'completed');
      if (passed !== undefined) lms.set('cmi.success_status', passed ? 'passed' : 'failed');
    }
  }

  function storeSuspendData(): void {
    const text = encodeSuspendData({ f: 1, sc: scenarios }, SUSPEND_LIMIT[lms.version]);
    if (text === undefined || text === lastSuspend) return;
    if (lms.set('cmi.suspend_data', text)) lastSuspend = text;
  }

  return {
    /**
     * Initialises the SCO; returns the runs to resume per scenario id (empty on a first launch),
     * or `undefined` when the LMS refused to initialise (the page then works without reporting).
     */
    start(): Record<string, SuspendedScenario> | undefined {
      if (!lms.initialize()) return undefined;
      running = true;
      const suspended = decodeSuspendData(lms.get('cmi.suspend_data'));
      lastSuspend = suspended ? lms.get('cmi.suspend_data') : '';
      scenarios = suspended?.sc ?? {};
      count = Number.parseInt(lms.get('cmi.interactions._count'), 10) || 0;
      const status = lms.get(v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status');
      if (!['completed', 'passed', 'failed'].includes(status)) lms.set(v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'incomplete');
      lms.set(v12 ? 'cmi.core.score.min' : 'cmi.score.min', '0');
      lms.set(v12 ? 'cmi.core.score.max' : 'cmi.score.max', '100');
      lms.commit();
      return scenarios;
    },

    /** Takes one run report from the simulator. */
    report(run: RunReport): void {
      if (!running) return;
      const known = scenarios[run.scenarioId];
      const knownPath = known && known.v === run.scenarioVersion ? known.p : [];
      const fresh = run.steps.slice(commonPrefix(knownPath, run.path));
      const at = now();
      for (const step of fresh) {
        const sets = interactionSets(lms.version, count, { scenarioId: run.scenarioId, step, sequence: count, at, withText });
        const type = sets.find(([element]) => element.endsWith('.type'))?.[1];
        for (const [element, value] of sets) lms.set(element, value, type);
        count++;
      }
      const best = run.ended && run.overall !== undefined ? Math.max(run.overall, known?.b ?? 0) : known?.b;
      scenarios = { ...scenarios, [run.scenarioId]: { v: run.scenarioVersion, p: run.path, ...(run.seed === undefined ? {} : { s: run.seed }), ...(best === undefined ? {} : { b: round2(best) }), ...(run.ended ? { e: true } : {}) } };
      updateScoreAndStatus();
      storeSuspendData();
      lms.commit();
    },

    /** The learner leaves (page hidden for good): session time, exit, finish. Once. */
    leave(): void {
      if (!running) return;
      running = false;
      lms.set(v12 ? 'cmi.core.session_time' : 'cmi.session_time', formatDuration(lms.version, now().getTime() - started.getTime()));
      lms.set(v12 ? 'cmi.core.exit' : 'cmi.exit', 'suspend');
      lms.commit();
      lms.finish();
    },

    /** Interactions recorded in this attempt so far (including those of earlier sessions). */
    get interactionCount() {
      return count;
    },
  };
}
