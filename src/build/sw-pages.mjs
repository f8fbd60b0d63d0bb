// @ts-check
/**
 * The part of the service worker that generateSW cannot express, loaded into it with importScripts
 * (service-worker.mjs): written as a file with a content hash in its name, so a change to it changes
 * sw.js and reaches learners as an update.
 *
 * - On activation it keeps the pages already open: the very first lesson a learner opens loads
 *   before the worker exists (so it is not controlled: `includeUncontrolled`), and must still work
 *   offline after a reload. The browser revalidates
 *   them (`no-cache`) and gets a 304, so this costs a round trip per page, not its bytes.
 * - It answers the pages' "save for offline" messages (src/offline/save-offline.ts): store these
 *   pages, or tell which of them are stored. Pages post messages instead of writing the cache
 *   themselves so that the cache's name lives in the worker alone.
 * - It answers navigations to island pages with their lean twin put together from its precache
 *   (lean-pages.mjs): the twins are precached like the shell pages, so an island page opens
 *   without a network round trip (on the mobile profile one round trip is 562 ms) and changes
 *   with a deployment through the worker's update. A twin not in the precache comes from the
 *   network first (the same timeout as other pages), else the kept copy of the page. It keeps the whole page as built (the islands' script inline again), so
 *   the kept copy needs nothing else and survives updates. The whole page comes from the network
 *   whenever the twin cannot be completed from the cache (the islands' script or a part missing,
 *   e.g. when an old worker meets a new deployment's twin). Its listener is registered before
 *   workbox's (this script is imported first) and stops the event there: one answer per page.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NEVER_CACHED, PAGES_CACHE } from '../offline/cache-names.mjs';
import { fillParts } from './lean-pages.mjs';

/**
 * How long a page request waits for the network before the saved copy answers (as
 * service-worker.mjs's NETWORK_TIMEOUT_SECONDS for the other pages).
 */
const NETWORK_TIMEOUT_MS = 4000;

/**
 * The worker code; runs in the ServiceWorkerGlobalScope (plain ES2020, no imports).
 * @param {{ pagePaths: readonly string[], islandsUrl: string | undefined }} [lean] island pages with a twin
 */
