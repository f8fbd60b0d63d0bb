// @ts-check
/**
 * The part of the service worker that generateSW cannot express, loaded into it with importScripts
 * (service-worker.mjs): written as a file with a content hash in its name, so a change to it changes
 * sw.js and reaches learners as an update.
 *
 * - On activation it keeps the pages already open: the very first lesson a learner opens loads
 *   before the worker exists, and must still work offline after a reload. The browser revalidates
 *   them (`no-cache`) and gets a 304, so this costs a round trip per page, not its bytes.
 * - It answers the pages' "save for offline" messages (src/offline/save-offline.ts): store these
 *   pages, or tell which of them are stored. Pages post messages instead of writing the cache
 *   themselves so that the cache's name lives in the worker alone.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NEVER_CACHED, PAGES_CACHE } from '../offline/cache-names.mjs';

/** The worker code; runs in the ServiceWorkerGlobalScope (plain ES2020, no imports). */
export function swPagesSource() {
  return `// Candystorm: pages kept for offline use (src/build/sw-pages.mjs).
(() => {
  const PAGES = ${JSON.stringify(PAGES_CACHE)};
  const NEVER = ${NEVER_CACHED.toString()};
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

  async function stored(urls) {
    const cache = await caches.open(PAGES);
    return Promise.all(urls.map(async (url) => Boolean(await cache.match(url, { ignoreVary: true }))));
  }

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      self.clients.matchAll({ type: 'window' }).then(async (windows) => {
        const urls = [...new Set(windows.map((w) => pathOf(w.url)))].filter(keepable);
        const cache = await caches.open(PAGES);
        await Promise.all(urls.map(async (url) => {
          if (await cache.match(url, { ignoreVary: true })) return;
          await cache.add(url).catch(() => undefined);
        }));
      }),
    );
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
 */
export async function writeSwPages(client) {
  const source = swPagesSource();
  const name = `sw-pages.${createHash('sha256').update(source).digest('hex').slice(0, 10)}.js`;
  await writeFile(join(client, name), source);
  return name;
}
