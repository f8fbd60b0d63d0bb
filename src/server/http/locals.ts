/**
 * The bridge from Astro's bundle to the composition root: scripts/serve.ts passes the app as
 * `locals.app` to Astro's handler, so routes and pages reach the one database and its services.
 */
import type { CandystormApp } from '../app.ts';

/** The app of this request; a clear error when the server was started without one. */
export function appOf(locals: App.Locals): CandystormApp {
  const app = (locals as { app?: CandystormApp }).app;
  if (!app) throw new Error('No app in locals: start the server with scripts/serve.ts (npm run serve), which builds it (src/server/app.ts).');
  return app;
}

/**
 * The request's public origin: what our server worked out (PUBLIC_URL, or a trusted proxy's
 * headers, http/public-origin.ts); in `astro dev`, which has no such server, the page's own URL.
 */
export function publicOriginOf(locals: App.Locals, url: URL): string {
  return locals.publicOrigin ?? url.origin;
}

/** The client's address for per-address limits: our server's (trusted-proxy aware), else Astro's. */
export function clientKeyOf(locals: App.Locals, clientAddress: string): string {
  return locals.clientKey ?? clientAddress;
}

/** True when visitors reach the site over HTTPS: the session cookie is then `Secure`. */
export function isSecure(locals: App.Locals, url: URL): boolean {
  return publicOriginOf(locals, url).startsWith('https:');
}
