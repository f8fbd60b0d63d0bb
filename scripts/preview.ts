/**
 * npm run preview -- FILE.yaml [--port=N]
 * Plays one scenario file, from anywhere on disk, in the real simulator: the dev server with two
 * extra pages (/vorschau/ in German, /en/preview/ in English) that check the file on every request
 * and reload when it is saved (src/build/scenario-preview.mjs, src/preview/). A broken file shows
 * the checker's messages with their lines instead of the simulator.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { exitWithUsageError, parseCliArgs } from './cli-args.ts';

const spec = {
  usage: `Usage: npm run preview -- FILE.yaml [--port=N]   (or: node scripts/preview.ts FILE.yaml)

Serves the simulator for one scenario file on this computer, in German and English, and checks the
file again each time you save it (the open page reloads by itself). When the file is broken, the
page lists the checker's messages with their lines instead.

  --port=N   the port to listen on (default 4321; the next free one if it is taken)
  --help     show this help`,
  options: { port: 'number' },
  maxPositionals: 1,
} as const;

const { positionals, options } = parseCliArgs(spec);
const given = positionals[0];
if (!given) exitWithUsageError(spec, 'name the scenario file to preview.');
const file = resolve(given);
if (!existsSync(file) || !statSync(file).isFile()) exitWithUsageError(spec, `"${given}" is not a file.`);

// Read by astro.config.mjs's scenarioPreview integration when the config loads, below.
process.env.CANDYSTORM_PREVIEW_FILE = file;
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// Astro's dev server asks the npm registry for a newer version: no requests to anyone from our tools.
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
const { dev } = await import('astro');
const server = await dev({
  root: resolve(import.meta.dirname, '..'),
  server: { port: Number(options.get('port') ?? 4321), host: '127.0.0.1' },
  logLevel: 'warn',
});
const base = `http://127.0.0.1:${server.address.port}`;
console.log(`Preview of ${file}\n  Deutsch: ${base}/vorschau/\n  English: ${base}/en/preview/\nSave the file and the page reloads. Stop with Ctrl+C.`);

const stop = () => void server.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
