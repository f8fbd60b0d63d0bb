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
