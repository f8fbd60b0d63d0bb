/**
 * The scenarios of the built site, for API routes (they run inside Astro, where collections exist).
 * Also left on globalThis for the server's own POST /api/runs (http/runs-endpoint.ts), which runs
 * outside the bundle: it has them once any route using them has run.
 */
import { getCollection } from 'astro:content';
import { scenarioSource } from './scenario-source.ts';

export const siteScenarios = scenarioSource(async () => (await getCollection('scenarios')).map((entry) => entry.data));

(globalThis as { [key: symbol]: unknown })[Symbol.for('candystorm.siteScenarios')] = siteScenarios;
