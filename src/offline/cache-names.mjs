// @ts-check
/**
 * The names of the caches the service worker reads and the pages write into ("save for offline"),
 * in one place, because the worker (src/build/service-worker.mjs) and the page script
 * (save-offline.ts) must agree on them. Renaming one orphans what learners have saved.
 */
export const PAGES_CACHE = 'candystorm-pages';
export const SOUNDS_CACHE = 'candystorm-sounds';
export const ASSETS_CACHE = 'candystorm-assets';

/**
 * Paths the worker must never answer from a cache: trainer pages, the API, live sessions and LTI
 * launches change with every request and belong to a signed-in person or a room.
 */
export const NEVER_CACHED = /^\/(?:en\/)?(?:trainer|api|live|lti)(?:\/|$)/;
