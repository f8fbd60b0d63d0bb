/**
 * Draws a laid-out scenario map as one standalone SVG: colours and lines are attributes, so the file
 * looks the same on its own and inlined in a page. Every text goes through escapeXml. Nothing is
 * said by colour alone: endings name their outcome, the strongest path is thick and starred, problems
 * carry a ⚠ and a word, conditional routes are dashed and labelled with their condition.
 */
import type { Outcome } from '../engine/index.ts';
import { EDGE_FONT, LINE, NODE_FONT, layoutMap, type PlacedEdge, type PlacedNode } from './layout-map.ts';
import type { ScenarioMap } from './map-model.ts';
import { MAP_WORDS } from './map-words.ts';
import { escapeXml } from './xml-escape.ts';

/** Fill and border per outcome: light fills keep the dark text above 4.5:1 contrast. */
export const OUTCOME_COLOURS: Record<Outcome, { fill: string; stroke: string }> = {
  shitstorm: { fill: '#fde2e2', stroke: '#b91c1c' },
  smouldering: { fill: '#ffedd5', stroke: '#c2410c' },
  calmed: { fill: '#dbeafe', stroke: '#1d4ed8' },
  candystorm: { fill: '#dcfce7', stroke: '#15803d' },
};
const TEXT = '#1a1a1a';
const PROBLEM = '#b91c1c';
const STRONGEST = '#6d28d9';
const EDGE = '#555555';

export interface SvgOptions {
  /** Prefix for the ids inside the SVG (title, description, markers), unique on the page. */
  idPrefix?: string;
}

const n = (v: number) => String(Math.round(v * 10) / 10);

function drawNode(p: PlacedNode): string {
  const { node } = p;
  const colours = node.kind === 'ending' && node.outcome ? OUTCOME_COLOURS[node.outcome] : { fill: '#ffffff', stroke: '#444444' };
  const problem = node.problems.length > 0;
  const classes = ['node', node.kind, node.outcome ? `outcome-${node.outcome}` : '', node.onStrongest ? 'strongest' : '', problem ? 'problem' : ''].filter(Boolean).join(' ');
  const left = p.x - p.width / 2;
  const top = p.y - p.height / 2;
  const stroke = problem ? PROBLEM : node.onStrongest ? STRONGEST : colours.stroke;
  const dash = problem ? ' stroke-dasharray="5 3"' : '';
  const width = problem || node.onStrongest ? 3 : 1.5;
  const rx = node.kind === 'ending' ? 14 : 4;
  const lines = p.lines
    .map((line, i) => {
      const weight = i === 0 ? ' font-weight="bold"' : '';
      const fill = line.startsWith('⚠') ? PROBLEM : TEXT;
      return `<tspan x="${n(p.x)}" y="${n(top + 7 + LINE * (i + 0.8))}"${weight} fill="${fill}">${escapeXml(line)}</tspan>`;
    })
    .join('');
  return (
    `<g class="${classes}">` +
    `<rect x="${n(left)}" y="${n(top)}" width="${n(p.width)}" height="${n(p.height)}" rx="${rx}" fill="${colours.fill}" stroke="${stroke}" stroke-width="${width}"${dash}/>` +
    `<text text-anchor="middle" font-size="${NODE_FONT}">${lines}</text></g>`
  );
}

function drawEdge(p: PlacedEdge, prefix: string): string {
  const { edge } = p;
  if (p.points.length === 0) return '';
  const d = p.points.map((pt, i) => `${i === 0 ? 'M' : 'L'}${n(pt.x)} ${n(pt.y)}`).join(' ');
  const conditional = edge.condition !== undefined || edge.otherwise;
  const classes = ['edge', conditional ? 'conditional' : '', edge.onStrongest ? 'strongest' : ''].filter(Boolean).join(' ');
  const stroke = edge.onStrongest ? STRONGEST : EDGE;
  const width = edge.onStrongest ? 3.5 : 1.5;
  const dash = edge.condition !== undefined ? ' stroke-dasharray="6 4"' : '';
  const marker = edge.onStrongest ? `${prefix}-arrow-strong` : `${prefix}-arrow`;
  const { label } = p;
  const top = label.y - label.height / 2;
  const text = label.lines
    .map((line, i) => {
      // Choice ids in bold; conditions (indented `when`, `if`, otherwise) in normal weight.
      const isChoice = i < label.lines.length - (edge.condition || edge.otherwise ? 1 : 0) && !line.startsWith('  ');
      return `<tspan x="${n(label.x)}" y="${n(top + (LINE - 2) * (i + 0.85))}"${isChoice ? ' font-weight="bold"' : ''}>${escapeXml(line.trim())}</tspan>`;
    })
    .join('');
  return (
    `<g class="${classes}">` +
    `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width}"${dash} marker-end="url(#${marker})"/>` +
    `<rect x="${n(label.x - label.width / 2)}" y="${n(top)}" width="${n(label.width)}" height="${n(label.height)}" fill="#ffffff" fill-opacity="0.9"/>` +
    `<text text-anchor="middle" font-size="${EDGE_FONT}" fill="${edge.onStrongest ? STRONGEST : TEXT}">${text}</text></g>`
  );
}

/** The SVG of a scenario map, with a title and a description for screen readers. */
export function renderMapSvg(map: ScenarioMap, options: SvgOptions = {}): string {
  const prefix = options.idPrefix ?? `map-${map.id}`;
  const words = MAP_WORDS[map.locale];
  const layout = layoutMap(map);
  const decisions = map.nodes.filter((x) => x.kind === 'decision').length;
  const endings = map.nodes.filter((x) => x.kind === 'ending').length;
  const problems = map.nodes.reduce((sum, x) => sum + x.problems.length, 0);
  const arrow = (id: string, colour: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${colour}"/></marker>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="scenario-map" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" ` +
    `role="img" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc" font-family="system-ui, sans-serif">` +
    `<title id="${prefix}-title">${escapeXml(words.title(map.title))}</title>` +
    `<desc id="${prefix}-desc">${escapeXml(words.description(decisions, endings, problems))}</desc>` +
    `<defs>${arrow(`${prefix}-arrow`, EDGE)}${arrow(`${prefix}-arrow-strong`, STRONGEST)}</defs>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    layout.edges.map((e) => drawEdge(e, prefix)).join('') +
    layout.nodes.map(drawNode).join('') +
    `</svg>`
  );
}
