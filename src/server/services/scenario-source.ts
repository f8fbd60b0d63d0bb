/**
 * Where the server gets scenarios from. The API uses the built site's content collection
 * (astro-scenarios.ts); tests and benchmarks load YAML files through the same checker.
 */
import { analyseScenario, type PathExtremes, type Scenario } from '../../engine/index.ts';

export interface ScenarioWithExtremes {
  scenario: Scenario;
  extremes: Pick<PathExtremes, 'best' | 'worst'>;
}

export interface ScenarioSource {
  get(id: string): Promise<ScenarioWithExtremes | undefined>;
  /** Scenarios of a module, in id order. */
  ofModule(module: number): Promise<Scenario[]>;
}

/** A source over scenarios already in memory; the analysis runs once per scenario. */
export function scenarioSource(load: () => Promise<Scenario[]>): ScenarioSource {
  let cache: Promise<Map<string, ScenarioWithExtremes>> | undefined;
  const all = () =>
    (cache ??= load().then((list) => {
      const map = new Map<string, ScenarioWithExtremes>();
      for (const scenario of list) {
        const { extremes } = analyseScenario(scenario);
        if (extremes) map.set(scenario.id, { scenario, extremes: { best: extremes.best, worst: extremes.worst } });
      }
      return map;
    }));
  return {
    get: async (id) => (await all()).get(id),
    ofModule: async (module) =>
      [...(await all()).values()]
        .map((s) => s.scenario)
        .filter((s) => s.module === module)
        .sort((a, b) => a.id.localeCompare(b.id)),
  };
}
