/**
 * What a course can link to: the modules (lessons) and their scenarios, with titles and page URLs
 * per language. Built from the site's content inside the Astro bundle (astro-catalogue.ts) and
 * handed to the LTI services, which know nothing of Astro.
 */
import type { Locale } from '../../engine/index.ts';

export interface CatalogueScenario {
  id: string;
  module: number;
  title: Record<Locale, string>;
  /** The simulator's anchor on its lesson page (`simulator`, `simulator-2` …). */
  anchor: string;
}

export interface CatalogueModule {
  module: number;
  title: Record<Locale, string>;
  /** The lesson's page per language. */
  url: Record<Locale, string>;
  scenarios: CatalogueScenario[];
}

export type Catalogue = readonly CatalogueModule[];

/** What a link opens: one scenario, or a whole module. */
export type LinkTarget = { kind: 'scenario'; module: number; scenarioId: string } | { kind: 'module'; module: number };

/**
 * The target the custom parameters name (`scenario` wins over `module`), if it exists. Values come
 * from the platform, which copied them from our deep-linking response or from a teacher's typing.
 */
export function targetOf(catalogue: Catalogue, custom: Record<string, unknown> | undefined): LinkTarget | undefined {
  const scenario = typeof custom?.['scenario'] === 'string' ? custom['scenario'] : undefined;
  if (scenario) {
    const found = catalogue.flatMap((m) => m.scenarios).find((s) => s.id === scenario);
    return found ? { kind: 'scenario', module: found.module, scenarioId: found.id } : undefined;
  }
  const raw = custom?.['module'];
  const module = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,2}$/.test(raw) ? Number(raw) : undefined;
  return module !== undefined && catalogue.some((m) => m.module === module) ? { kind: 'module', module } : undefined;
}

/** The page a target opens in `locale`: the lesson, at the scenario's simulator or the first one. */
export function pageOf(catalogue: Catalogue, target: LinkTarget, locale: Locale): string {
  const module = catalogue.find((m) => m.module === target.module)!;
  const anchor = target.kind === 'scenario' ? module.scenarios.find((s) => s.id === target.scenarioId)?.anchor : module.scenarios[0]?.anchor;
  return anchor ? `${module.url[locale]}#${anchor}` : module.url[locale];
}

/** The scenario ids a target covers (what the class gets assigned). */
export function scenariosOf(catalogue: Catalogue, target: LinkTarget): CatalogueScenario[] {
  const module = catalogue.find((m) => m.module === target.module);
  return (module?.scenarios ?? []).filter((s) => target.kind === 'module' || s.id === target.scenarioId);
}
