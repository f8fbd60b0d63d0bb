/** Says so when stored progress or settings could not be used and were reset; never blocks the page. */
import { clearPrefsNotice } from '../../stores/prefs-store.ts';
import { usePrefs } from '../../stores/use-prefs.ts';
import { useSimulator, useSimulatorState } from './context.ts';

export function Notices() {
  const { t, store } = useSimulator();
  const progress = useSimulatorState((s) => s.notice);
  const prefs = usePrefs((s) => s.notice);
  if (!progress && !prefs) return null;
  return (
    <div className="sim-notice" role="status" data-testid="notice">
      {progress && <p>{t(progress === 'scenario-changed' ? 'notice.scenarioChanged' : 'notice.progressReset')}</p>}
      {prefs && <p>{t('notice.prefsReset')}</p>}
      <button
        type="button"
        className="sim-link-button"
        onClick={() => {
          store.getState().dismissNotice();
          clearPrefsNotice();
        }}
      >
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
