/**
 * Hydrates every island on the page with the props the server rendered it with (IslandMarkup.astro).
 * Called by the page's one islands' script: hydrate-lesson-islands.ts on lesson pages,
 * hydrate-islands.ts elsewhere; each is built into one chunk without imports (src/build/island-bundles.mjs).
 */
import { createElement, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';

/** Hydrates each `[data-island]` root whose island is in `registry`; any other is left static and logged. */
export function hydrateIslands(registry: Readonly<Record<string, ComponentType<never>>>): void {
  // Simulators first: they are what a learner came for, and what time to first choice waits for.
  const roots = [...document.querySelectorAll<HTMLElement>('[data-island]')].sort(
    (a, b) => Number(b.dataset['island'] === 'Simulator') - Number(a.dataset['island'] === 'Simulator'),
  );
  for (const root of roots) {
    const name = root.dataset['island'];
    const source = root.previousElementSibling;
    if (!isIslandName(registry, name) || !(source instanceof HTMLScriptElement) || !source.hasAttribute('data-island-props')) {
      console.error('Candystorm: an island without its name or props was left static', root);
      continue;
    }
    // The props are exactly what IslandMarkup.astro rendered this island with.
    const props = JSON.parse(source.textContent ?? '{}') as object;
    const component = registry[name] as ComponentType<object>;
    hydrateRoot(root, createElement(component, props), { identifierPrefix: root.dataset['prefix'] ?? '' });
  }
}

function isIslandName<R extends object>(registry: R, name: string | undefined): name is Extract<keyof R, string> {
  return name !== undefined && Object.hasOwn(registry, name);
}
