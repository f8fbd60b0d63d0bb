/** Feedback on the last choice (practice mode): what it did, the principle, where the lesson explains it. */
import type { Ref } from 'react';
import { useSimulator, useSimulatorState } from './context.ts';
import { ChoiceFeedback } from './ChoiceFeedback.tsx';

export function FeedbackPanel({ ref: heading }: { ref?: Ref<HTMLHeadingElement> }) {
  const { scenario, t, idPrefix, mode } = useSimulator();
  const last = useSimulatorState((s) => s.last);
  const node = last ? scenario.nodes[last.nodeId] : undefined;
  const choice = node?.type === 'decision' ? node.choices.find((c) => c.id === last?.choiceId) : undefined;
  if (!choice || mode === 'test') return null;
  return (
    <section className="sim-feedback" aria-labelledby={`${idPrefix}-feedback ${idPrefix}-title`} data-testid="feedback">
      <h3 id={`${idPrefix}-feedback`} tabIndex={-1} ref={heading}>
        {t('sim.feedback')}
      </h3>
      <ChoiceFeedback choice={choice} />
    </section>
  );
}
