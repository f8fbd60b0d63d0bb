/**
 * A reply as the learner wrote it, with the words that triggered a feature marked. Each mark is
 * followed by the feature's name in brackets, so the meaning never rests on colour alone and screen
 * readers read it too. Always rendered as text (React escapes it), never as HTML: markup in a reply
 * shows as the characters typed. Invisible and bidi-control characters are left out (reply-text.ts).
 */
import type { FeatureId, FoundFeature } from '../../analysis/types.ts';
import type { Translate } from '../../i18n/translate.ts';
import { segmentReply } from './reply-text.ts';

export interface HighlightedReplyProps {
  text: string;
  features: readonly FoundFeature[];
  /** Features to mark as harmful here (drawn differently; the bracketed name says it in words). */
  avoid?: readonly FeatureId[];
  t: Translate;
}

export function HighlightedReply({ text, features, avoid = [], t }: HighlightedReplyProps) {
  return (
    <p className="reply-highlighted">
      {segmentReply(text, features).map((segment, i) =>
        segment.features.length === 0 ? (
          <span key={i}>{segment.text}</span>
        ) : (
          <span key={i}>
            <mark className={segment.features.some((f) => avoid.includes(f)) ? 'reply-mark reply-mark-avoid' : 'reply-mark'} data-features={segment.features.join(' ')}>
              {segment.text}
            </mark>
            <span className="reply-mark-label"> [{segment.features.map((f) => t(`feature.${f}`)).join(', ')}]</span>
          </span>
        ),
      )}
    </p>
  );
}
