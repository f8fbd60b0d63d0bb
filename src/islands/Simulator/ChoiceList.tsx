/** The moves on offer now: each button shows its kind and the exact text that will be posted. */
import type { Ref } from 'react';
import { choicesNow } from '../../engine/index.ts';
import { useSimulator, useSimulatorState } from './context.ts';
import type { UiKeyOf } from './status-keys.ts';

interface Props {
  ref?: Ref<HTMLHeadingElement>;
  threadLength: number;
  onChoose(choiceId: string): void;
}

export function ChoiceList({ threadLength, onChoose, ref: heading }: Props) {
  const { scenario, locale, t, store, idPrefix } = useSimulator();
  const run = useSimulatorState((s) => s.run);
  const node = scenario.nodes[run.nodeId];
  const choices = choicesNow(scenario, run);
  if (choices.length === 0 || node?.type !== 'decision') return null;
  return (
    <section className="sim-choices" aria-labelledby={`${idPrefix}-choose`}>
      <h3 id={`${idPrefix}-choose`} tabIndex={-1} ref={heading}>
        {node.prompt ? node.prompt[locale] : t('sim.choose')}
      </h3>
      <ul>
        {choices.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              className="sim-choice"
              data-choice={choice.id}
              onClick={() => {
                store.getState().choose(choice.id, threadLength);
                onChoose(choice.id);
              }}
            >
              <span className="sim-choice-kind">{t(`move.${choice.kind}` as UiKeyOf<'move'>)}</span>
              <span className="sim-choice-text">{choice.text[locale]}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
