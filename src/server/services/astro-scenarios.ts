/** The scenarios of the built site, for API routes (they run inside Astro, where collections exist). */
import { getCollection } from 'astro:content';
import { scenarioSource } from './scenario-source.ts';

export const siteScenarios = scenarioSource(async () => (await getCollection('scenarios')).map((entry) => entry.data));
