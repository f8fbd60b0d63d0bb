/**
 * What a scenario map shows, before any layout: nodes (decisions, endings), one edge per way a
 * choice can lead, the strongest path, and the problems the graph analysis found, per node.
 * Both the SVG and the text outline beside it are drawn from this, so they always agree.
 */
import { analyseScenario, bestPath, replay, type Analysis, type Locale, type Outcome, type Scenario } from '../engine/index.ts';
import { describeCondition } from './describe-condition.ts';
import type { MapProblemKind } from './map-words.ts';

export interface MapNode {
  id: string;
  kind: 'decision' | 'ending' | 'missing';
  outcome?: Outcome;
  /** The start of the prompt (decisions) or the title (endings), in the map's language. */
  text: string;
  isStart: boolean;
  onStrongest: boolean;
  problems: MapProblemKind[];
}

export interface MapEdge {
  from: string;
  to: string;
  choiceId: string;
  /** The route's condition in words; undefined for a plain `next` or the last route. */
  condition?: string;
  /** The last route of a choice with conditional routes: taken when no condition holds. */
  otherwise: boolean;
  /** The choice is offered only when its `when` holds. */
  when?: string;
  onStrongest: boolean;
}

export interface ScenarioMap {
  id: string;
  title: string;
  locale: Locale;
  /** Reachable from the start first, in the order a reader meets them; then the rest. */
  nodes: MapNode[];
  edges: MapEdge[];
}

const PROBLEM_OF: Record<string, MapProblemKind> = {
  'unreachable-node': 'unreachable',
  'ending-never-reached': 'unreachable',
  'dead-end': 'dead-end',
  'no-way-out': 'no-way-out',
  'scoring-loop': 'scoring-loop',
};

/** Cuts a text to `max` characters at a word boundary, adding an ellipsis. */
export function startOf(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The (node, choice, target) moves of the strongest path, as `node/choice>target`. */
function strongestMoves(scenario: Scenario): Set<string> {
  const best = bestPath(scenario);
  if (!best) return new Set();
  const result = replay(scenario, best.choiceIds);
  if (!result.ok) return new Set();
  const { steps, nodeId } = result.run;
  return new Set(steps.map((s, i) => `${s.nodeId}/${s.choiceId}>${steps[i + 1]?.nodeId ?? nodeId}`));
}

/** Builds the map of a scenario that passed the schema (references may still be broken). */
export function buildScenarioMap(scenario: Scenario, locale: Locale, analysis: Analysis = analyseScenario(scenario)): ScenarioMap {
  const problems = new Map<string, Set<MapProblemKind>>();
  for (const p of analysis.problems) {
    const kind = PROBLEM_OF[p.code];
    if (kind && p.path[0] === 'nodes' && typeof p.path[1] === 'string') {
      problems.set(p.path[1], (problems.get(p.path[1]) ?? new Set()).add(kind));
    }
  }
  // The strongest path needs a sound graph; with broken references there is none to show.
  const strongest = analysis.problems.some((p) => p.severity === 'error' && !PROBLEM_OF[p.code]) ? new Set<string>() : strongestMoves(scenario);

  const edges: MapEdge[] = [];
  for (const [from, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'decision') continue;
    // Write outcomes are edges too; their `when` says that a written reply takes them, and on what.
    const outcomes = (node.write?.outcomes ?? []).map((o) => ({ id: o.id, next: o.next, written: o.if ? `written reply: ${describeCondition(o.if)}` : 'written reply: any other' }));
    for (const choice of [...node.choices.map((c) => ({ id: c.id, next: c.next, when: c.when, written: undefined })), ...outcomes.map((o) => ({ ...o, when: undefined }))]) {
      const when = choice.written ?? (choice.when ? describeCondition(choice.when) : undefined);
      const routes = typeof choice.next === 'string' ? [{ to: choice.next, if: undefined }] : choice.next;
      routes.forEach((route, i) => {
        edges.push({
          from,
          to: route.to,
          choiceId: choice.id,
          ...(route.if ? { condition: describeCondition(route.if) } : {}),
          otherwise: routes.length > 1 && i === routes.length - 1,
          ...(when ? { when } : {}),
          onStrongest: strongest.has(`${from}/${choice.id}>${route.to}`),
        });
      });
    }
  }

  // Breadth-first from the start over the edges, so the outline reads from the top.
  const order: string[] = [];
  const queue = [scenario.start];
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    order.push(queue[i]!);
    for (const e of edges) {
      if (e.from === queue[i] && !seen.has(e.to)) {
        seen.add(e.to);
        queue.push(e.to);
      }
    }
  }
  for (const id of Object.keys(scenario.nodes)) if (!seen.has(id)) order.push(id);

  const onPath = new Set(edges.filter((e) => e.onStrongest).flatMap((e) => [e.from, e.to]));
  const nodes = order.map((id): MapNode => {
    const node = scenario.nodes[id];
    const base = { id, isStart: id === scenario.start, onStrongest: onPath.has(id), problems: [...(problems.get(id) ?? [])] };
    if (!node) return { ...base, kind: 'missing', text: '', problems: ['missing'] };
    if (node.type === 'ending') return { ...base, kind: 'ending', outcome: node.outcome, text: startOf(node.title[locale]) };
    const said = node.prompt?.[locale] ?? node.posts[0]?.text[locale] ?? '';
    return { ...base, kind: 'decision', text: startOf(said) };
  });
  return { id: scenario.id, title: scenario.title[locale], locale, nodes, edges };
}
