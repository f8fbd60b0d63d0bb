/**
 * The projector of a live session: the thread large, the meter, the join QR with code and short
 * address (until hidden), participants and votes, the tally only after the reveal, and the
 * trainer's controls; at an ending the room debrief (the room's path beside the strongest path,
 * with the tally of each decision). State arrives over server-sent events; the controls POST.
 */
import { useId, useState, type FormEvent } from 'react';
import { COUNTDOWN_SECONDS } from '../../live/live-countdown.ts';
import { writeNow, type Locale, type Scenario } from '../../engine/index.ts';
import type { LiveSnapshot } from '../../live/live-snapshot.ts';
import { fill, type LiveWords } from '../../live/live-words.ts';
import { liveAttribute, useLive } from '../use-live.ts';
import { LiveCountdown } from './LiveCountdown.tsx';
import { LiveReplies } from './LiveReplies.tsx';
import { LiveThread } from './LiveThread.tsx';
import { choiceAt, postedReplyFeedback, roomRun, stepsOf, threadOfPath } from './live-view.ts';
import { useLiveStream } from './use-live-stream.ts';

export interface LiveProjectorProps {
  sessionId: string;
  code: string;
  locale: Locale;
  scenario: Scenario;
  words: LiveWords;
  /** The short address phones open, shown as text (without https://). */
  joinAddress: string;
  /** The QR code of the join link, an SVG made on the server. */
  qrSvg: string;
  /** Choice ids of the strongest path (engine bestPath). */
  bestPath: string[];
  /** The discussion questions of the module's trainer notes (collapsed until the trainer opens them). */
  questions: string[];
  initial: LiveSnapshot;
  /** Feature id → name, as the simulator's written feedback names them (live-feature-names.ts). */
  featureNames: Record<string, string>;
}

type Action =
  | { type: 'reveal' }
  | { type: 'follow-majority' }
  | { type: 'follow'; choiceId: string }
  | { type: 'post-reply'; replyId: string }
  | { type: 'back' }
  | { type: 'qr'; hidden: boolean }
  | { type: 'countdown'; seconds: number; autoClose: boolean }
  | { type: 'countdown-off' }
  | { type: 'end' };

