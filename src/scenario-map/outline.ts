/** The map as a nested list for screen readers and keyboards: decisions → choices → where they lead. */
import type { MapNode, ScenarioMap } from './map-model.ts';

export interface OutlineRoute {
  to: MapNode;
  condition?: string;
  otherwise: boolean;
}

export interface OutlineChoice {
  choiceId: string;
  when?: string;
  onStrongest: boolean;
  routes: OutlineRoute[];
}

export interface OutlineDecision {
  node: MapNode;
  choices: OutlineChoice[];
}

/** One entry per decision, in the map's reading order; endings appear as where choices lead. */
export function mapOutline(map: ScenarioMap): OutlineDecision[] {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  return map.nodes
    .filter((node) => node.kind === 'decision')
    .map((node) => {
      const choices: OutlineChoice[] = [];
      for (const e of map.edges.filter((x) => x.from === node.id)) {
        let choice = choices.find((c) => c.choiceId === e.choiceId);
        if (!choice) {
          choice = { choiceId: e.choiceId, onStrongest: false, routes: [], ...(e.when ? { when: e.when } : {}) };
          choices.push(choice);
        }
        choice.onStrongest ||= e.onStrongest;
        choice.routes.push({ to: byId.get(e.to)!, otherwise: e.otherwise, ...(e.condition ? { condition: e.condition } : {}) });
      }
      return { node, choices };
    });
}
