// @ts-check
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { precompress } from './src/build/precompress.mjs';
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
      server.middlewares.use((req, _res, next) => {
        opening ??= import('./src/server/app.ts').then(({ createApp }) => createApp());
        opening.then(
          (app) => {
            Reflect.set(req, Symbol.for('astro.locals'), { app });
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
  integrations: [react(), mdx(), precompress(), devApp],
  devToolbar: { enabled: false },
  // Speed on a slow network is counted in round trips: each page's CSS and its one island script
  // come inside the HTML instead of as files fetched after it (docs/architecture.md).
  build: { inlineStylesheets: 'always' },
  vite: {
    plugins: [withoutUnusedRendererClient()],
    build: {
      // The islands' script (src/islands/hydrate-islands.ts, one chunk) is inlined whatever its
      // size; every other asset keeps Vite's default rule (inlined below 4 KB).
      assetsInlineLimit: (file) => (/ReactIsland\.astro.*script/.test(file) ? true : undefined),
    },
  },
});
