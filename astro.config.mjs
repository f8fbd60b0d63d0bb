// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

// German is the default locale and lives at the root; English under /en/.
export default defineConfig({
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
