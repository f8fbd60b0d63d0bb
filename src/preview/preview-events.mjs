// @ts-check
/** Messages between the preview's dev-server plugin (src/build/scenario-preview.mjs) and its page. */
/** Server to page: `{ hash }`, the scenario file's current fingerprint. */
export const PREVIEW_EVENT = 'candystorm:preview-file';
/** Page to server: "which version is current?", answered with PREVIEW_EVENT to that page only. */
export const PREVIEW_ASK = 'candystorm:preview-ask';
