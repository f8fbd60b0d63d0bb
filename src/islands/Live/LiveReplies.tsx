/**
 * The projector's list of the room's written replies at a `write:` decision: only a count while
 * voting (hidden like the tally), then each reply without a name, with the features the analyser
 * found (named as in the simulator's written feedback) and a button to post it.
 */
import type { LiveSnapshot } from '../../live/live-snapshot.ts';
import { fill, type LiveWords } from '../../live/live-words.ts';

export interface LiveRepliesProps {
  snapshot: LiveSnapshot;
  words: LiveWords;
  featureNames: Record<string, string>;
  busy: boolean;
  post: (replyId: string) => void;
}

export function LiveReplies({ snapshot: s, words: w, featureNames, busy, post }: LiveRepliesProps) {
  return (
    <section className="live-replies" aria-labelledby="live-replies-heading">
      <h3 id="live-replies-heading">{w.repliesHeading}</h3>
      {s.replies === null ? (
        <p className="live-hint" data-written={s.written}>
          {fill(w.repliesHidden, { n: s.written })}
        </p>
      ) : s.replies.length === 0 ? (
        <p>{w.repliesNone}</p>
      ) : (
        <ol>
          {s.replies.map((r) => (
            <li key={r.id} data-reply={r.id}>
              <blockquote>{r.text}</blockquote>
              <p className="live-hint">{r.features.length ? fill(w.replyFeatures, { features: r.features.map((f) => featureNames[f] ?? f).join(', ') }) : w.replyNoFeatures}</p>
              {s.phase === 'revealed' && (
                <button type="button" className="secondary" disabled={busy} onClick={() => post(r.id)}>
                  {w.postReply}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
