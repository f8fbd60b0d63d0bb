// @ts-check
/**
 * Makes the built site installable and usable offline (docs/deployment.md, "Offline"): after the
 * build and its compression (precompress.mjs, which must come first in astro.config.mjs) it writes
 * the web app manifest and icons, fills in the "save for offline" sizes, writes the island pages'
 * lean twins for repeat visits (lean-pages.mjs; after the sizes, which count the whole pages),
 * builds the service worker from the finished files, and compresses what it wrote or changed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLeanPages } from './lean-pages.mjs';
import { precompressFiles } from './precompress.mjs';
import { writeOfflineSizes } from './offline-sizes.mjs';
import { buildServiceWorker } from './service-worker.mjs';
import { writeWebManifest } from './web-manifest.mjs';

/** @returns {import('astro').AstroIntegration} */
export function offline() {
  /** @type {string} */
  let root = '';
  return {
    name: 'candystorm:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const client = fileURLToPath(dir);
        await writeWebManifest(client, root);
        const pages = readdirSync(client, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
        const changed = await writeOfflineSizes(client, pages);
        const lean = await writeLeanPages(client, pages);
        const { count, size, pagesScript } = await buildServiceWorker(client, lean);
        await precompressFiles([...changed, ...lean.written, join(client, 'sw.js'), join(client, pagesScript), join(client, 'manifest.webmanifest')]);
        logger.info(`service worker: ${count} files precached (${Math.round(size / 1000)} KB before compression); ${changed.length} pages with offline sizes; ${lean.pagePaths.length} island pages with a lean twin`);
      },
    },
  };
}
