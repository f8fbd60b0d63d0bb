// @ts-check
/**
 * Builds dist/client/sw.js with workbox-build's generateSW from what the build produced, never from
 * a hand-written list: the precache manifest is every file of the site's shell with a content hash,
 * so a new deployment changes exactly the entries whose bytes changed.
 *
 * - Precached (available offline from the first visit on): the home pages, module overviews,
 *   glossaries, help and law pages in both languages, the 404 page, hashed assets under /_astro/
 *   (the reply analyser's worker, howler's chunk, the islands' script and the parts of the island
 *   pages' lean twins: lean-pages.mjs), sounds, icons and the manifest.
 * - Island pages: their lean twins (`…/index.lean.html`) are precached too; the worker answers an
 *   island page from its twin and the parts, without a round trip (sw-pages.mjs).
 * - Runtime: a lesson page is kept when visited or saved ("save for offline" writes into the same
 *   cache); network first so a deployment shows at once, the cached copy when the network is gone
 *   or too slow.
 * - Never: /trainer/, /api/, /live/, /lti/ (src/offline/cache-names.mjs). Those requests pass the
 *   worker untouched, so results still go through the learner's outbox (src/learner/outbox.ts).
 * - Pages open when the worker activates, and pages saved for offline: sw-pages.mjs.
 * - Updates: no skipWaiting. A new worker waits; the page (src/offline/register.ts) asks it to take
 *   over only when no simulator run is in progress and the learner agrees.
 */
import { generateSW } from 'workbox-build';
import { ASSETS_CACHE, NEVER_CACHED, PAGES_CACHE, SOUNDS_CACHE } from '../offline/cache-names.mjs';
import { writeSwPages } from './sw-pages.mjs';

/** Shell pages (paths under dist/client) precached with the worker. */
export const SHELL_PAGES = [
  'index.html',
  'en/index.html',
  'module/index.html',
  'en/module/index.html',
  'glossar/index.html',
  'en/glossary/index.html',
  'hilfe/index.html',
  'en/help/index.html',
  'recht/index.html',
  'en/law/index.html',
  '404.html',
];

/**
 * How long a page request waits for the network before the saved copy answers. Weak school Wi-Fi
 * (1,125 ms latency, 630 kbit/s) needs about 2.5 s for a lesson; beyond 4 s the network is worse
 * than the copy.
 */
const NETWORK_TIMEOUT_SECONDS = 4;

/**
 * A route's match function from source text. generateSW copies functions into sw.js as text, so a
 * closure over a constant would lose it: constants go into the text instead.
 * @param {string} params
 * @param {string} body
 * @returns {import('workbox-build').RuntimeCaching['urlPattern']}
 */
const matcher = (params, body) => /** @type {never} */ (new Function(params, body));

/**
 * Writes sw.js into `client`; returns the number and size of precached files.
 * @param {string} client dist/client
 * @param {{ pagePaths: readonly string[], islandsUrl: string | undefined }} [lean] island pages with a lean twin (lean-pages.mjs)
 */
export async function buildServiceWorker(client, lean) {
  const never = NEVER_CACHED.source;
  const pagesScript = await writeSwPages(client, lean);
  const { count, size, warnings } = await generateSW({
    globDirectory: client,
    swDest: `${client}/sw.js`,
    globPatterns: [...SHELL_PAGES, '**/index.lean.html', '_astro/**/*.{js,css,json,svg,png,webp,avif,woff2}', 'sounds/*', 'icons/*.png', 'favicon.svg', 'manifest.webmanifest'],
    globIgnores: ['**/*.br', '**/*.gz', 'sw.js', 'sw-pages.*.js'],
    // Keeping open pages on activation and "save for offline" (sw-pages.mjs).
    importScripts: [`/${pagesScript}`],
    // Pages in the manifest stand for their clean URLs: /module/ is module/index.html.
    directoryIndex: 'index.html',
    // /_astro/ names carry their hash already: no second revision needed.
    dontCacheBustURLsMatching: /^\/?_astro\//,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    navigationPreload: false,
    runtimeCaching: [
      {
        // Lesson pages and every other page of the site except the never-cached ones.
        urlPattern: matcher('{ request, url, sameOrigin }', `return sameOrigin && request.mode === 'navigate' && !/${never}/.test(url.pathname);`),
        handler: 'NetworkFirst',
        options: {
          cacheName: PAGES_CACHE,
          networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
          // Saved pages were fetched by a script, visited ones by a navigation: the same page.
          matchOptions: { ignoreVary: true, ignoreSearch: false },
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 200 },
        },
      },
      {
        urlPattern: matcher('{ url, sameOrigin }', `return sameOrigin && url.pathname.startsWith('/sounds/');`),
        handler: 'CacheFirst',
        options: { cacheName: SOUNDS_CACHE, cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 60 } },
      },
      {
        urlPattern: matcher('{ url, sameOrigin }', `return sameOrigin && url.pathname.startsWith('/_astro/');`),
        handler: 'CacheFirst',
        options: { cacheName: ASSETS_CACHE, cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 100 } },
      },
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size, pagesScript };
}
