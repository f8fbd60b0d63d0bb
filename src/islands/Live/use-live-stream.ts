/**
 * The session's state as the server streams it (server-sent events). EventSource reconnects by
 * itself after a dropped connection, sending Last-Event-ID; where it gives up (an answer that is no
 * stream, e.g. during a server restart) or the device comes back online, a new one is opened, so a
 * phone that lost the network always lands at the current decision.
 */
import { useEffect, useState } from 'react';
import type { LiveSnapshot } from '../../live/live-snapshot.ts';

const REOPEN_MS = 2000;

export interface LiveStream {
  snapshot: LiveSnapshot | undefined;
  /** False while the stream is broken (shown as "reconnecting"). */
  connected: boolean;
  /** The session was deleted. */
  gone: boolean;
  /** Counts up on every (re)connection: a phone then asks again for its own votes. */
  connections: number;
  /** This device's clock when the snapshot arrived (ms): with its serverNow, the countdown's clock. */
  receivedAt: number;
}

/** `tallies`: also get vote counts as they change (the projector); phones hear only the trainer's actions. */
export function useLiveStream(code: string, initial?: LiveSnapshot, tallies = false): LiveStream {
  const [state, setState] = useState<LiveStream>(() => ({ snapshot: initial, connected: true, gone: false, connections: 0, receivedAt: initial?.serverNow ?? 0 }));
  useEffect(() => {
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const open = () => {
      if (stopped) return;
      source?.close();
      const es = new EventSource(`/api/live/${encodeURIComponent(code)}/events${tallies ? '?tallies=1' : ''}`);
      source = es;
      es.addEventListener('open', () => setState((s) => ({ ...s, connected: true, connections: s.connections + 1 })));
      es.addEventListener('state', (e) => {
        const snapshot = JSON.parse((e as MessageEvent<string>).data) as LiveSnapshot;
        setState((s) => ({ ...s, snapshot, connected: true, receivedAt: Date.now() }));
      });
      es.addEventListener('gone', () => {
        es.close();
        setState((s) => ({ ...s, gone: true }));
      });
      es.addEventListener('error', () => {
        setState((s) => ({ ...s, connected: false }));
        if (es.readyState === EventSource.CLOSED && !stopped) {
          clearTimeout(timer);
          timer = setTimeout(open, REOPEN_MS);
        }
      });
    };
    const online = () => open();
    open();
    window.addEventListener('online', online);
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
      window.removeEventListener('online', online);
    };
  }, [code, tallies]);
  return state;
}
