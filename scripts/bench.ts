/**
 * npm run bench: builds the site and measures it. Prints a table and writes bench/results/latest.json.
 * Later measurements (simulator size, ingest, time to first choice) add their own sections here.
 * `npm run bench -- --no-build` measures the existing dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { islandWeight, measurePages } from './bench/page-weight.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist', 'client');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const pages = measurePages(dist);
console.log('\nJavaScript shipped per page, loaded up front (gzip; raw in brackets):');
console.log(`  ${'page'.padEnd(44)} ${'total'.padStart(9)} ${'React'.padStart(9)} ${'beyond React'.padStart(13)} ${'on demand'.padStart(10)}`);
for (const p of pages) {
  console.log(
    `  ${p.page.padEnd(44)} ${kb(p.gzipBytes).padStart(9)} ${kb(p.react.gzipBytes).padStart(9)} ${kb(p.beyondReact.gzipBytes).padStart(13)} ${kb(p.onDemand.gzipBytes).padStart(10)}  (${kb(p.rawBytes)} raw)`,
  );
}
const simulator = islandWeight(dist, 'Simulator');
if (simulator) {
  console.log(
    `\nsimulator island's own JS beyond React: ${kb(simulator.upFront.gzipBytes)} gzip (${kb(simulator.upFront.rawBytes)} raw); ` +
      `audio loaded on the first sound: ${kb(simulator.onDemand.gzipBytes)} gzip`,
  );
}

const results = { measuredAt: new Date().toISOString(), node: process.version, pageJs: pages, simulatorIsland: simulator };
const out = join(root, 'bench', 'results', 'latest.json');
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to ${out}`);
