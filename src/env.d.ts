/** What scripts/serve.ts hands every Astro route and page (see src/server/http/locals.ts). */
declare namespace App {
  interface Locals {
    /** The composition root (src/server/app.ts); absent only when Astro runs without our server. */
    app?: import('./server/app.ts').CandystormApp;
    /** The request's public origin (PUBLIC_URL, or see server/http/public-origin.ts), set by our server. */
    publicOrigin?: string | undefined;
    /** The client's address for per-address limits (the proxy's X-Forwarded-For with TRUST_PROXY=1). */
    clientKey?: string | undefined;
  }
}
