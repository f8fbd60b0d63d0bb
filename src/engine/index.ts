/**
 * The Candystorm engine: pure TypeScript, no framework, DOM or node: imports, so the browser island
 * and the server run the very same code. Everything outside src/engine imports from here.
 */
export * from './locales.ts';
export * from './dimensions.ts';
export * from './scales.ts';
export * from './scenario-schema.ts';
export type { State } from './state.ts';
export { initialState } from './state.ts';
export { holds } from './conditions.ts';
export { availableChoices } from './transition.ts';
export { exitsOf, normaliseFeatures, writeOutcomeFor, type Exit } from './exits.ts';
export { checkWriteBlocks } from './check-write.ts';
export * from './run.ts';
export * from './scoring.ts';
export * from './problems.ts';
export { analyseScenario, type Analysis, type PathExtremes } from './analyse-graph.ts';
export { checkScenario, checkedScenarioSchema, describeZodIssue, zodIssuePath, type ScenarioCheck } from './check-scenario.ts';
export * from './thread.ts';
export * from './storm-scale.ts';
export * from './advise.ts';
export { scenarioForLocale } from './one-locale.ts';
