/**
 * Best and worst totals per dimension over all complete paths, and the fewest and most decisions.
 * Works on the state graph condensed to its strongly connected components: a loop that collects
 * points could be repeated for ever, so such loops are problems (`scoring-loop`); every other loop
 * is free, and all states of one component then share the same best and worst.
 */
import { DIMENSIONS, zeroScores, type Scores } from './dimensions.ts';
import { exitPath, exitsOf } from './exits.ts';
import type { Exploration, StateEdge, StateVertex } from './explore.ts';
import type { Problem } from './problems.ts';
import type { Scenario } from './scenario-schema.ts';
import { strongComponents } from './strong-components.ts';

export interface PathExtremes {
  /** The highest total per dimension any complete path reaches. */
  best: Scores;
  /** The lowest total per dimension any complete path reaches. */
  worst: Scores;
  /** Fewest decisions on a path from the start to an ending. */
  minDecisions: number;
  /** Most decisions on such a path; Infinity when a loop can be gone round again and again. */
  maxDecisions: number;
}

function pointsOf(scenario: Scenario, v: StateVertex, e: StateEdge) {
  const node = scenario.nodes[v.nodeId];
  return node?.type === 'decision' ? (exitsOf(node)[e.choiceIndex]?.item.scores ?? {}) : {};
}

const scores = (e: StateEdge, scenario: Scenario, v: StateVertex): Scores => {
  const p = pointsOf(scenario, v, e);
  const s = zeroScores();
  for (const d of DIMENSIONS) s[d] = p[d] ?? 0;
  return s;
};

export function computePathExtremes(
  scenario: Scenario,
  exploration: Exploration,
  finishing: Set<string>,
): { extremes: PathExtremes; problems: Problem[] } {
  const vertex = (k: string) => exploration.vertices.get(k)!;
  const edgesOf = (k: string) => vertex(k).edges.filter((e) => finishing.has(e.to));
  const components = strongComponents([...finishing], (k) => edgesOf(k).map((e) => e.to));
  const componentOf = new Map<string, number>();
  components.forEach((c, i) => c.forEach((k) => componentOf.set(k, i)));

  const problems: Problem[] = [];
  const reported = new Set<string>();
  const best: Scores[] = [];
  const worst: Scores[] = [];
  const longest: number[] = [];
  components.forEach((members, ci) => {
    const hasLoop = members.length > 1 || edgesOf(members[0]!).some((e) => e.to === members[0]);
    let b: Scores | undefined;
    let w: Scores | undefined;
    let most = vertex(members[0]!).isEnding ? 0 : -Infinity;
    for (const key of members) {
      const v = vertex(key);
      if (v.isEnding) {
        b = zeroScores();
        w = zeroScores();
      }
      for (const e of edgesOf(key)) {
        const points = scores(e, scenario, v);
        const target = componentOf.get(e.to)!;
        if (target === ci) {
          const where = `${v.nodeId}/${e.choiceId}`;
          if (DIMENSIONS.some((d) => points[d] !== 0) && !reported.has(where)) {
            reported.add(where);
            const node = scenario.nodes[v.nodeId];
            const exit = node?.type === 'decision' ? exitsOf(node)[e.choiceIndex] : undefined;
            const at = exit ? exitPath(exit) : ['choices', e.choiceIndex];
            problems.push({ code: 'scoring-loop', severity: 'error', path: ['nodes', v.nodeId, ...at, 'scores'], message: `The ${e.kind === 'write' ? 'write outcome' : 'choice'} "${e.choiceId}" of "${v.nodeId}" is part of a loop a learner can go round again and again, collecting its points each time.`, fix: 'Give the choices in the loop no scores, or let the loop change the state (e.g. set a flag) so it cannot be repeated.' });
          }
          continue;
        }
        const nb = zeroScores();
        const nw = zeroScores();
        for (const d of DIMENSIONS) {
          nb[d] = Math.max(b?.[d] ?? -Infinity, points[d] + best[target]![d]);
          nw[d] = Math.min(w?.[d] ?? Infinity, points[d] + worst[target]![d]);
        }
        b = nb;
        w = nw;
        most = Math.max(most, 1 + longest[target]!);
      }
    }
    best[ci] = b ?? zeroScores();
    worst[ci] = w ?? zeroScores();
    longest[ci] = hasLoop ? Infinity : most;
  });

  // Fewest decisions: breadth-first from the start over finishing states.
  let minDecisions = Infinity;
  const depth = new Map([[exploration.start, 0]]);
  const queue = [exploration.start];
  for (let i = 0; i < queue.length; i++) {
    const k = queue[i]!;
    if (vertex(k).isEnding) {
      minDecisions = Math.min(minDecisions, depth.get(k)!);
      continue;
    }
    for (const e of edgesOf(k)) {
      if (!depth.has(e.to)) {
        depth.set(e.to, depth.get(k)! + 1);
        queue.push(e.to);
      }
    }
  }
  const start = componentOf.get(exploration.start);
  const extremes: PathExtremes =
    start === undefined
      ? { best: zeroScores(), worst: zeroScores(), minDecisions: 0, maxDecisions: 0 }
      : { best: best[start]!, worst: worst[start]!, minDecisions, maxDecisions: longest[start]! };
  return { extremes, problems };
}
