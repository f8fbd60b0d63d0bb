/**
 * "Class X changed": a run, a join or a progress report arrived. Open class pages listen (their
 * event stream, http/class-events-endpoint.ts) and fetch the grid again. The same hub as live
 * sessions carries it between instances (live/live-hub.ts: nothing to carry for one process,
 * LISTEN/NOTIFY on its own channel for several on PostgreSQL). A class playing at full speed changes
 * many times a second, so each class's listeners hear at most one change every COALESCE_MS: the
 * first at once, the rest folded into one at the end of the interval.
 */
import type { LiveHub } from '../live/live-hub.ts';

export const COALESCE_MS = 1000;
/** The PostgreSQL channel class changes travel on (apart from live sessions'). */
export const CLASS_CHANNEL = 'candystorm_class';

type Listener = () => void;

interface Channel {
  listeners: Set<Listener>;
  lastPush: number;
  timer: NodeJS.Timeout | undefined;
}

export class ClassChanges {
  readonly #hub: LiveHub;
  readonly #coalesceMs: number;
  readonly #channels = new Map<string, Channel>();

  constructor(hub: LiveHub, options: { coalesceMs?: number } = {}) {
    this.#hub = hub;
    this.#coalesceMs = options.coalesceMs ?? COALESCE_MS;
    // Another instance's change; after a gap in the connection every open page looks again.
    hub.listen(
      (classId) => this.#deliver(classId),
      () => {
        for (const classId of this.#channels.keys()) this.#deliver(classId);
      },
    );
  }

  /** Pages listening now (for tests and the bench). */
  get listening(): number {
    let n = 0;
    for (const c of this.#channels.values()) n += c.listeners.size;
    return n;
  }

  /** Calls `listener` (coalesced) whenever class `classId` changes; returns the way to stop. */
  subscribe(classId: string, listener: Listener): () => void {
    let channel = this.#channels.get(classId);
    if (!channel) this.#channels.set(classId, (channel = { listeners: new Set(), lastPush: 0, timer: undefined }));
    channel.listeners.add(listener);
    return () => {
      channel.listeners.delete(listener);
      if (channel.listeners.size === 0) {
        clearTimeout(channel.timer);
        this.#channels.delete(classId);
      }
    };
  }

  /**
   * Tells this instance's pages and the other instances. Call after the change is committed; never
   * throws (a lost notice costs a page one update, the next change or a reload repairs it).
   */
  changed(classId: string): void {
    this.#deliver(classId);
    this.#hub.publish(classId, 'state').catch((error: unknown) => console.error('[class] could not notify:', (error as Error).message));
  }

  #deliver(classId: string): void {
    const channel = this.#channels.get(classId);
    if (!channel || channel.timer) return;
    const wait = channel.lastPush + this.#coalesceMs - Date.now();
    const push = () => {
      channel.timer = undefined;
      channel.lastPush = Date.now();
      for (const listener of channel.listeners) listener();
    };
    if (wait <= 0) push();
    else {
      channel.timer = setTimeout(push, wait);
      channel.timer.unref();
    }
  }

  /** Stops pending pushes and the hub. */
  async close(): Promise<void> {
    for (const channel of this.#channels.values()) clearTimeout(channel.timer);
    this.#channels.clear();
    await this.#hub.close();
  }
}
