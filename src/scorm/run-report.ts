/**
 * The contract between the simulator island and the SCORM reporter: after every change of a run
 * the island dispatches `RUN_REPORT_EVENT` on `window` with a `RunReport` as the event's detail.
 * The island knows nothing of SCORM and the reporter nothing of React or the engine: this file is
 * all they share. Pure types and one constant.
 */
import type { PathStep } from '../engine/run.ts';

/** The window event the simulator dispatches (a CustomEvent whose detail is a RunReport). */
export const RUN_REPORT_EVENT = 'candystorm:run-report';

/** One decision of the run as the island saw it. */
export interface ReportedStep {
  /** The decision node. */
  nodeId: string;
  /** The choice id, or for a written reply the id of the outcome it took. */
  choiceId: string;
  kind: 'choice' | 'write';
  /** The choice's position among the decision's authored choices (0-based); -1 for a written reply. */
  choiceIndex: number;
  /** The choice's points summed over all dimensions: above 0 helps, below 0 harms, 0 neither. */
  value: number;
  /** For a written reply: the analyser's feature ids (never the text). */
  features?: string[] | undefined;
  /** For a written reply: the text, when the device kept it; the reporter sends it only if allowed. */
  text?: string | undefined;
}

/** A run's state as the island reports it. */
export interface RunReport {
  scenarioId: string;
  scenarioVersion: number;
  /** The run's path as the engine replays it (choice ids, written replies). */
  path: PathStep[];
  /** The choice-order seed, so a resumed run shows its choices in the same order. */
  seed?: number | undefined;
  steps: ReportedStep[];
  ended: boolean;
  /** The run's overall score 0-100, once it has ended. */
  overall?: number | undefined;
}
