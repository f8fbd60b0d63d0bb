/**
 * Keeps an open preview page on the file's current version (see reloadOnSave in
 * src/build/scenario-preview.mjs): ask once the dev server's socket is up, and reload whenever the
 * server's fingerprint differs from the one this page was rendered from. Runs in `astro dev` only.
 */
import { PREVIEW_ASK, PREVIEW_EVENT } from './preview-events.mjs';

const shown = document.querySelector<HTMLElement>('[data-preview-hash]')?.dataset.previewHash;
const hot = import.meta.hot;
if (hot && shown !== undefined) {
  hot.on(PREVIEW_EVENT, ({ hash }: { hash: string }) => {
    if (hash !== shown) location.reload();
  });
  // Queued by Vite's client until its socket is open, so a save made while this page loaded is seen.
  hot.send(PREVIEW_ASK, {});
}
