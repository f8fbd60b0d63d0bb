/** What scripts/serve.ts hands every Astro route and page (see src/server/http/locals.ts). */
declare namespace App {
  interface Locals {
    /** The composition root (src/server/app.ts); absent only when Astro runs without our server. */
    app?: import('./server/app.ts').CandystormApp;
  }
}
