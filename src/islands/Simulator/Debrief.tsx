/**
 * The debrief at the end: first the ending card (outcome, big score, endings found, play again, try
 * the other endings), then what the ending means and the five scores explained; then, collapsed, the
 * learner's path beside the best path, and for every decision the choice made, its feedback and the
 * better alternative, with a way back to that decision. In a class test whose results the trainer has
 * not released, only the ending, the scores and the learner's own choices show.
 */
import { useMemo, type Ref } from 'react';
import { adviseRun, bestPath, DIMENSIONS, scoreRun } from '../../engine/index.ts';
import { runAlong } from './best-path-run.ts';
import { ChoiceFeedback } from './ChoiceFeedback.tsx';
import { EndingCard } from './EndingCard.tsx';
import { endingsFound } from './endings-found.ts';
import { outcomeOf, WrittenFeedback } from './WrittenFeedback.tsx';
import { useSimulator, useSimulatorState } from './context.ts';
import type { UiKeyOf } from './status-keys.ts';
import { useResultsHeld } from './use-results-held.ts';

interface DebriefProps {
  ref?: Ref<HTMLHeadingElement>;
  /** Called when the learner starts a new run from here (play again, back to a decision). */
  onNewRun?: () => void;
}

export function Debrief({ ref, onNewRun }: DebriefProps) {
  const { scenario, extremes, locale, t, store, idPrefix, mode } = useSimulator();
  // A test not yet released by the trainer: ending and scores only (use-results-held.ts).
  const { held, recheck, checked } = useResultsHeld(scenario, mode);
  const run = useSimulatorState((s) => s.run);
  const best = useSimulatorState((s) => s.best);
  const finished = useSimulatorState((s) => s.finished);
  const node = scenario.nodes[run.nodeId];
  const advice = useMemo(() => (run.ended ? adviseRun(scenario, run) : []), [scenario, run]);
  // Computed only once the run is over: the exploration costs a few milliseconds.
  const ideal = useMemo(() => (run.ended ? bestPath(scenario) : undefined), [scenario, run.ended]);
  if (!run.ended || node?.type !== 'ending') return null;
  const score = scoreRun(scenario, run, extremes);
  const endings = endingsFound(scenario, best ? [...finished, best] : finished);
  const restart = () => (store.getState().restart(), onNewRun?.());
  // The quickest way to another ending: the last decision, made differently.
  const tryOthers = () => (store.getState().jumpTo(run.steps.length - 1), onNewRun?.());
  const choiceAt = (nodeId: string, choiceId: string) => {
    const n = scenario.nodes[nodeId];
    return n?.type === 'decision' ? n.choices.find((c) => c.id === choiceId) : undefined;
  };
  const promptOf = (nodeId: string) => {
    const n = scenario.nodes[nodeId];
    return n?.type === 'decision' && n.prompt ? n.prompt[locale] : t('sim.decision');
  };
  // runAlong, not replay: the best path may take a write decision's outcome (written replies).
  const idealSteps = ideal ? runAlong(scenario, ideal.choiceIds).steps : [];
  const modelAt = (nodeId: string) => {
    const n = scenario.nodes[nodeId];
    return n?.type === 'decision' ? n.write?.model[locale] : undefined;
  };
  return (
    <section className={`sim-debrief sim-ending-${node.outcome}`} aria-labelledby={`${idPrefix}-ending ${idPrefix}-title`} data-testid="ending" data-ending={run.nodeId}>
      <EndingCard
        ref={ref}
        outcome={node.outcome}
        title={node.title[locale]}
        overall={score.overall}
        bestSoFar={!held && best && best.overall > score.overall ? best.overall : undefined}
        endings={endings}
        onRestart={restart}
        onTryOthers={held || run.steps.length === 0 ? undefined : tryOthers}
      />
      <p>{node.text[locale]}</p>
      {held && (
        <div className="sim-held" data-testid="results-held">
          <p>{t('sim.testHeld')}</p>
          <button type="button" className="sim-link-button" disabled={checked === 'busy'} onClick={() => void recheck()}>
            {t('sim.checkRelease')}
          </button>
          <p role="status">{checked === 'still' ? t('sim.stillHeld') : ''}</p>
        </div>
      )}

      <h4>{t('sim.scores')}</h4>
      <dl className="sim-scores">
        {DIMENSIONS.map((d) => (
          <div key={d} className="sim-score" data-dimension={d}>
            <dt>{t(`dimension.${d}` as UiKeyOf<'dimension'>)}</dt>
            <dd>
              <span className="sim-score-value">{t('sim.percent', { n: score.dimensions[d].percent })}</span>
              <span className="sim-gauge" aria-hidden="true">
                <span className="sim-gauge-fill" style={{ width: `${score.dimensions[d].percent}%` }} />
              </span>
              <span className="sim-score-hint">{t(`dimensionHint.${d}` as UiKeyOf<'dimensionHint'>)}</span>
            </dd>
          </div>
        ))}
      </dl>

      {/* Collapsed: the first screen is for how it went and what to try next; the detail is one tap away. */}
      <details className="sim-review" data-testid="review">
        <summary>{t('sim.review')}</summary>
        <div className="sim-paths">
          <section aria-labelledby={`${idPrefix}-yours ${idPrefix}-title`}>
            <h4 id={`${idPrefix}-yours`}>{t('sim.yourPath')}</h4>
            <ol className="sim-timeline" data-testid="your-path">
              {run.steps.map((step, i) => {
                const chosen = step.reply ? undefined : choiceAt(step.nodeId, step.choiceId);
                const a = advice.find((x) => x.step === i);
                const better = a && !a.isBest ? choiceAt(step.nodeId, a.best) : undefined;
                const stepNode = scenario.nodes[step.nodeId];
                // The better move may be writing: its outcome's feedback and the model reply show how.
                const betterOutcome = a && !a.isBest && !better && stepNode?.type === 'decision' ? stepNode.write?.outcomes.find((o) => o.id === a.best) : undefined;
                return (
                  <li key={i} className="sim-step" data-step={i} data-best={a?.isBest ? 'yes' : 'no'}>
                    <p className="sim-step-prompt">{promptOf(step.nodeId)}</p>
                    {step.reply && stepNode?.type === 'decision' ? (
                      <WrittenFeedback stepIndex={i} step={step} node={stepNode} outcome={outcomeOf(stepNode, step)} canDispute />
                    ) : (
                      <p>
                        <strong>{t('sim.youChose')}</strong> {chosen?.text[locale]}
                      </p>
                    )}
                    {chosen && <ChoiceFeedback choice={chosen} />}
                    {!held && a?.isBest && <p className="sim-step-verdict">{t('sim.wasBest')}</p>}
                    {!held && better && (
                      <div className="sim-better" data-testid="better">
                        <p>
                          <strong>{t('sim.better')}</strong> {better.text[locale]}
                        </p>
                        <p>{better.feedback[locale]}</p>
                      </div>
                    )}
                    {!held && betterOutcome && (
                      <div className="sim-better" data-testid="better">
                        <p>
                          <strong>{t('sim.better')}</strong> {modelAt(step.nodeId)}
                        </p>
                        <p>{betterOutcome.feedback[locale]}</p>
                      </div>
                    )}
                    {!held && (
                      <button type="button" className="sim-link-button" data-jump={i} onClick={() => (store.getState().jumpTo(i), onNewRun?.())}>
                        {t('sim.jumpBack', { n: i + 1 })}
                      </button>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
          {!held && (
            <section aria-labelledby={`${idPrefix}-best ${idPrefix}-title`}>
              <h4 id={`${idPrefix}-best`}>{t('sim.bestPath')}</h4>
              <ol className="sim-timeline sim-timeline-best" data-testid="best-path">
                {idealSteps.map((step, i) => (
                  <li key={i} className="sim-step">
                    <p className="sim-step-prompt">{promptOf(step.nodeId)}</p>
                    <p>{step.reply ? modelAt(step.nodeId) : choiceAt(step.nodeId, step.choiceId)?.text[locale]}</p>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
      </details>
    </section>
  );
}