export function swPagesSource(lean = { pagePaths: [], islandsUrl: undefined }) {
  return `// Candystorm: pages kept for offline use and lean twins of island pages (src/build/sw-pages.mjs).
(() => {
  const PAGES = ${JSON.stringify(PAGES_CACHE)};
  const NEVER = ${NEVER_CACHED.toString()};
  const TWINNED = new Set(${JSON.stringify(lean.pagePaths)});
  const ISLANDS = ${JSON.stringify(lean.islandsUrl ?? null)};
  const TIMEOUT_MS = ${NETWORK_TIMEOUT_MS};
  const fillParts = ${fillParts.toString()};
  const keepable = (url) => {
    const u = new URL(url, self.location.href);
    return u.origin === self.location.origin && !NEVER.test(u.pathname) && !u.pathname.startsWith('/_astro/');
  };
  const pathOf = (url) => new URL(url, self.location.href).pathname;

  async function store(urls) {
    const cache = await caches.open(PAGES);
    // Fetched first, stored after: a failure half-way leaves what was stored before untouched.
    const responses = await Promise.all(urls.map(async (url) => {
      const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      if (!response.ok) throw new Error(url + ': ' + response.status);
      return [url, response];
    }));
    await Promise.all(responses.map(([url, response]) => cache.put(url, response)));
  }

  // Kept by "save for offline", or an island page whose twin is precached (the worker answers it
  // offline from the precache, lean-pages.mjs): either way it opens without a network.
  async function stored(urls) {
    const cache = await caches.open(PAGES);
    return Promise.all(urls.map(async (url) =>
      Boolean(await cache.match(url, { ignoreVary: true })) ||
      (TWINNED.has(url) && Boolean(await caches.match(url + 'index.lean.html', { ignoreSearch: true, ignoreVary: true }))),
    ));
  }

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(async (windows) => {
        const urls = [...new Set(windows.map((w) => pathOf(w.url)))].filter(keepable);
        const cache = await caches.open(PAGES);
        await Promise.all(urls.map(async (url) => {
          if (await cache.match(url, { ignoreVary: true })) return;
          await cache.add(url).catch(() => undefined);
        }));
      }),
    );
  });

  // The page a URL stands for: /module/x, /module/x/ and /module/x/index.html are one page.
  const pageOf = (u) => (u.pathname.endsWith('/index.html') ? u.pathname.slice(0, -10) : u.pathname.endsWith('/') ? u.pathname : u.pathname + '/');
  const cached = async (url) => {
    const response = await caches.match(url, { ignoreVary: true });
    return response ? response.text() : undefined;
  };

  // Network first: the response (kept under \`key\` when 200 and \`store\`), or after TIMEOUT_MS / on a
  // network error the copy kept under \`key\`. Resolves { response }, { response, kept: true } or
  // { offline: true } when neither came.
  function networkFirst(request, key, keep, store) {
    return new Promise((resolve) => {
      let settled = false;
      const settle = (value) => { if (!settled) { settled = true; resolve(value); } };
      const fromCache = () => caches.open(PAGES).then((c) => c.match(key, { ignoreVary: true }));
      const network = fetch(request).then((response) => {
        // Cloned now: the answer's body is read before the cache is open.
        if (store && response.status === 200) {
          const copy = response.clone();
          keep(caches.open(PAGES).then((c) => c.put(key, copy)));
        }
        settle({ response });
      });
      keep(network.catch(async () => {
        const copy = await fromCache();
        settle(copy ? { response: copy, kept: true } : { offline: true });
      }));
      setTimeout(async () => {
        const copy = await fromCache();
        if (copy) settle({ response: copy, kept: true });
      }, TIMEOUT_MS);
    });
  }

  // The page from its twin, or undefined when the islands' script or a part is not in the cache:
  // \`page\` loads the islands' script from the cache; \`whole\` has it inline again, byte for byte the
  // page as built, and is what the worker keeps for offline use: it needs nothing else from the
  // cache, so it still works after an update has removed this build's files.
  async function fromTwin(response) {
    const twin = await response.text();
    const script = /<script type="module" src="([^"]+)"><\\/script>/.exec(twin);
    const code = script ? await cached(script[1]) : undefined;
    if (code === undefined) return undefined;
    const html = await fillParts(twin, cached);
    if (html === undefined) return undefined;
    const headers = new Headers(response.headers);
    for (const name of ['content-length', 'content-encoding', 'etag', 'last-modified', 'x-robots-tag']) headers.delete(name);
    const init = { status: 200, statusText: 'OK', headers };
    return {
      page: () => new Response(html, init),
      whole: () => new Response(html.replace(script[0], () => '<script type="module">' + code + '</script>'), init),
    };
  }

  async function islandPage(request, path, keep) {
    if (ISLANDS && (await caches.match(ISLANDS))) {
      // Precached with this worker (a deployment changes it, and the update notice brings it):
      // answered without a round trip, which alone would cost more than a lesson's time budget.
      const precached = await caches.match(path + 'index.lean.html', { ignoreSearch: true, ignoreVary: true });
      const ready = precached && (await fromTwin(precached));
      if (ready) return ready.page();
      const lean = await networkFirst(new Request(path + 'index.lean.html', { credentials: 'same-origin' }), path, keep, false);
      if (lean.kept) return lean.response;
      if (lean.offline) return Response.error();
      if (lean.response.status === 200) {
        const built = await fromTwin(lean.response);
        if (built) {
          keep(caches.open(PAGES).then((c) => c.put(path, built.whole())));
          return built.page();
        }
      }
    }
    // No islands' script cached, the twin gone (404) or not completable: the whole page, as before.
    const whole = await networkFirst(request, path, keep, true);
    return whole.response || Response.error();
  }

  self.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.mode !== 'navigate' || request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin || !TWINNED.has(pageOf(url))) return;
    event.stopImmediatePropagation();
    // Caching goes on after the answer: the event lives until it is done.
    const work = [];
    const answer = islandPage(request, pageOf(url), (promise) => work.push(promise));
    event.respondWith(answer);
    event.waitUntil(answer.catch(() => undefined).then(async () => {
      while (work.length) await Promise.allSettled(work.splice(0));
    }));
  });

  self.addEventListener('message', (event) => {
    const data = event.data;
    const port = event.ports && event.ports[0];
    if (!port || !data || !Array.isArray(data.urls)) return;
    const urls = data.urls.filter((u) => typeof u === 'string' && keepable(u)).map(pathOf);
    if (data.type === 'candystorm:save-pages') {
      event.waitUntil(store(urls).then(() => port.postMessage({ ok: true }), (error) => port.postMessage({ ok: false, error: String(error) })));
    } else if (data.type === 'candystorm:stored-pages') {
      event.waitUntil(stored(urls).then((saved) => port.postMessage({ ok: true, saved }), () => port.postMessage({ ok: false })));
    }
  });
})();
`;
}

/**
 * Writes the script into `client` under a name with its content hash; returns that name.
 * @param {string} client dist/client
 * @param {{ pagePaths: readonly string[], islandsUrl: string | undefined }} [lean] island pages with a twin
 */
export async function writeSwPages(client, lean) {
  const source = swPagesSource(lean);
  const name = `sw-pages.${createHash('sha256').update(source).digest('hex').slice(0, 10)}.js`;
  await writeFile(join(client, name), source);
  return name;
}
