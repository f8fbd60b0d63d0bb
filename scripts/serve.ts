/**
 * npm run serve (and npm start after the build): the Candystorm server on PORT (default 4321) and
 * HOST (default 127.0.0.1). Opens the database first (SQLite under ./data/ by default, PostgreSQL
 * when DATABASE_URL is set) and runs its migrations, then listens.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../src/server/db/client.ts';
import { useDatabase } from '../src/server/db/instance.ts';
import { createCandystormServer } from '../src/server/http/create-server.ts';
import { runsEndpoint } from '../src/server/http/runs-endpoint.ts';

// The command line first, before the database opens. Handled here rather than with cli-args.ts:
// the test and bench snapshots run a copy of this file alone.
const USAGE = `Usage: npm run serve   (or: node scripts/serve.ts)
Serves the built site (dist/) and the API. Settings come from the environment: PORT (default 4321),
HOST (default 127.0.0.1), DATABASE_URL (PostgreSQL) or SQLITE_FILE (default ./data/candystorm.sqlite).`;
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

const opening = openDatabase();
useDatabase(opening);
const { kind } = await opening;
// Astro must not start its own server: ours wraps its handler.
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
const { handler } = (await import(pathToFileURL(resolve(dist, 'server', 'entry.mjs')).href)) as {
  handler: Parameters<typeof createCandystormServer>[0]['astro'];
};
const server = createCandystormServer({ dist, astro: handler, direct: runsEndpoint });
server.listen(port, host, () => {
  const shown = host === '0.0.0.0' ? 'localhost' : host;
  console.log(`Candystorm is being served at http://${shown}:${port}/ (database: ${kind})`);
  console.log('First start? Create a trainer with: npm run trainer -- add you@example.org');
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
