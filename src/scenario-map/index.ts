/**
 * Scenario maps: a scenario drawn as an SVG graph (dagre lays it out; no browser, no node:), and the
 * same content as a text outline. Used by `npm run graph` and by the trainer-notes pages.
 */
export { buildScenarioMap, startOf, type MapEdge, type MapNode, type ScenarioMap } from './map-model.ts';
export { renderMapSvg, OUTCOME_COLOURS, type SvgOptions } from './render-svg.ts';
export { mapOutline, type OutlineDecision } from './outline.ts';
export { MAP_WORDS, type MapWords } from './map-words.ts';
export { escapeXml } from './xml-escape.ts';
