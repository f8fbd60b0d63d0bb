/** Feedback on the last choice (practice mode): what it did, the principle, where the lesson explains it. */
import type { Ref } from 'react';
import { useSimulator, useSimulatorState } from './context.ts';
import { ChoiceFeedback } from './ChoiceFeedback.tsx';
import { outcomeOf, WrittenFeedback } from './WrittenFeedback.tsx';

export function FeedbackPanel({ ref: heading }: { ref?: Ref<HTMLHeadingElement> }) {
  const { scenario, t, idPrefix, mode } = useSimulator();
  const last = useSimulatorState((s) => s.last);
  const steps = useSimulatorState((s) => s.run.steps);
  const node = last ? scenario.nodes[last.nodeId] : undefined;
  // A written reply is the last step of the run; its outcome id is `last.choiceId`.
  const stepIndex = steps.length - 1;
  const written = last && node?.type === 'decision' && steps[stepIndex]?.reply && steps[stepIndex].choiceId === last.choiceId ? steps[stepIndex] : undefined;
  const choice = node?.type === 'decision' && !written ? node.choices.find((c) => c.id === last?.choiceId) : undefined;
  if ((!choice && !written) || mode === 'test' || node?.type !== 'decision') return null;
  return (
    <section className="sim-feedback" aria-labelledby={`${idPrefix}-feedback ${idPrefix}-title`} data-testid="feedback">
      <h3 id={`${idPrefix}-feedback`} tabIndex={-1} ref={heading}>
        {t('sim.feedback')}
      </h3>
      {written ? <WrittenFeedback stepIndex={stepIndex} step={written} node={node} outcome={outcomeOf(node, written)} canDispute /> : choice && <ChoiceFeedback choice={choice} />}
    </section>
  );
}
