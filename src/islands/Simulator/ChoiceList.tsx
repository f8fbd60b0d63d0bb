/** The moves on offer now: each button shows its kind and the exact text that will be posted. */
import { choicesNow } from '../../engine/index.ts';
import { useSimulator, useSimulatorState } from './context.ts';
import type { UiKeyOf } from './status-keys.ts';
import { useThreadItems } from './Thread.tsx';

export function ChoiceList() {
  const { scenario, locale, t, store, idPrefix } = useSimulator();
  const run = useSimulatorState((s) => s.run);
  const threadLength = useThreadItems().length;
  const node = scenario.nodes[run.nodeId];
  const choices = choicesNow(scenario, run);
  if (choices.length === 0 || node?.type !== 'decision') return null;
  return (
    <section className="sim-choices" aria-labelledby={`${idPrefix}-choose`}>
      <h3 id={`${idPrefix}-choose`}>{node.prompt ? node.prompt[locale] : t('sim.choose')}</h3>
      <ul>
        {choices.map((choice) => (
          <li key={choice.id}>
            <button type="button" className="sim-choice" data-choice={choice.id} onClick={() => store.getState().choose(choice.id, threadLength)}>
              <span className="sim-choice-kind">{t(`move.${choice.kind}` as UiKeyOf<'move'>)}</span>
              <span className="sim-choice-text">{choice.text[locale]}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
