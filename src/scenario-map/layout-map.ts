/**
 * Lays a scenario map out with dagre (top to bottom, no browser needed): every node and edge label
 * gets a box sized from its lines of text, every edge a list of points.
 */
import dagre from '@dagrejs/dagre';
import type { MapEdge, MapNode, ScenarioMap } from './map-model.ts';
import { MAP_WORDS } from './map-words.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends Box {
  node: MapNode;
  lines: string[];
}

/**
 * The edges of several choices that lead from one node to the same node under the same condition,
 * drawn as one arrow listing the choices: scenarios often give every choice the same routes, and one
 * arrow per choice would make the map many times wider without saying more.
 */
export interface EdgeGroup {
  from: string;
  to: string;
  condition?: string;
  otherwise: boolean;
  onStrongest: boolean;
  edges: MapEdge[];
}

export interface PlacedEdge {
  edge: EdgeGroup;
  points: { x: number; y: number }[];
  label: Box & { lines: string[] };
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export const NODE_FONT = 12;
export const EDGE_FONT = 11;
export const LINE = 16;
/** Rough width of a character in the map's sans-serif font, as a share of the font size. */
const CHAR = 0.6;

const widthOf = (lines: string[], font: number) => Math.ceil(Math.max(...lines.map((l) => l.length)) * font * CHAR) + 20;

/** The lines a node shows: its id, what it is, the start of its text, its problems. */
export function nodeLines(node: MapNode, map: ScenarioMap): string[] {
  const words = MAP_WORDS[map.locale];
  const lines = [node.isStart ? `▶ ${node.id}` : node.id];
  if (node.kind === 'ending' && node.outcome) lines.push(`${words.ending}: ${words.outcome[node.outcome]}`);
  if (node.text) lines.push(node.text);
  for (const p of node.problems) lines.push(`⚠ ${words.problem[p]}`);
  return lines;
}

export function groupEdges(edges: readonly MapEdge[]): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const e of edges) {
    const key = JSON.stringify([e.from, e.to, e.condition ?? null, e.otherwise]);
    const group = groups.get(key) ?? { from: e.from, to: e.to, otherwise: e.otherwise, onStrongest: false, edges: [], ...(e.condition ? { condition: e.condition } : {}) };
    group.edges.push(e);
    group.onStrongest ||= e.onStrongest;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The lines an edge label shows: each choice (with its `when`), then the route's condition. */
export function edgeLines(group: EdgeGroup, map: ScenarioMap): string[] {
  const words = MAP_WORDS[map.locale];
  const lines: string[] = [];
  for (const e of group.edges) {
    lines.push(e.onStrongest ? `★ ${e.choiceId}` : e.choiceId);
    if (e.when) lines.push(`  when ${e.when}`);
  }
  if (group.condition) lines.push(`if ${group.condition}`);
  if (group.otherwise) lines.push(words.otherwise);
  return lines;
}

export function layoutMap(map: ScenarioMap): MapLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 30, edgesep: 14, ranksep: 46, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  const nodeLinesOf = new Map(map.nodes.map((n) => [n.id, nodeLines(n, map)]));
  for (const n of map.nodes) {
    const lines = nodeLinesOf.get(n.id)!;
    g.setNode(n.id, { width: widthOf(lines, NODE_FONT), height: lines.length * LINE + 14 });
  }
  const groups = groupEdges(map.edges);
  groups.forEach((e, i) => {
    const lines = edgeLines(e, map);
    g.setEdge(e.from, e.to, { width: widthOf(lines, EDGE_FONT) - 10, height: lines.length * (LINE - 2) + 4, labelpos: 'c', lines, index: i }, `e${i}`);
  });
  dagre.layout(g);
  const graph = g.graph();
  const nodes = map.nodes.map((node): PlacedNode => {
    const placed = g.node(node.id);
    return { node, lines: nodeLinesOf.get(node.id)!, x: placed.x!, y: placed.y!, width: placed.width, height: placed.height };
  });
  const edges = groups.map((edge, i): PlacedEdge => {
    const placed = g.edge({ v: edge.from, w: edge.to, name: `e${i}` });
    return {
      edge,
      points: placed.points ?? [],
      label: { x: placed.x ?? 0, y: placed.y ?? 0, width: placed.width ?? 0, height: placed.height ?? 0, lines: placed['lines'] as string[] },
    };
  });
  return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes, edges };
}
