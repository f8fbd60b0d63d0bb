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

/**
 * The site's scenarios, known once the Astro bundle hands them over (only code inside the bundle can
 * read content collections): src/middleware.ts provides them on the first on-demand request.
 */
export class SiteScenarios implements ScenarioSource {
  #source: ScenarioSource | undefined;

  /** True once the bundle has provided the scenarios. */
  get ready(): boolean {
    return this.#source !== undefined;
  }

  /** Takes the bundle's source; later calls keep the first (the same content). */
  provide(source: ScenarioSource): void {
    this.#source ??= source;
  }

  get(id: string): Promise<ScenarioWithExtremes | undefined> {
    return this.#known().get(id);
  }

  ofModule(module: number): Promise<Scenario[]> {
    return this.#known().ofModule(module);
  }

  #known(): ScenarioSource {
    if (!this.#source) throw new Error('The site scenarios are not known yet: they come from the Astro bundle (src/middleware.ts).');
    return this.#source;
  }
}
