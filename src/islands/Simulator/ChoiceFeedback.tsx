/** What one choice (or a written reply's outcome) did and why: its principle, feedback, points and the lesson section behind it. */
import { DIMENSIONS, type Choice, type WriteOutcome } from '../../engine/index.ts';
import { useSimulator } from './context.ts';
import type { UiKeyOf } from './status-keys.ts';

export function ChoiceFeedback({ choice }: { choice: Choice | WriteOutcome }) {
  const { locale, t } = useSimulator();
  const points = DIMENSIONS.filter((d) => (choice.scores?.[d] ?? 0) !== 0);
  return (
    <>
      {choice.principle && <p className="sim-principle">{t('sim.principle', { p: choice.principle[locale] })}</p>}
      <p>{choice.feedback[locale]}</p>
      {points.length > 0 && (
        <ul className="sim-points">
          {points.map((d) => {
            const n = choice.scores![d]!;
            return (
              <li key={d} className={n > 0 ? 'sim-points-up' : 'sim-points-down'}>
                {t(`dimension.${d}` as UiKeyOf<'dimension'>)} {n > 0 ? `+${n}` : `−${-n}`}
              </li>
            );
          })}
        </ul>
      )}
      {choice.lessonSection && (
        <p>
          <a href={`#${choice.lessonSection}`}>{t('sim.lessonLink')}</a>
        </p>
      )}
    </>
  );
}
