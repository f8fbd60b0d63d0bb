/**
 * Trainers' own scenarios for the tests: the documented complete example (the editor's template)
 * under a new id, and a complete path through it found with the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkScenario, choicesNow, choose, startRun } from '../../src/engine/index.ts';
import { ROOT } from './api-server.ts';

/** The ```yaml block under "## A complete example" in docs/scenario-format.md. */
export function documentedExample(): string {
  const doc = readFileSync(join(ROOT, 'docs', 'scenario-format.md'), 'utf8');
  const section = doc.split(/^## A complete example$/m)[1] ?? '';
  const yaml = /^```yaml\n([\s\S]*?)^```$/m.exec(section)?.[1];
  if (!yaml) throw new Error('docs/scenario-format.md has no complete example');
  return yaml;
}

/** The documented example with `id: <id>` (and any further replacements, e.g. a renamed choice). */
export function ownScenarioYaml(id: string, replace: Record<string, string> = {}): string {
  let yaml = documentedExample().replace(/^id:.*$/m, `id: ${id}`);
  for (const [from, to] of Object.entries(replace)) yaml = yaml.split(from).join(to);
  return yaml;
}

/** A complete path through the scenario, taking the first choice offered that passes `prefer` or else the first. */
export function firstPath(yaml: string, prefer: readonly string[] = []): string[] {
  const checked = checkScenario(parse(yaml));
  if (!checked.ok) throw new Error(`the test scenario does not pass the checker: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  const scenario = checked.scenario;
  let run = startRun(scenario);
  for (let step = 0; step < 60 && !run.ended; step++) {
    const options = choicesNow(scenario, run);
    const choice = options.find((o) => prefer.includes(o.id)) ?? options[0]!;
    const next = choose(scenario, run, choice.id);
    if (!next.ok) throw new Error(`choice ${choice.id} refused`);
    run = next.run;
  }
  if (!run.ended) throw new Error('no complete path');
  return run.steps.map((s) => s.choiceId);
}
