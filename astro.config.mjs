// @ts-check
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { offline } from './src/build/offline.mjs';
import { precompress } from './src/build/precompress.mjs';
import { scenarioPreview } from './src/build/scenario-preview.mjs';
import { separateIslandBundles } from './src/build/island-bundles.mjs';
import { withoutUnusedRendererClient } from './src/build/without-unused-renderer-client.mjs';

/**
 * `astro dev` runs without scripts/serve.ts, so nothing would hand the routes their app: this
 * builds one composition root (src/server/app.ts) for the dev server and passes it as locals, the
 * way Astro's dev server takes locals from integrations (the request's `astro.locals` symbol, as in
 * Astro's own "locals-integration" test fixture). Imported lazily: builds and checks never open a database.
 * @type {import('astro').AstroIntegration}
 */
const devApp = {
  name: 'candystorm:dev-app',
  hooks: {
    'astro:server:setup': ({ server }) => {
      /** @type {Promise<import('./src/server/app.ts').CandystormApp> | undefined} */
      let opening;
      server.middlewares.use((req, res, next) => {
        opening ??= import('./src/server/app.ts').then(({ createApp }) => createApp());
        opening.then(
          async (app) => {
            // The same cross-site check as our server (Astro's own is off, see `security` below).
            const { isCrossSite, requestOrigin } = await import('./src/server/http/public-origin.ts');
            const publicOrigin = requestOrigin(app.origins, req.headers, false);
            if (isCrossSite(req.method, req.headers, publicOrigin)) {
              res.statusCode = 403;
              res.end('Requests must come from this site.');
              return;
            }
            Reflect.set(req, Symbol.for('astro.locals'), { app, publicOrigin });
            next();
          },
          (error) => next(error),
        );
      });
      server.httpServer?.once('close', () => void opening?.then((app) => app.close()));
    },
  },
};

// German is the default locale and lives at the root; English under /en/.
// Lessons are prerendered; trainer pages and the API render on demand inside our own Node server
// (scripts/serve.ts), which adds compression and security headers: hence the middleware mode.
export default defineConfig({
  adapter: node({ mode: 'middleware' }),
  site: 'http://localhost:4321',
  trailingSlash: 'ignore',
  i18n: {
    locales: ['de', 'en'],
    defaultLocale: 'de',
    routing: { prefixDefaultLocale: false },
  },
  // offline() after precompress(): it reads the compressed sizes and compresses what it writes itself.
  integrations: [react(), mdx(), precompress(), offline(), devApp, scenarioPreview()],
  devToolbar: { enabled: false },
  // Astro's cross-site form check compares the Origin header with the URL it builds from the
  // connection: http:// behind a TLS proxy, so every trainer form would be refused. Our server runs
  // the same check against the public origin (PUBLIC_URL) in front of every route instead
  // (src/server/http/public-origin.ts, create-server.ts; the dev middleware above in `astro dev`).
  security: { checkOrigin: false },
  // Speed on a slow network is counted in round trips: each page's CSS and its one island script
  // come inside the HTML instead of as files fetched after it (docs/architecture.md).
  build: { inlineStylesheets: 'always' },
  vite: {
    plugins: [withoutUnusedRendererClient(), separateIslandBundles()],
    build: {
      // The islands' scripts (ReactIsland.astro's and LessonIsland.astro's, one chunk each:
      // src/build/island-bundles.mjs) are inlined whatever their size; every other asset keeps
      // Vite's default rule (inlined below 4 KB).
      // The class page's script (class-updates.ts) stays a file: the page is rendered on demand, and
      // the Content-Security-Policy lists only the prerendered pages' inline scripts.
      assetsInlineLimit: (file) => (/(React|Lesson)Island\.astro.*script/.test(file) ? true : /ClassPage\.astro.*script/.test(file) ? false : undefined),
    },
    // The reply analyser runs in a module worker built as its own file (src/islands/reply/analyser-client.ts).
    worker: { format: 'es' },
  },
});
