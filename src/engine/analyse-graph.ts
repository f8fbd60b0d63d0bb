/**
 * Graph analysis of a scenario: what can be reached, what gets stuck, which choices are pointless,
 * and the best and worst total per dimension over all complete paths (what scores are normalised to).
 */
import { checkDistinguishable, checkReferences } from './check-references.ts';
import { DIMENSIONS, zeroScores, type ChoicePoints, type Scores } from './dimensions.ts';
import { explore, type Exploration, type StateVertex } from './explore.ts';
import type { Problem } from './problems.ts';
import type { Scenario } from './scenario-schema.ts';

export interface PathExtremes {
  /** The highest total per dimension any complete path reaches. */
  best: Scores;
  /** The lowest total per dimension any complete path reaches. */
  worst: Scores;
  /** Fewest and most decisions on a path from the start to an ending. */
  minDecisions: number;
  maxDecisions: number;
}

export interface Analysis {
  problems: Problem[];
  /** Undefined when the graph is too broken to walk. */
  extremes?: PathExtremes;
  /** Ending node ids that some path reaches. */
  reachableEndings: string[];
  /** How many distinct (node, state) pairs exist. */
  stateCount: number;
}

/** Vertices from which some ending can be reached (walking the edges backwards from the endings). */
function verticesThatFinish(exploration: Exploration): Set<string> {
  const incoming = new Map<string, string[]>();
  for (const v of exploration.vertices.values()) {
    for (const e of v.edges) incoming.set(e.to, [...(incoming.get(e.to) ?? []), v.key]);
  }
  const finishing = new Set<string>();
  const queue = [...exploration.vertices.values()].filter((v) => v.isEnding).map((v) => v.key);
  queue.forEach((k) => finishing.add(k));
  for (let i = 0; i < queue.length; i++) {
    for (const from of incoming.get(queue[i]!) ?? []) {
      if (!finishing.has(from)) {
        finishing.add(from);
        queue.push(from);
      }
    }
  }
  return finishing;
}

/**
 * Best and worst totals from a vertex to an ending, by depth-first search with memory.
 * An edge back onto the current path is skipped: repeating a loop is not a better path.
 */
function computeExtremes(scenario: Scenario, exploration: Exploration, finishing: Set<string>): PathExtremes {
  const memo = new Map<string, PathExtremes>();
  const onPath = new Set<string>();
  const scoresOf = (v: StateVertex, choiceIndex: number): ChoicePoints => {
    const node = scenario.nodes[v.nodeId];
    return node?.type === 'decision' ? (node.choices[choiceIndex]?.scores ?? {}) : {};
  };
  const walk = (v: StateVertex): PathExtremes | undefined => {
    if (v.isEnding) return { best: zeroScores(), worst: zeroScores(), minDecisions: 0, maxDecisions: 0 };
    const known = memo.get(v.key);
    if (known) return known;
    onPath.add(v.key);
    let result: PathExtremes | undefined;
    for (const edge of v.edges) {
      if (onPath.has(edge.to) || !finishing.has(edge.to)) continue;
      const rest = walk(exploration.vertices.get(edge.to)!);
      if (!rest) continue;
      const points = scoresOf(v, edge.choiceIndex);
      const best = zeroScores();
      const worst = zeroScores();
      for (const d of DIMENSIONS) {
        best[d] = Math.max(result?.best[d] ?? -Infinity, (points[d] ?? 0) + rest.best[d]);
        worst[d] = Math.min(result?.worst[d] ?? Infinity, (points[d] ?? 0) + rest.worst[d]);
      }
      result = {
        best,
        worst,
        minDecisions: Math.min(result?.minDecisions ?? Infinity, rest.minDecisions + 1),
        maxDecisions: Math.max(result?.maxDecisions ?? -Infinity, rest.maxDecisions + 1),
      };
    }
    onPath.delete(v.key);
    if (result) memo.set(v.key, result);
    return result;
  };
  return walk(exploration.vertices.get(exploration.start)!) ?? {
    best: zeroScores(),
    worst: zeroScores(),
    minDecisions: 0,
    maxDecisions: 0,
  };
}

function reachabilityProblems(scenario: Scenario, exploration: Exploration, finishing: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const reached = new Set<string>();
  const usedChoices = new Set<string>();
  const stuck = new Map<string, 'dead-end' | 'no-way-out'>();
  for (const v of exploration.vertices.values()) {
    reached.add(v.nodeId);
    v.edges.forEach((e) => usedChoices.add(`${v.nodeId}/${e.choiceId}`));
    if (!finishing.has(v.key) && !stuck.has(v.nodeId)) stuck.set(v.nodeId, v.edges.length === 0 ? 'dead-end' : 'no-way-out');
  }
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const path = ['nodes', nodeId];
    if (!reached.has(nodeId)) {
      problems.push(
        node.type === 'ending'
          ? { code: 'ending-never-reached', severity: 'error', path, message: `No path reaches the ending "${nodeId}".`, fix: 'Lead a choice here, or loosen the conditions of the routes that do.' }
          : { code: 'unreachable-node', severity: 'error', path, message: `No path from the start reaches "${nodeId}".`, fix: 'Lead a choice to it, or remove it.' },
      );
      continue;
    }
    const kind = stuck.get(nodeId);
    if (kind === 'dead-end') {
      problems.push({ code: 'dead-end', severity: 'error', path, message: `A learner can arrive at "${nodeId}" when none of its choices is offered.`, fix: 'Give one choice no `when`, or widen the `when` conditions so one always holds.' });
    } else if (kind === 'no-way-out') {
      problems.push({ code: 'no-way-out', severity: 'error', path, message: `From "${nodeId}" a learner can get into a loop that never reaches an ending.`, fix: 'Give the loop a choice or route that leads on to an ending.' });
    }
    if (node.type === 'decision') {
      node.choices.forEach((c, ci) => {
        if (!usedChoices.has(`${nodeId}/${c.id}`)) {
          problems.push({ code: 'choice-never-available', severity: 'warning', path: [...path, 'choices', ci, 'when'], message: `The choice "${c.id}" is never offered: its \`when\` never holds when "${nodeId}" is reached.`, fix: 'Loosen its `when`, or remove the choice.' });
        }
      });
    }
  }
  return problems;
}

export function analyseScenario(scenario: Scenario, stateLimit?: number): Analysis {
  const references = checkReferences(scenario);
  const problems = [...references, ...checkDistinguishable(scenario)];
  if (references.length > 0) return { problems, reachableEndings: [], stateCount: 0 };
  const exploration = explore(scenario, stateLimit);
  if (exploration.truncated) {
    problems.push({ code: 'too-complex', severity: 'error', path: ['nodes'], message: `The scenario has more than ${exploration.vertices.size - 1} distinct states.`, fix: 'Use fewer flags or coarser changes of mood, or split the scenario.' });
    return { problems, reachableEndings: [], stateCount: exploration.vertices.size };
  }
  const finishing = verticesThatFinish(exploration);
  problems.push(...reachabilityProblems(scenario, exploration, finishing));
  const endings = new Set([...exploration.vertices.values()].filter((v) => v.isEnding).map((v) => v.nodeId));
  return {
    problems,
    extremes: computeExtremes(scenario, exploration, finishing),
    reachableEndings: [...endings],
    stateCount: exploration.vertices.size,
  };
}
