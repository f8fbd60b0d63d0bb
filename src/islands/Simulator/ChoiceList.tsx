/**
 * The moves on offer now: each button shows its kind and the exact text that will be posted. At a
 * write decision the reply box sits in the thread under the comment it answers; here a button takes
 * the learner there, and the authored choices follow as "or pick one".
 */
import type { Ref } from 'react';
import { choicesNow, writeNow } from '../../engine/index.ts';
import type { MoveResult } from '../../stores/simulator-store.ts';
import { moveLabel } from '../../i18n/move-words.ts';
import { useSimulator, useSimulatorState } from './context.ts';
import { writeBoxId } from './WriteBox.tsx';

interface Props {
  ref?: Ref<HTMLHeadingElement>;
  threadLength: number;
  /** Told what the move did (for its sound); the store has made it already. */
  onMove(move: MoveResult): void;
}

export function ChoiceList({ threadLength, onMove, ref: heading }: Props) {
  const { scenario, locale, t, store, idPrefix } = useSimulator();
  const run = useSimulatorState((s) => s.run);
  const node = scenario.nodes[run.nodeId];
  const choices = choicesNow(scenario, run);
  const write = writeNow(scenario, run);
  if ((choices.length === 0 && !write) || node?.type !== 'decision') return null;
  return (
    <section className="sim-choices" aria-labelledby={`${idPrefix}-choose ${idPrefix}-title`}>
      <h3 id={`${idPrefix}-choose`} tabIndex={-1} ref={heading}>
        {node.prompt ? node.prompt[locale] : t('sim.choose')}
      </h3>
      {write && (
        <>
          <button type="button" className="sim-button" data-testid="goto-write" onClick={() => document.getElementById(writeBoxId(idPrefix))?.focus()}>
            {t('sim.write.goto')}
          </button>
          {choices.length > 0 && <p>{t('reply.orPick')}</p>}
        </>
      )}
      {choices.length > 0 && <ul>
        {choices.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              className="sim-choice"
              data-choice={choice.id}
              onClick={() => onMove(store.getState().choose(choice.id, threadLength))}
            >
              <span className="sim-choice-kind">{moveLabel(t, scenario.platform, choice.kind)}</span>
              <span className="sim-choice-text">{choice.text[locale]}</span>
            </button>
          </li>
        ))}
      </ul>}
    </section>
  );
}
