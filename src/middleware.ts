/**
 * Hands the site's scenarios (a content collection, readable only inside the Astro bundle) to the
 * server's app on on-demand requests, so the app, and with it the fast path for POST /api/runs,
 * replays runs against exactly the built content. Prerendered pages have no app and need none.
 */
import { defineMiddleware } from 'astro:middleware';
import { siteScenarios } from './server/services/astro-scenarios.ts';

export const onRequest = defineMiddleware((context, next) => {
  if (!context.isPrerendered) context.locals.app?.scenarios.provide(siteScenarios);
  return next();
});