export default function LiveProjector({ sessionId, code, locale, scenario, words: w, joinAddress, qrSvg, bestPath, questions, initial, featureNames }: LiveProjectorProps) {
  const live = useLive();
  const stream = useLiveStream(code, initial, true);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const countdownId = useId();
  const s = stream.snapshot ?? initial;
  const run = roomRun(scenario, s.path);
  const node = scenario.nodes[run.nodeId];
  const decision = node?.type === 'decision' ? node : undefined;
  const ended = s.phase === 'finished' || s.phase === 'closed';
  const total = s.tally ? Object.values(s.tally).reduce((a, b) => a + b, 0) : 0;

  const act = async (action: Action) => {
    setBusy(true);
    setError('');
    try {
      const res = await fetch(`/api/live/sessions/${encodeURIComponent(sessionId)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(action) });
      if (!res.ok) setError(fill(w.error, { message: ((await res.json().catch(() => ({}))) as { error?: string }).error ?? String(res.status) }));
    } catch {
      setError(fill(w.error, { message: w.offline }));
    } finally {
      setBusy(false);
    }
  };

  const startCountdown = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void act({ type: 'countdown', seconds: Number(form.get('seconds')), autoClose: form.get('autoClose') === 'on' });
  };

  const status = s.phase === 'closed' ? w.closed : s.phase === 'revealed' ? w.revealed : s.phase === 'voting' ? w.newDecision : '';

  return (
    <div className="live-projector" {...liveAttribute(live)} data-phase={s.phase} data-round={s.round}>
      <p className="visually-hidden" role="status">{status}</p>
      {!stream.connected && <p className="live-offline" role="alert">{w.offline}</p>}
      <div className="live-stage">
        <section className="live-main" aria-labelledby="live-thread-heading">
          <h2 id="live-thread-heading">{scenario.title[locale]}</h2>
          <LiveThread scenario={scenario} items={threadOfPath(scenario, s.path)} locale={locale} label={w.thread} />
          {decision && !ended && (
            <div className="live-decision">
              <h3>{decision.prompt?.[locale] ?? w.question}</h3>
              <ol className="live-choices">
                {s.choices.map((id) => {
                  const choice = decision.choices.find((c) => c.id === id);
                  const count = s.tally?.[id] ?? 0;
                  return (
                    <li key={id} data-choice={id}>
                      <span className="live-choice-text">{choice?.text[locale] ?? id}</span>
                      {s.tally && (
                        <span className="live-bar" aria-label={fill(w.votes, { n: count })}>
                          <span className="live-bar-fill" style={{ width: `${total ? (100 * count) / total : 0}%` }} />
                          <span className="live-count" data-count={count}>{count}</span>
                        </span>
                      )}
                      {s.phase === 'revealed' && (
                        <button type="button" className="secondary" disabled={busy} onClick={() => void act({ type: 'follow', choiceId: id })}>
                          {w.followThis}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ol>
              {!s.tally && <p className="live-hint">{w.tallyHidden}</p>}
              {writeNow(scenario, run) && <LiveReplies snapshot={s} words={w} featureNames={featureNames} busy={busy} post={(replyId) => void act({ type: 'post-reply', replyId })} />}
            </div>
          )}
          {node?.type === 'ending' && (
            <div className="live-ending">
              <h3>{fill(w.ending, { title: node.title[locale] })}</h3>
              <p>{node.text[locale]}</p>
            </div>
          )}
        </section>
        <aside className="live-side" aria-label={w.projectorTitle}>
          <label className="live-meter">
            {w.audience}
            <meter min={-100} max={100} low={-20} high={20} optimum={100} value={run.state.audience}>
              {run.state.audience}
            </meter>
          </label>
          <p>{fill(w.storm, { n: run.state.storm })}</p>
          {!s.qrHidden && s.phase !== 'closed' && (
            <div className="live-join">
              <div className="live-qr" role="img" aria-label={w.qrAlt} dangerouslySetInnerHTML={{ __html: qrSvg }} />
              <p>
                {fill(w.joinAt, { url: joinAddress })} <strong className="live-code" data-code>{code}</strong>
              </p>
            </div>
          )}
          <p data-participants={s.participants}>{fill(w.participants, { n: s.participants })}</p>
          {!ended && <p data-voted={s.voted}>{fill(w.voted, { n: s.voted, m: s.participants })}</p>}
          <LiveCountdown countdown={s.countdown} serverNow={s.serverNow} receivedAt={stream.receivedAt} words={w} />
          {questions.length > 0 && (
            <details className="live-questions">
              <summary>{w.questions}</summary>
              <ul>
                {questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </details>
          )}
        </aside>
      </div>
      {s.phase !== 'closed' && (
        <nav className="live-controls" aria-label={w.controls}>
          {s.phase === 'voting' && (
            <button type="button" disabled={busy} onClick={() => void act({ type: 'reveal' })}>
              {w.reveal}
            </button>
          )}
          {s.phase === 'revealed' && (
            <button type="button" disabled={busy || total === 0} onClick={() => void act({ type: 'follow-majority' })}>
              {w.followMajority}
            </button>
          )}
          {s.phase === 'voting' &&
            (s.countdown ? (
              <button type="button" className="secondary" disabled={busy} onClick={() => void act({ type: 'countdown-off' })}>
                {w.countdownStop}
              </button>
            ) : (
              <form className="live-countdown-form" onSubmit={startCountdown}>
                <label htmlFor={`${countdownId}-s`}>{w.countdownSeconds}</label>
                <input id={`${countdownId}-s`} name="seconds" type="number" inputMode="numeric" min={COUNTDOWN_SECONDS.min} max={COUNTDOWN_SECONDS.max} defaultValue={COUNTDOWN_SECONDS.default} required />
                <label>
                  <input type="checkbox" name="autoClose" /> {w.countdownAutoClose}
                </label>
                <button type="submit" className="secondary" disabled={busy}>
                  {w.countdownStart}
                </button>
              </form>
            ))}
          <button type="button" className="secondary" disabled={busy || s.path.length === 0} onClick={() => void act({ type: 'back' })}>
            {w.back}
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => void act({ type: 'qr', hidden: !s.qrHidden })} aria-pressed={s.qrHidden}>
            {s.qrHidden ? w.showQr : w.hideQr}
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => void act({ type: 'end' })}>
            {w.end}
          </button>
        </nav>
      )}
      {error && (
        <p className="live-error" role="alert">
          {error}
        </p>
      )}
      {ended && <Debrief scenario={scenario} locale={locale} words={w} snapshot={s} bestPath={bestPath} />}
    </div>
  );
}

/** What the engine says about the written reply the room posted, as a learner alone would read it. */
function PostedFeedback({ text, label }: { text: string | undefined; label: string }) {
  return text ? (
    <p className="live-posted-feedback" data-posted-feedback>
      <strong>{label}</strong> {text}
    </p>
  ) : null;
}

function Debrief({ scenario, locale, words: w, snapshot, bestPath }: { scenario: Scenario; locale: Locale; words: LiveWords; snapshot: LiveSnapshot; bestPath: string[] }) {
  const best = stepsOf(scenario, bestPath);
  return (
    <section className="live-debrief" aria-labelledby="live-debrief-heading">
      <h2 id="live-debrief-heading">{w.debrief}</h2>
      <div className="live-debrief-columns">
        <div>
          <h3>{w.roomPath}</h3>
          <ol data-room-path>
            {snapshot.history.map((r) => {
              const total = Object.values(r.tally).reduce((a, b) => a + b, 0);
              const majority = r.majority?.includes(r.followed ?? '') ?? false;
              return (
                <li key={r.round}>
                  <p>
                    {r.posted ? fill(w.postedReply, { text: r.posted.text }) : (choiceAt(scenario, r.nodeId, r.followed ?? '')?.text[locale] ?? r.followed)}{' '}
                    {!r.posted && <em>({majority ? w.majorityMark : w.whatIfMark})</em>}
                  </p>
                  {r.posted && <PostedFeedback text={postedReplyFeedback(scenario, snapshot.path, r.step, locale)} label={w.postedFeedback} />}
                  <ul className="live-debrief-tally">
                    {r.choices.map((c) => (
                      <li key={c}>
                        {choiceAt(scenario, r.nodeId, c)?.text[locale] ?? c}: {r.tally[c] ?? 0}/{total}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </div>
        <div>
          <h3>{w.bestPath}</h3>
          <ol data-best-path>
            {best.map((step, i) => (
              <li key={i}>{choiceAt(scenario, step.nodeId, step.choiceId)?.text[locale] ?? step.choiceId}</li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
