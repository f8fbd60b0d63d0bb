/** Feedback on the last choice: what it did, the principle behind it, where the lesson explains it. */
import { useEffect, useRef } from 'react';
import { useSimulator, useSimulatorState } from './context.ts';

export function FeedbackPanel() {
  const { scenario, locale, t, idPrefix } = useSimulator();
  const last = useSimulatorState((s) => s.last);
  const heading = useRef<HTMLHeadingElement>(null);
  const node = last ? scenario.nodes[last.nodeId] : undefined;
  const choice = node?.type === 'decision' ? node.choices.find((c) => c.id === last?.choiceId) : undefined;
  // Focus moves to what is new after each move, so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), [last]);
  if (!choice) return null;
  return (
    <section className="sim-feedback" aria-labelledby={`${idPrefix}-feedback`} data-testid="feedback">
      <h3 id={`${idPrefix}-feedback`} tabIndex={-1} ref={heading}>
        {t('sim.feedback')}
      </h3>
      {choice.principle && <p className="sim-principle">{t('sim.principle', { p: choice.principle[locale] })}</p>}
      <p>{choice.feedback[locale]}</p>
      {choice.lessonSection && (
        <p>
          <a href={`#${choice.lessonSection}`}>{t('sim.lessonLink')}</a>
        </p>
      )}
    </section>
  );
}
