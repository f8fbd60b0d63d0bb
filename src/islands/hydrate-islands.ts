/**
 * The islands' script of every page with an island that is not a lesson (join, live, LTI, own
 * scenarios, trainer previews): hydrates any island of the site. Built with React into one chunk
 * without imports that the build inlines into the page (astro.config.mjs), so such a page is
 * interactive after a single round trip; src/build/island-bundles.mjs keeps it apart from the
 * lesson pages' script.
 */
import { hydrateIslands } from './hydrate.ts';
import { ISLANDS } from './islands.ts';
// The offline service worker registers from here, inside the one island chunk: a script of its own
// would share this module with others and split the chunk; pages without islands stay script-free.
import '../offline/register.ts';

hydrateIslands(ISLANDS);
