/**
 * The account's own post at the top of the thread, with its reaction count (which climbs with the
 * storm, comment-volume.ts) and, on a review site, the average star rating that follows the mood.
 */
import type { CSSProperties } from 'react';
import { Avatar } from './Avatar.tsx';
import { useSimulator, useSimulatorState } from './context.ts';
import { ratingOf } from './platform-skin.ts';
import { useClimb } from './use-climb.ts';

export function AccountPost({ reactions }: { reactions: number }) {
  const { scenario, locale, t } = useSimulator();
  const audience = useSimulatorState((s) => s.run.state.audience);
  const shown = useClimb(reactions);
  const rating = scenario.platform === 'reviews' ? ratingOf(audience) : undefined;
  return (
    <article className="sim-post sim-post-account">
      <Avatar name={scenario.account.name} own />
      <div className="sim-post-body">
        <p className="sim-post-head">
          <strong>{scenario.account.name}</strong> <span className="sim-role">{scenario.account.handle}</span>
        </p>
        {rating !== undefined && (
          <p className="sim-rating" data-testid="rating">
            <span className="sim-stars" aria-hidden="true" style={{ '--sim-stars': rating } as CSSProperties} />{' '}
            {t('reviews.rating', { n: rating.toLocaleString(locale) })}
          </p>
        )}
        <p className="sim-post-text">{scenario.account.post[locale]}</p>
        {scenario.platform !== 'whatsapp' && (
          <p className="sim-post-reactions" data-testid="post-reactions">
            {t('volume.reactions', { n: shown.toLocaleString(locale) })}
          </p>
        )}
      </div>
    </article>
  );
}
