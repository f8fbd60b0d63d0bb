/** Where the thread stands: audience mood and Shitstorm-scale level, always also as text. */
import { audienceBand } from '../../engine/index.ts';
import type { UiKeyOf } from './status-keys.ts';
import { useSimulator, useSimulatorState } from './context.ts';

export function StatusBar() {
  const { t, idPrefix } = useSimulator();
  const state = useSimulatorState((s) => s.run.state);
  const band = audienceBand(state.audience);
  const audienceText = `${t(`band.${band}` as UiKeyOf<'band'>)} (${state.audience > 0 ? '+' : ''}${state.audience})`;
  return (
    <section className="sim-status" aria-labelledby={`${idPrefix}-status`}>
      <h3 id={`${idPrefix}-status`} className="visually-hidden">
        {t('sim.status')}
      </h3>
      <p className="sim-status-line" data-testid="audience">
        <span>{t('sim.audience', { v: audienceText })}</span>
        <span className="sim-gauge" aria-hidden="true">
          <span className="sim-gauge-fill" style={{ width: `${(state.audience + 100) / 2}%` }} />
        </span>
      </p>
      <p className="sim-status-line" data-testid="storm">
        <span>{t('sim.storm', { n: state.storm, name: t(`storm.${state.storm}` as UiKeyOf<'storm'>) })}</span>
        <span className="sim-gauge sim-gauge-storm" aria-hidden="true">
          <span className="sim-gauge-fill" style={{ width: `${(state.storm / 6) * 100}%` }} />
        </span>
      </p>
    </section>
  );
}
