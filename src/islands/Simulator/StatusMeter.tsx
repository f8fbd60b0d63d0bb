/**
 * Where the thread stands: the audience mood on a meter from shitstorm to candystorm, and the level
 * on the Shitstorm scale with its name and what it means. Always said in words, never colour alone.
 */
import { audienceBand, isCandystorm } from '../../engine/index.ts';
import { useSimulator, useSimulatorState } from './context.ts';
import type { UiKeyOf } from './status-keys.ts';

export function StatusMeter() {
  const { t, idPrefix } = useSimulator();
  const state = useSimulatorState((s) => s.run.state);
  const band = audienceBand(state.audience);
  const signed = `${state.audience > 0 ? '+' : ''}${state.audience}`;
  const candy = isCandystorm(state);
  return (
    <section className={`sim-status${candy ? ' sim-status-candy' : ''}`} aria-labelledby={`${idPrefix}-status ${idPrefix}-title`} data-testid="status">
      <h3 id={`${idPrefix}-status`} className="visually-hidden">
        {t('sim.status')}
      </h3>
      <div className="sim-meter" aria-hidden="true">
        <span className="sim-meter-end">{t('band.shitstorm')}</span>
        <span className="sim-meter-track">
          <span className="sim-meter-marker" style={{ left: `${(state.audience + 100) / 2}%` }} />
        </span>
        <span className="sim-meter-end">{t('band.candystorm')}</span>
      </div>
      <p className="sim-status-line" data-testid="audience">
        {t('sim.audience', { v: `${t(`band.${band}` as UiKeyOf<'band'>)} (${signed})` })}
      </p>
      <p className="sim-status-line" data-testid="storm">
        <strong>{t('sim.storm', { n: state.storm, name: t(`storm.${state.storm}` as UiKeyOf<'storm'>) })}</strong>
        {' – '}
        {t(`stormMeans.${state.storm}` as UiKeyOf<'stormMeans'>)}
      </p>
      {candy && (
        <p className="sim-candy" data-testid="candystorm">
          <span aria-hidden="true">🍬</span> {t('sim.candystorm')}
        </p>
      )}
    </section>
  );
}
