// @ts-check
/**
 * Astro always bundles each renderer's browser entry (@astrojs/react/client.js), even when no
 * page hydrates an island through `client:*`. Ours hydrate through src/islands/hydrate-islands.ts,
 * so the entry is unused; but while it is in the build, the bundler moves React into a chunk the
 * two entries share and our islands' script can no longer be inlined. This plugin takes the unused
 * entry out of the browser build.
 */
const RENDERER_CLIENT = /@astrojs[\\/]react[\\/]client\.js$/;

/** @returns {import('vite').Plugin} */
export function withoutUnusedRendererClient() {
  return {
    name: 'candystorm:without-unused-renderer-client',
    apply: 'build',
    options(options) {
      const { input } = options;
      if (Array.isArray(input)) options.input = input.filter((id) => !RENDERER_CLIENT.test(id));
      else if (input && typeof input === 'object') options.input = Object.fromEntries(Object.entries(input).filter(([, id]) => !RENDERER_CLIENT.test(id)));
      return options;
    },
  };
}
