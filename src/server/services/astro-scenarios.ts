/**
 * The scenarios of the built site (they exist only inside Astro, where collections do). The
 * middleware (src/middleware.ts) hands them to the server's app, which the fast path shares.
 */
import { getCollection } from 'astro:content';
import { scenarioSource } from './scenario-source.ts';

export const siteScenarios = scenarioSource(async () => (await getCollection('scenarios')).map((entry) => entry.data));
