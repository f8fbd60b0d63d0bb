// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PREVIEW_ASK, PREVIEW_EVENT } from '../preview/preview-events.mjs';
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
 * A fingerprint of the file's bytes; the page renders it, and the plugin tells open pages the
 * current one. Missing file: an empty fingerprint (the page shows the checker's message).
 * @param {string} file
 */
export function previewFileHash(file) {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
  } catch {
    return '';
  }
}

/**
 * The scenario file is read by the page, not imported, so Vite does not know it. A bare
 * "full-reload" on change is lost when it arrives while a page is between two loads (seen under
 * load: the page kept showing the broken file after the fix). So every page says which version it
 * shows (src/preview/preview-reload.ts), asks for the current one once its socket is open, and
 * reloads when they differ; on each save the plugin also tells all open pages. Any editor, atomic
 * saves (unlink + add) included, and files outside the project.
 * @param {string} file
 * @returns {import('vite').Plugin}
 */
function reloadOnSave(file) {
  return {
    name: 'candystorm:preview-reload',
    configureServer(server) {
      const announce = () => ({ hash: previewFileHash(file) });
      server.watcher.add(file);
      for (const event of ['change', 'add', 'unlink']) {
        server.watcher.on(event, (changed) => {
          if (changed === file) server.ws.send(PREVIEW_EVENT, announce());
        });
      }
      server.ws.on(PREVIEW_ASK, (_data, client) => client.send(PREVIEW_EVENT, announce()));
    },
  };
}
