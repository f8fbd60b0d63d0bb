/**
 * A phone in a live session: join with a player name (no account; the token stays on this phone),
 * or, in a session of a class, as the class member this device is (under the class pseudonym),
 * then one tap to vote, changeable until the reveal; after it, what the room plays. The state comes
 * over server-sent events, so a phone that lost the network, or arrives late, lands at the current
 * decision; its own votes are asked for again on every reconnection.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { writeNow, type Locale, type Scenario } from '../../engine/index.ts';
import type { LiveSnapshot } from '../../live/live-snapshot.ts';
import { fill, type LiveWords } from '../../live/live-words.ts';
import { currentMembership } from '../../learner/membership-store.ts';
import { liveAttribute, useLive } from '../use-live.ts';
import { LiveCountdown } from './LiveCountdown.tsx';
import { LiveReplyBox } from './LiveReplyBox.tsx';
import { LiveThread } from './LiveThread.tsx';
import { choiceAt, roomRun, threadOfPath } from './live-view.ts';
import { useLiveStream } from './use-live-stream.ts';

export interface LivePhoneProps {
  code: string;
  locale: Locale;
  scenario: Scenario;
  words: LiveWords;
  initial: LiveSnapshot;
}

interface Membership {
  token: string;
  pseudonym: string;
}

const storageKey = (code: string) => `candystorm-live:${code}`;

function readMembership(code: string): Membership | undefined {
  try {
    const raw = localStorage.getItem(storageKey(code));
    const value = raw ? (JSON.parse(raw) as Partial<Membership>) : undefined;
    return typeof value?.token === 'string' && typeof value.pseudonym === 'string' ? { token: value.token, pseudonym: value.pseudonym } : undefined;
  } catch {
    return undefined;
  }
}

async function errorOf(res: Response): Promise<string> {
  return ((await res.json().catch(() => ({}))) as { error?: string }).error ?? String(res.status);
}

export default function LivePhone({ code, locale, scenario, words: w, initial }: LivePhoneProps) {
  const live = useLive();
  const stream = useLiveStream(code, initial);
  const s = stream.snapshot ?? initial;
  const [member, setMember] = useState<Membership | undefined>();
  const [myVotes, setMyVotes] = useState<Record<string, string>>({});
  const [myReplies, setMyReplies] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const nameId = useId();

  // This device's class membership, if any: in a session of a class it joins under that name.
  const [classMember, setClassMember] = useState<{ token: string; pseudonym: string; className: string } | undefined>();
  useEffect(() => {
    setMember(readMembership(code));
    setClassMember(currentMembership());
  }, [code]);

  // After every (re)connection: our own votes as the server has them (the truth after a restart).
  useEffect(() => {
    if (!member || stream.connections === 0) return;
    void fetch(`/api/live/${code}/me`, { headers: { authorization: `Bearer ${member.token}` } })
      .then(async (res) => {
        if (res.ok) {
          const mine = (await res.json()) as { votes: Record<string, string>; replies?: Record<string, string> };
          setMyVotes(mine.votes);
          setMyReplies(mine.replies ?? {});
        }
        else if (res.status === 401) {
          localStorage.removeItem(storageKey(code));
          setMember(undefined);
        }
      })
      .catch(() => undefined);
  }, [member, stream.connections, code]);

  const joinSession = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await joinWith({ pseudonym: String(new FormData(event.currentTarget).get('pseudonym') ?? '').trim() });
  };

  const joinWith = async (who: { pseudonym: string } | { learnerToken: string }) => {
    setMessage('');
    try {
      const res = await fetch(`/api/live/${code}/join`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': locale }, body: JSON.stringify(who) });
      if (!res.ok) return setMessage(fill(w.error, { message: await errorOf(res) }));
      const { token, pseudonym } = (await res.json()) as { token: string; pseudonym: string };
      const joined = { token, pseudonym };
      try {
        localStorage.setItem(storageKey(code), JSON.stringify(joined));
      } catch {
        // Private mode without storage: the phone plays on, but cannot rejoin after a reload.
      }
      setMember(joined);
    } catch {
      setMessage(w.offline);
    }
  };

  const vote = async (choiceId: string) => {
    if (!member) return;
    setMessage('');
    const round = s.round;
    try {
      const res = await fetch(`/api/live/${code}/votes`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` }, body: JSON.stringify({ round, choiceId }) });
      if (!res.ok) return setMessage(fill(w.error, { message: await errorOf(res) }));
      setMyVotes((v) => ({ ...v, [String(round)]: choiceId }));
    } catch {
      setMessage(w.notSent);
    }
  };

  /** Sends this phone's written reply for the open round; an error message, or undefined when it arrived. */
  const sendReply = async (text: string): Promise<string | undefined> => {
    if (!member) return w.offline;
    const round = s.round;
    try {
      const res = await fetch(`/api/live/${code}/replies`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` }, body: JSON.stringify({ round, text }) });
      if (!res.ok) return fill(w.error, { message: await errorOf(res) });
      setMyReplies((r) => ({ ...r, [String(round)]: text.trim() }));
      return undefined;
    } catch {
      return w.notSent;
    }
  };

  const run = roomRun(scenario, s.path);
  const write = writeNow(scenario, run);
  const node = scenario.nodes[run.nodeId];
  const mine = myVotes[String(s.round)];
  const last = s.history.at(-1);
  const lastChoice = last?.posted ? fill(w.postedReply, { text: last.posted.text }) : last ? choiceAt(scenario, last.nodeId, last.followed ?? '')?.text[locale] : undefined;
  const textOf = (id: string) => (node?.type === 'decision' ? (node.choices.find((c) => c.id === id)?.text[locale] ?? id) : id);

  return (
    <div className="live-phone" {...liveAttribute(live)} data-phase={s.phase} data-round={s.round} data-joined={member ? '' : undefined}>
      {!stream.connected && (
        <p className="live-offline" role="alert">
          {w.offline}
        </p>
      )}
      {stream.gone ? (
        <p>{w.noSession}</p>
      ) : !member ? (
        s.phase === 'closed' ? (
          <p>{w.closed}</p>
        ) : (
          <form className="live-join-form" onSubmit={(e) => void joinSession(e)}>
            {s.forClass && classMember && (
              <>
                <button type="button" className="live-join-member" onClick={() => void joinWith({ learnerToken: classMember.token })}>
                  {fill(w.joinAsMember, { name: classMember.pseudonym, className: classMember.className })}
                </button>
                <p>{w.orGuest}</p>
              </>
            )}
            <label htmlFor={nameId}>{w.nameLabel}</label>
            <p id={`${nameId}-hint`} className="live-hint">
              {w.nameHint}
            </p>
            <input id={nameId} name="pseudonym" required minLength={2} maxLength={30} autoComplete="off" aria-describedby={`${nameId}-hint`} />
            <button type="submit">{w.join}</button>
          </form>
        )
      ) : (
        <>
          <p>{fill(w.joinedAs, { name: member.pseudonym })}</p>
          {lastChoice && <p className="live-room-chose">{fill(w.roomChose, { choice: lastChoice })}</p>}
          <LiveThread scenario={scenario} items={threadOfPath(scenario, s.path)} locale={locale} label={scenario.title[locale]} last={2} />
          <LiveCountdown countdown={s.countdown} serverNow={s.serverNow} receivedAt={stream.receivedAt} words={w} />
          {s.phase === 'closed' ? (
            <p role="status">{w.closed}</p>
          ) : node?.type === 'ending' ? (
            <p role="status">{fill(w.ending, { title: node.title[locale] })}</p>
          ) : (
            node?.type === 'decision' && (
              <fieldset className="live-vote">
                <legend>{node.prompt?.[locale] ?? w.question}</legend>
                {s.choices.map((id) => (
                  <button key={id} type="button" className="live-vote-button" data-choice={id} aria-pressed={mine === id} disabled={s.phase !== 'voting'} onClick={() => void vote(id)}>
                    {textOf(id)}
                  </button>
                ))}
              </fieldset>
            )
          )}
          {write && s.phase !== 'closed' && node?.type === 'decision' && (
            // Keyed by round: a new decision starts with an empty box.
            <LiveReplyBox key={s.round} maxLength={write.maxLength} sent={myReplies[String(s.round)]} open={s.phase === 'voting'} words={w} send={sendReply} />
          )}
          <p role="status" data-my-vote={mine ?? ''}>
            {s.phase === 'voting' && mine ? fill(w.yourVote, { choice: textOf(mine) }) : ''}
            {s.phase === 'revealed' ? `${w.revealed} ${mine ? fill(w.youChose, { choice: textOf(mine) }) : ''} ${w.waitNext}` : ''}
          </p>
        </>
      )}
      {message && (
        <p className="live-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
