/**
 * Server-sent events for the screens of live sessions: every projector and phone holds one
 * `text/event-stream` response. Each gets the session's snapshot at once (so a phone that lost the
 * network, or a late joiner, lands at the current decision), then after every change: at once for a
 * trainer's action, at most every VOTE_PUSH_MS for votes, so a room voting at once costs a few
 * pushes a second however many vote. Vote counts go only to streams that asked for them (the
 * projector, `?tallies=1`): a phone needs to hear only the trainer's actions, which keeps a room of
 * 2,000 from costing 2,000 writes per tally. A comment line every HEARTBEAT_MS keeps proxies (nginx's
 * proxy_read_timeout, 60 s) and phones from dropping a quiet stream.
 */
import type { ServerResponse } from 'node:http';
import type { LiveChange } from './live-hub.ts';
import type { LiveService } from './live-service.ts';

export const HEARTBEAT_MS = 15_000;
export const VOTE_PUSH_MS = 200;
/** How long a browser waits before reconnecting after the stream broke. */
const RETRY_MS = 2000;

/**
 * The headers of an event stream. `no-transform` keeps our compression middleware (the `compression`
 * package skips such responses) and any proxy from compressing or buffering; `X-Accel-Buffering: no`
 * tells nginx not to buffer this response even where `proxy_buffering` is on.
 */
export const EVENT_STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
  connection: 'keep-alive',
} as const;

interface Channel {
  clients: Set<ServerResponse>;
  /** The streams that also get vote counts between actions (projectors): phones need only actions. */
  tallies: Set<ServerResponse>;
  /** The pending push is for votes only (false: a state change, for everybody). */
  votesOnly: boolean;
  unsubscribe: () => void;
  lastPush: number;
  timer: NodeJS.Timeout | undefined;
  immediate: boolean;
}

export class LiveStreams {
  readonly #live: LiveService;
  readonly #channels = new Map<string, Channel>();
  readonly #heartbeat: NodeJS.Timeout;
  readonly #votePushMs: number;

  constructor(live: LiveService, options: { votePushMs?: number; heartbeatMs?: number } = {}) {
    this.#live = live;
    this.#votePushMs = options.votePushMs ?? VOTE_PUSH_MS;
    this.#heartbeat = setInterval(() => {
      for (const channel of this.#channels.values()) for (const res of channel.clients) res.write(': heartbeat\n\n');
    }, options.heartbeatMs ?? HEARTBEAT_MS);
    this.#heartbeat.unref();
  }

  /** Screens connected now (for the bench and tests). */
  get connected(): number {
    let n = 0;
    for (const c of this.#channels.values()) n += c.clients.size;
    return n;
  }

  /**
   * Starts the stream on `res` for the session. The current state follows at once unless the
   * browser's Last-Event-ID says it already has exactly this state.
   */
  async open(sessionId: string, res: ServerResponse, lastEventId: string | undefined, withTallies = true): Promise<void> {
    const snapshot = await this.#live.snapshot(sessionId);
    res.writeHead(200, EVENT_STREAM_HEADERS);
    res.write(`retry: ${RETRY_MS}\n\n`);
    if (!snapshot) {
      res.end('event: gone\ndata: {}\n\n');
      return;
    }
    // Small writes go out at once rather than waiting for more (Nagle).
    res.socket?.setNoDelay(true);
    let channel = this.#channels.get(sessionId);
    if (!channel) {
      const created: Channel = { clients: new Set(), tallies: new Set(), votesOnly: true, unsubscribe: () => undefined, lastPush: 0, timer: undefined, immediate: false };
      created.unsubscribe = this.#live.subscribe(sessionId, (change) => this.#schedule(sessionId, created, change));
      this.#channels.set(sessionId, created);
      channel = created;
    }
    const own = channel;
    own.clients.add(res);
    if (withTallies) own.tallies.add(res);
    res.on('close', () => {
      own.clients.delete(res);
      own.tallies.delete(res);
      if (own.clients.size === 0) {
        own.unsubscribe();
        if (own.timer) clearTimeout(own.timer);
        if (this.#channels.get(sessionId) === own) this.#channels.delete(sessionId);
      }
    });
    if (lastEventId !== snapshot.eventId) res.write(eventOf(snapshot.eventId, 'state', snapshot));
  }

  /** Ends every stream (shutdown); browsers reconnect to whichever instance is up. */
  close(): void {
    clearInterval(this.#heartbeat);
    for (const channel of this.#channels.values()) {
      channel.unsubscribe();
      if (channel.timer) clearTimeout(channel.timer);
      for (const res of channel.clients) res.end();
    }
    this.#channels.clear();
  }

  #schedule(sessionId: string, channel: Channel, change: LiveChange): void {
    if (change === 'state') {
      // A trainer's action goes out at once, and makes any pending tally push unnecessary.
      if (channel.immediate) return;
      channel.immediate = true;
      channel.votesOnly = false;
      if (channel.timer) clearTimeout(channel.timer);
      channel.timer = undefined;
      setImmediate(() => void this.#push(sessionId, channel));
      return;
    }
    if (channel.timer || channel.immediate) return;
    if (channel.tallies.size === 0) return;
    const wait = Math.max(0, channel.lastPush + this.#votePushMs - Date.now());
    channel.timer = setTimeout(() => void this.#push(sessionId, channel), wait);
  }

  async #push(sessionId: string, channel: Channel): Promise<void> {
    const audience = channel.votesOnly ? channel.tallies : channel.clients;
    channel.timer = undefined;
    channel.immediate = false;
    channel.votesOnly = true;
    channel.lastPush = Date.now();
    const snapshot = await this.#live.snapshot(sessionId);
    const message = snapshot ? eventOf(snapshot.eventId, 'state', snapshot) : 'event: gone\ndata: {}\n\n';
    for (const res of audience) {
      res.write(message);
      if (!snapshot) res.end();
    }
  }
}

/** One SSE message. JSON has no raw newlines, so the data fits on one `data:` line. */
function eventOf(id: string, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
