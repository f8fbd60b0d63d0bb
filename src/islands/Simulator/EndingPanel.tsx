/** The ending reached and the five scores, each with its number, a bar and what it measures. */
import { useEffect, useRef } from 'react';
import { DIMENSIONS, scoreRun } from '../../engine/index.ts';
import { useSimulator, useSimulatorState } from './context.ts';
import type { UiKeyOf } from './status-keys.ts';

export function EndingPanel() {
  const { scenario, extremes, locale, t, store, idPrefix } = useSimulator();
  const run = useSimulatorState((s) => s.run);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (run.ended) heading.current?.focus();
  }, [run.ended]);
  const node = scenario.nodes[run.nodeId];
  if (!run.ended || node?.type !== 'ending') return null;
  const score = scoreRun(scenario, run, extremes);
  return (
    <section className={`sim-ending sim-ending-${node.outcome}`} aria-labelledby={`${idPrefix}-ending`} data-testid="ending" data-ending={run.nodeId}>
      <p className="sim-outcome">{t(`outcome.${node.outcome}` as UiKeyOf<'outcome'>)}</p>
      <h3 id={`${idPrefix}-ending`} tabIndex={-1} ref={heading}>
        {t('sim.ending', { title: node.title[locale] })}
      </h3>
      <p>{node.text[locale]}</p>
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
      <p className="sim-overall" data-testid="overall">
        {t('sim.overall', { n: score.overall })}
      </p>
      <button type="button" className="sim-button" onClick={() => store.getState().restart()}>
        {t('sim.restart')}
      </button>
    </section>
  );
}
