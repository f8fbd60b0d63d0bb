/**
 * One instance of the Candystorm server for live-session tests, in this test process: the real
 * composition root (src/server/app.ts) and the real Node server (create-server.ts: guards,
 * compression, the fast paths), on a given database, with the site's scenarios read through the
 * checker. Pages are not built here: anything Astro would answer gets 599. Two instances on one
 * PostgreSQL database are two servers sharing state through LISTEN/NOTIFY, as in production.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type CandystormApp } from '../../src/server/app.ts';
import { createCandystormServer } from '../../src/server/http/create-server.ts';
import { isLiveRoute, liveEndpoint } from '../../src/server/http/live-endpoint.ts';
import { LiveStreams } from '../../src/server/live/live-streams.ts';
import { scenarioSource } from '../../src/server/services/scenario-source.ts';
import { loadSiteScenario } from './api-fixtures.ts';
import { ROOT } from './api-server.ts';

export interface LiveInstance {
  url: string;
  app: CandystormApp;
  close(): Promise<void>;
}

/** Starts an instance on the SQLite file or PostgreSQL URL. */
export async function startLiveInstance(db: { sqliteFile?: string | undefined; url?: string | undefined }): Promise<LiveInstance> {
  const app = db.sqliteFile ? await createApp({ sqliteFile: db.sqliteFile }) : await createApp({ url: db.url! });
  const ids = readdirSync(join(ROOT, 'content', 'scenarios')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
  app.scenarios.provide(scenarioSource(async () => ids.map((id) => loadSiteScenario(id).scenario)));
  const dist = mkdtempSync(join(tmpdir(), 'candystorm-live-dist-'));
  mkdirSync(join(dist, 'client'));
  const streams = new LiveStreams(app.live, { votePushMs: 50 });
  const server = createCandystormServer({
    dist,
    astro: (_req, res) => void res.writeHead(599).end(),
    direct: liveEndpoint(app, streams),
    uncompressed: isLiveRoute,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    async close() {
      streams.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

export interface SseEvent {
  id?: string;
  event?: string;
  data: string;
}

/** An open event stream: the response's headers, the events so far, and a wait for a matching one. */
export interface EventStream {
  response: IncomingMessage;
  events: SseEvent[];
  /** Resolves with the first event (seen or to come) the predicate accepts. */
  waitFor(accept: (e: SseEvent) => boolean, what?: string): Promise<SseEvent>;
  close(): void;
}

/** Opens GET `url` as an event stream (a tiny EventSource for tests: parses id/event/data lines). */
export function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { accept: 'text/event-stream', ...headers } }, (response) => {
      const events: SseEvent[] = [];
      const waiters: { accept: (e: SseEvent) => boolean; done: (e: SseEvent) => void }[] = [];
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = { data: '' };
          let hasData = false;
          for (const line of block.split('\n')) {
            const [field, ...rest] = line.split(':');
            const value = rest.join(':').replace(/^ /, '');
            if (field === 'id') event.id = value;
            else if (field === 'event') event.event = value;
            else if (field === 'data') {
              event.data += value;
              hasData = true;
            }
          }
          if (!hasData) continue;
          events.push(event);
          for (const w of [...waiters]) if (w.accept(event)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.done(event);
          }
        }
      });
      resolve({
        response,
        events,
        waitFor: (accept) =>
          new Promise((done) => {
            const seen = events.find(accept);
            if (seen) done(seen);
            else waiters.push({ accept, done });
          }),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}
