/**
 * The top of the debrief, made for the first screen of a phone: the outcome, the ending's title
 * (which takes focus), a big overall score, "endings found n of m" from what this device stored,
 * and what to do next ("play again", "try the other endings"). A candystorm ending gets a small
 * celebration: CSS only, decorative, still under prefers-reduced-motion (global.css).
 */
import type { Ref } from 'react';
import type { Outcome } from '../../engine/index.ts';
import { useSimulator } from './context.ts';
import type { EndingsFound } from './endings-found.ts';
import type { UiKeyOf } from './status-keys.ts';
import './ending-card.css';

interface EndingCardProps {
  ref?: Ref<HTMLHeadingElement> | undefined;
  outcome: Outcome;
  title: string;
  overall: number;
  /** The best overall score of earlier runs, when it beats this one (hidden while results are held). */
  bestSoFar?: number | undefined;
  endings: EndingsFound;
  onRestart: () => void;
  /** Back to the last decision; absent while a test's results are held (no jumping back then). */
  onTryOthers?: (() => void) | undefined;
}

/** Twelve sprinkles for the celebration; their places and colours come from the CSS. */
const SPRINKLES = Array.from({ length: 12 }, (_, i) => i);

export function EndingCard({ ref, outcome, title, overall, bestSoFar, endings, onRestart, onTryOthers }: EndingCardProps) {
  const { t, idPrefix } = useSimulator();
  // "Gesamt: {n} von 100": the number is drawn big, the sentence stays one text.
  const [before = '', after = ''] = t('sim.overall', { n: '\u0000' }).split('\u0000');
  const left = endings.total - endings.found;
  return (
    <div className={`sim-ending-card sim-ending-card-${outcome}`} data-testid="ending-card">
      {outcome === 'candystorm' && (
        <span className="sim-celebration" aria-hidden="true" data-testid="celebration">
          {SPRINKLES.map((i) => (
            <span key={i} />
          ))}
        </span>
      )}
      <p className="sim-outcome">{t(`outcome.${outcome}` as UiKeyOf<'outcome'>)}</p>
      <h3 id={`${idPrefix}-ending`} tabIndex={-1} ref={ref}>
        {t('sim.ending', { title })}
      </h3>
      <div className="sim-ending-figures">
        <p className="sim-overall" data-testid="overall">
          {before}
          <span className="sim-overall-n">{overall}</span>
          {after}
          {bestSoFar !== undefined && <span className="sim-overall-best"> · {t('sim.bestSoFar', { n: bestSoFar })}</span>}
        </p>
        <p className="sim-endings-found" data-testid="endings-found">
          {t('sim.endingsFound', { n: endings.found, m: endings.total })}
          <span className="sim-endings-left"> · {left > 0 ? t('sim.endingsLeft', { n: left }) : t('sim.allEndings')}</span>
        </p>
      </div>
      <div className="sim-ending-actions">
        <button type="button" className="sim-button" data-testid="play-again" onClick={onRestart}>
          {t('sim.restart')}
        </button>
        {onTryOthers && left > 0 && (
          <button type="button" className="sim-button sim-button-quiet" data-testid="try-others" aria-describedby={`${idPrefix}-try-hint`} onClick={onTryOthers}>
            {t('sim.tryOthers')}
          </button>
        )}
      </div>
      {onTryOthers && left > 0 && (
        <p id={`${idPrefix}-try-hint`} className="sim-ending-hint">
          {t('sim.tryOthersHint')}
        </p>
      )}
    </div>
  );
}
