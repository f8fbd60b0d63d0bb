/**
 * How the instances serving one database tell each other that a live session changed. One process
 * (SQLite) needs nobody to tell: `memoryHub`. Several instances on PostgreSQL share it through
 * LISTEN/NOTIFY (`postgresHub`): after each commit an instance sends a NOTIFY naming the session,
 * and every other instance reloads that session from the database and pushes it to its own screens.
 * A notification carries no state, so a lost one is repaired by the next, and on reconnecting
 * the listener reloads every session it holds.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../repos/types.ts';

/** What changed: the session's row ('state') or only its votes ('votes', coalesced by receivers). */
export type LiveChange = 'state' | 'votes';

export interface LiveHub {
  /** Tells the other instances (after the change is committed). */
  publish(sessionId: string, change: LiveChange): Promise<void>;
  /** Called with changes made by other instances; `resync` after a gap in which some may have been missed. */
  listen(onChange: (sessionId: string, change: LiveChange) => void, resync: () => void): void;
  close(): Promise<void>;
}

/** One process: the service already knows every change. */
export function memoryHub(): LiveHub {
  return { publish: async () => undefined, listen: () => undefined, close: async () => undefined };
}

export const LIVE_CHANNEL = 'candystorm_live';
const RECONNECT_MS = 1000;

/**
 * LISTEN/NOTIFY over PostgreSQL at `url`: NOTIFY through the app's pool, LISTEN on one own connection.
 * `channel` keeps other users of the hub (class pages: services/class-changes.ts) apart from live sessions.
 */
export function postgresHub(db: Db, url: string, channel: string = LIVE_CHANNEL): LiveHub {
  const instance = randomUUID();
  let client: pg.Client | undefined;
  let closed = false;
  let handlers: { onChange: (id: string, change: LiveChange) => void; resync: () => void } | undefined;

  const connect = async (): Promise<void> => {
    if (closed || !handlers) return;
    const c = new pg.Client({ connectionString: url });
    client = c;
    let retried = false;
    const retry = () => {
      if (retried || closed) return;
      retried = true;
      client = undefined;
      void c.end().catch(() => undefined);
      setTimeout(() => void connect(), RECONNECT_MS).unref();
    };
    c.on('error', (error) => {
      console.error('[live] LISTEN connection lost:', error.message);
      retry();
    });
    c.on('end', retry);
    c.on('notification', (n) => {
      const [from, change, sessionId] = (n.payload ?? '').split('|');
      if (from === instance || !sessionId || (change !== 'state' && change !== 'votes')) return;
      handlers?.onChange(sessionId, change);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
      // Whatever changed while no one listened is read again.
      handlers.resync();
    } catch (error) {
      console.error('[live] could not LISTEN:', (error as Error).message);
      retry();
    }
  };

  return {
    async publish(sessionId, change) {
      await sql`select pg_notify(${channel}, ${`${instance}|${change}|${sessionId}`})`.execute(db);
    },
    listen(onChange, resync) {
      handlers = { onChange, resync };
      void connect();
    },
    async close() {
      closed = true;
      await client?.end().catch(() => undefined);
    },
  };
}
