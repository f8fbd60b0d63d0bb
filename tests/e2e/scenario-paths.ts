/**
 * What the browser tests play: every lesson with a simulator, and for each scenario one path of
 * choice ids to each of its endings, found with the engine itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkScenario, choicesNow, choose, startRun, type Run, type Scenario } from '../../src/engine/index.ts';
import { lessonUrl } from '../../src/i18n/routes.ts';
import { lessonSlug, simulatorScenarioIds } from '../../src/lessons/lesson-schema.ts';
import { isLocale, type Locale } from '../../src/engine/index.ts';

const root = join(import.meta.dirname, '..', '..');

export function loadContentScenario(id: string): Scenario {
  const result = checkScenario(parse(readFileSync(join(root, 'content/scenarios', `${id}.yaml`), 'utf8')), id);
  if (!result.ok) throw new Error(`scenario ${id} does not pass the checker`);
  return result.scenario;
}

export interface SimulatorPage {
  url: string;
  locale: Locale;
  scenarioId: string;
  mode: 'practice' | 'test';
}

export function simulatorPages(): SimulatorPage[] {
  const pages: SimulatorPage[] = [];
  for (const locale of readdirSync(join(root, 'content/lessons'))) {
    if (!isLocale(locale)) continue;
    for (const file of readdirSync(join(root, 'content/lessons', locale)).filter((f) => f.endsWith('.mdx'))) {
      const body = readFileSync(join(root, 'content/lessons', locale, file), 'utf8');
      for (const tag of body.match(/<Simulator\b[^>]*>/g) ?? []) {
        const [scenarioId] = simulatorScenarioIds(tag);
        const mode = /\bmode=["']test["']/.test(tag) ? 'test' : 'practice';
        if (scenarioId) pages.push({ url: lessonUrl(locale, lessonSlug(file.replace(/\.mdx$/, ''))), locale, scenarioId, mode });
      }
    }
  }
  return pages;
}

/**
 * The shortest path of choice ids to each ending, by breadth-first search over runs. Authored choices
 * only (`choicesNow`): a write decision's outcomes need a written reply, which the write-decision
 * specs type; an ending reached only through a written reply has no path here.
 */
export function pathsToEndings(scenario: Scenario): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  const queue: Run[] = [startRun(scenario)];
  const seen = new Set<string>();
  while (queue.length) {
    const run = queue.shift()!;
    for (const choice of choicesNow(scenario, run)) {
      const next = choose(scenario, run, choice.id);
      if (!next.ok) continue;
      const key = `${next.run.nodeId}|${JSON.stringify(next.run.state)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ids = next.run.steps.map((s) => s.choiceId);
      if (next.run.ended) {
        if (!paths.has(next.run.nodeId)) paths.set(next.run.nodeId, ids);
      } else queue.push(next.run);
    }
  }
  return paths;
}
