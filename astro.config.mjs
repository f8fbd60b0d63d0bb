// @ts-check
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

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
  integrations: [react(), mdx()],
  devToolbar: { enabled: false },
});
