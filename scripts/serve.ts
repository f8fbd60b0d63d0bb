/**
 * npm run serve (and npm start after the build): the Candystorm server on PORT (default 4321) and
 * HOST (default 127.0.0.1). Builds the app first (src/server/app.ts: opens the database, SQLite under
 * ./data/ by default or PostgreSQL when DATABASE_URL is set, runs its migrations, makes the
 * services), then listens, handing the app to the fast path and, as `locals.app`, to Astro.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApp } from '../src/server/app.ts';
import { createCandystormServer } from '../src/server/http/create-server.ts';
import { classEventsEndpoint } from '../src/server/http/class-events-endpoint.ts';
import { isLiveRoute, liveEndpoint } from '../src/server/http/live-endpoint.ts';
import { runsEndpoint } from '../src/server/http/runs-endpoint.ts';
import { LiveStreams } from '../src/server/live/live-streams.ts';

// The command line first, before the database opens. Handled here rather than with cli-args.ts:
// the test and bench snapshots run a copy of this file alone.
const USAGE = `Usage: npm run serve   (or: node scripts/serve.ts)
Serves the built site (dist/) and the API. Settings come from the environment: PORT (default 4321),
HOST (default 127.0.0.1), DATABASE_URL (PostgreSQL) or SQLITE_FILE (default ./data/candystorm.sqlite),
PUBLIC_URL (the address visitors use, e.g. https://candystorm.school.example), TRUST_PROXY=1 (behind
a reverse proxy that sets X-Forwarded-*), JOINS_PER_ADDRESS, RUNS_PER_LEARNER, PASSWORD_HASHES_AT_ONCE:
see docs/deployment.md.`;
const cliArgs = process.argv.slice(2);
if (cliArgs.includes('--help') || cliArgs.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
if (cliArgs.length) {
  console.error(`unexpected argument "${cliArgs[0]}"\n\n${USAGE}`);
  process.exit(2);
}

const dist = resolve(import.meta.dirname, '..', 'dist');
const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? '127.0.0.1';

const app = await createApp();
// Astro must not start its own server: ours wraps its handler.
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
// The adapter's middleware mode: handler(req, res, next, locals); locals reach every route and page.
const { handler } = (await import(pathToFileURL(resolve(dist, 'server', 'entry.mjs')).href)) as {
  handler: (req: IncomingMessage, res: ServerResponse, next: () => void, locals: App.Locals) => Promise<void> | void;
};
const locals = { app };
const runs = runsEndpoint(app);
// Live sessions' event streams, votes and joins (docs/live-mode.md) skip Astro too.
const liveStreams = new LiveStreams(app.live);
const live = liveEndpoint(app, liveStreams);
// The class page's stream of "class changed" (docs/trainer.md) skips Astro for the same reason.
const classEvents = classEventsEndpoint(app);
const server = createCandystormServer({
  dist,
  origins: app.origins,
  astro: (req, res, next, side) => handler(req, res, next, { ...locals, ...side }),
  direct: (req, res, body) => live(req, res, body) || classEvents(req, res) || runs(req, res, body),
  uncompressed: isLiveRoute,
});
// A room of phones voting at once opens hundreds of connections within a second (their keep-alive
// ones closed during the discussion): Node's default backlog of 511 would drop the rest's SYNs, and
// they would retry only after 1, 3, 7 s. The kernel caps this at net.core.somaxconn.
server.listen({ port, host, backlog: 4096 }, () => {
  const shown = host === '0.0.0.0' ? 'localhost' : host;
  console.log(`Candystorm is being served at http://${shown}:${port}/ (database: ${app.kind})`);
  if (app.origins.publicOrigin) console.log(`Public address: ${app.origins.publicOrigin}/${app.origins.trustProxy ? ' (trusting the proxy\'s X-Forwarded-For)' : ''}`);
  console.log('First start? Create a trainer with: npm run trainer -- add you@example.org');
});
// A parent talking over IPC (scripts/bench/bench-server.ts) may ask how many commits the run writer made.
process.on('message', (m: { probe?: string; seq?: number }) => {
  if (m?.probe === 'commits') process.send?.({ probe: 'commits', seq: m.seq, commits: app.runWriter.commits });
});
// Graceful shutdown that ends within a few seconds whatever clients do: stop accepting, close idle
// keep-alive connections at once, give requests in progress a short grace, then close every
// connection; runs already acknowledged are committed (the run writer drains in app.close()).
const SHUTDOWN_GRACE_MS = 2000;
const SHUTDOWN_LIMIT_MS = 8000;
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  // Whatever hangs (a database that does not answer), the process ends.
  setTimeout(() => {
    console.error(`Shutdown took longer than ${SHUTDOWN_LIMIT_MS} ms; exiting.`);
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS).unref();
  const closed = new Promise<void>((done) => server.close(() => done()));
  // Event streams never go idle: end them, and the browsers reconnect (to another instance, or to us after a restart).
  liveStreams.close();
  server.closeIdleConnections();
  const grace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  grace.unref();
  void closed
    .then(() => app.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Closing the database failed:', error);
        process.exit(1);
      },
    );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
