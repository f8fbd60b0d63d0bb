/** Loads a fixture scenario through the real checker, failing loudly if the fixture itself is broken. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkScenario, type Analysis, type Scenario } from '../../src/engine/index.ts';

export function fixturePath(name: string): string {
  // A path, not `new URL(…, import.meta.url)`: under jsdom Vite would read that as a browser asset.
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'scenarios', name);
}

export function loadScenario(name: string): { scenario: Scenario; analysis: Analysis } {
  const result = checkScenario(parse(readFileSync(fixturePath(name), 'utf8')));
  if (!result.ok) throw new Error(`fixture ${name} is broken: ${JSON.stringify(result.problems, null, 1)}`);
  return { scenario: result.scenario, analysis: result.analysis };
}
