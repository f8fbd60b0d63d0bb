/**
 * npm run graph -- FILE.yaml [--out FILE.svg] [--lang de|en]
 * Draws a scenario as an SVG map (see src/scenario-map/): decisions, choices, conditional routes,
 * endings by outcome, the strongest path and the graph analysis' problems. Without --out the SVG
 * goes to standard output. A file whose shape is broken cannot be drawn: its problems are printed.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkScenarioFile } from '../src/content-check/check-scenario-file.ts';
import { formatFileProblem } from '../src/content-check/file-problem.ts';
import { isLocale } from '../src/engine/index.ts';
import { buildScenarioMap, renderMapSvg } from '../src/scenario-map/index.ts';

const USAGE = `Usage: npm run graph -- FILE.yaml [--out FILE.svg] [--lang de|en]

Draws the scenario in FILE.yaml as an SVG map: decisions as boxes, choices as arrows (conditional
routes dashed, labelled with their condition), endings coloured and named by outcome, the strongest
path thick and marked with a star, and nodes with problems (never reached, dead end, loop without
exit) marked with a warning sign. Texts are in English unless --lang de is given.

  --out FILE.svg   write the map to this file (default: print it)
  --lang de|en     the language of prompts and titles on the map (default: en)
  --help           show this help`;

function fail(message: string): never {
  console.error(`graph: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, lang: { type: 'string', default: 'en' }, help: { type: 'boolean' } } });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail('name exactly one scenario file.');
if (!isLocale(values.lang)) fail(`--lang is de or en, not "${values.lang}".`);

const file = positionals[0]!;
const check = checkScenarioFile(resolve(file));
if (!check.scenario || !check.analysis) {
  for (const p of check.problems) console.error(formatFileProblem({ ...p, file }));
  console.error('graph: the file cannot be drawn until these problems are fixed.');
  process.exit(1);
}
const map = buildScenarioMap(check.scenario, values.lang, check.analysis);
const svg = renderMapSvg(map);
const marked = map.nodes.filter((n) => n.problems.length > 0).map((n) => n.id);
if (values.out) {
  writeFileSync(values.out, `${svg}\n`);
  console.log(`graph: wrote ${values.out}: ${map.nodes.length} nodes, ${map.edges.length} edges${marked.length ? `; problems marked at ${marked.join(', ')} (run npm run check:content -- ${file})` : ''}`);
} else {
  process.stdout.write(`${svg}\n`);
}
