// @ts-check
/**
 * `npm run preview -- FILE.yaml` (scripts/preview.ts) starts `astro dev` with CANDYSTORM_PREVIEW_FILE
 * set. Only then does this integration add the two preview pages (/vorschau/, /en/preview/), which
 * read and check that file on every request, and watch the file so the open page reloads on save.
 * Without the variable it adds nothing: builds and the normal dev server never see these routes.
 * @returns {import('astro').AstroIntegration}
 */
export function scenarioPreview() {
  const file = process.env.CANDYSTORM_PREVIEW_FILE;
  return {
    name: 'candystorm:scenario-preview',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, updateConfig }) => {
        if (!file || command !== 'dev') return;
        for (const pattern of ['/vorschau', '/en/preview']) {
          injectRoute({ pattern, entrypoint: './src/preview/PreviewPage.astro', prerender: false });
        }
        updateConfig({ vite: { plugins: [reloadOnSave(file)] } });
      },
    },
  };
}

/**
 * The scenario file is read by the page, not imported, so Vite does not know it: watch it and ask
 * every open page to reload when it changes (a save in any editor, also outside the project).
 * @param {string} file
 * @returns {import('vite').Plugin}
 */
function reloadOnSave(file) {
  return {
    name: 'candystorm:preview-reload',
    configureServer(server) {
      server.watcher.add(file);
      server.watcher.on('change', (changed) => {
        if (changed === file) server.ws.send({ type: 'full-reload', path: '*' });
      });
    },
  };
}
