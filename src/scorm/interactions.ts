/**
 * One SCORM interaction per decision: the values the reporter sets for a step of a run, in the
 * version's element names and formats. Written replies leave as their analysed features; their
 * text only when the package was built with `--with-text` (and the device kept it).
 */
import { choiceLetter, formatMoment, identifierPart, interactionId, within } from './formats.ts';
import type { ScormVersion } from './limits.ts';
import type { ReportedStep } from './run-report.ts';

export interface InteractionInput {
  scenarioId: string;
  step: ReportedStep;
  /** Running number of the interaction in this attempt (its index in cmi.interactions). */
  sequence: number;
  at: Date;
  withText: boolean;
}

/** `[element, value]` pairs for interaction `index`, in the order an LMS expects (id first). */
export function interactionSets(version: ScormVersion, index: number, input: InteractionInput): Array<[string, string]> {
  const { step } = input;
  const prefix = `cmi.interactions.${index}.`;
  const result = step.value > 0 ? 'correct' : step.value < 0 ? (version === '1.2' ? 'wrong' : 'incorrect') : 'neutral';
  const letter = choiceLetter(step.choiceIndex);
  let type: string;
  let response: string;
  if (step.kind === 'choice' && version === '2004') {
    type = 'choice';
    response = identifierPart(step.choiceId);
  } else if (step.kind === 'choice' && letter !== undefined) {
    type = 'choice';
    response = letter;
  } else {
    // A written reply, or (1.2) a choice beyond the 36 single characters a choice response allows.
    type = version === '1.2' ? 'fill-in' : 'other';
    const features = step.kind === 'write' ? (step.features ?? []).join(',') || 'no-features' : step.choiceId;
    const text = input.withText && step.kind === 'write' && step.text ? ` | ${step.text.replace(/\s+/g, ' ').trim()}` : '';
    response = within(features + text, version === '1.2' ? 255 : 4000);
  }
  const sets: Array<[string, string]> = [
    [`${prefix}id`, interactionId(version, input.scenarioId, step.nodeId, input.sequence)],
    [`${prefix}type`, type],
    [`${prefix}${version === '1.2' ? 'time' : 'timestamp'}`, formatMoment(version, input.at)],
    [`${prefix}${version === '1.2' ? 'student_response' : 'learner_response'}`, response],
    [`${prefix}result`, result],
  ];
  if (version === '2004') sets.push([`${prefix}description`, within(`${input.scenarioId} / ${step.nodeId}`, 250)]);
  return sets;
}
