/**
 * The islands' script of the lesson pages (LessonIsland.astro): hydrates only the islands a lesson
 * uses, so the other pages' islands cost a learner nothing. One chunk without imports, React
 * included, that the build inlines into the page (astro.config.mjs, src/build/island-bundles.mjs):
 * a lesson is interactive after a single round trip.
 */
import { hydrateIslands } from './hydrate.ts';
import { LESSON_ISLANDS } from './lesson-islands.ts';
// The offline service worker registers from the islands' script (see hydrate-islands.ts).
import '../offline/register.ts';

hydrateIslands(LESSON_ISLANDS);
