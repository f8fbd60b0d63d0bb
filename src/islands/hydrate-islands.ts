/**
 * The browser half of ReactIsland.astro: hydrates every island on the page with the props the
 * server rendered it with. This is the site's only client script: with one entry, the bundler
 * keeps React and the islands in one chunk without imports, and the build inlines it into the
 * page (astro.config.mjs), so a lesson is interactive after a single round trip.
 */
import { createElement, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { ISLANDS, isIslandName } from './islands.ts';
// The offline service worker registers from here, inside the one island chunk: a script of its own
// would share this module with others and split the chunk; pages without islands stay script-free.
import '../offline/register.ts';

// Simulators first: they are what a learner came for, and what time to first choice waits for.
const roots = [...document.querySelectorAll<HTMLElement>('[data-island]')].sort(
  (a, b) => Number(b.dataset['island'] === 'Simulator') - Number(a.dataset['island'] === 'Simulator'),
);

for (const root of roots) {
  const name = root.dataset['island'];
  const source = root.previousElementSibling;
  if (!isIslandName(name) || !(source instanceof HTMLScriptElement) || !source.hasAttribute('data-island-props')) {
    console.error('Candystorm: an island without its name or props was left static', root);
    continue;
  }
  // The props are exactly what ReactIsland.astro rendered this island with.
  const props = JSON.parse(source.textContent ?? '{}') as object;
  const component = ISLANDS[name] as ComponentType<object>;
  hydrateRoot(root, createElement(component, props), { identifierPrefix: root.dataset['prefix'] ?? '' });
}
