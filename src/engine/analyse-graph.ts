/**
 * Graph analysis of a scenario: what can be reached, what gets stuck, which choices are pointless,
 * and the best and worst total per dimension over all complete paths (what scores are normalised to).
 */
import { checkDistinguishable, checkReferences } from './check-references.ts';
import { checkWriteBlocks } from './check-write.ts';
import { DEFAULT_STATE_LIMIT, explore, type Exploration } from './explore.ts';
import { computePathExtremes, type PathExtremes } from './path-extremes.ts';
import type { Problem } from './problems.ts';
import type { Scenario } from './scenario-schema.ts';
import type { State } from './state.ts';
import { describeArrivals } from './describe-arrivals.ts';

export type { PathExtremes };

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

function reachabilityProblems(scenario: Scenario, exploration: Exploration, finishing: Set<string>, reportedOutcomes: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const reached = new Set<string>();
  const usedChoices = new Set<string>();
  const stuck = new Map<string, 'dead-end' | 'no-way-out'>();
  const arrivals = new Map<string, State[]>();
  for (const v of exploration.vertices.values()) {
    reached.add(v.nodeId);
    const list = arrivals.get(v.nodeId);
    if (list) list.push(v.state);
    else arrivals.set(v.nodeId, [v.state]);
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
      problems.push({ code: 'no-way-out', severity: 'error', path, message: `From "${nodeId}" a learner can get where no ending can be reached any more: a loop without exit or a dead end further on.`, fix: 'Follow its choices: give the loop a way out, or fix the dead end they lead to.' });
    }
    if (node.type === 'decision') {
      node.choices.forEach((c, ci) => {
        if (!usedChoices.has(`${nodeId}/${c.id}`)) {
          problems.push({ code: 'choice-never-available', severity: 'warning', path: [...path, 'choices', ci, 'when'], message: `The choice "${c.id}" is never offered: its \`when\` never holds when "${nodeId}" is reached. "${nodeId}" is reached with ${describeArrivals(arrivals.get(nodeId) ?? [], c.when)}.`, fix: 'Loosen its `when` so that it holds for some of these values, or remove the choice.' });
        }
      });
      node.write?.outcomes.forEach((o, oi) => {
        const at = [...path, 'write', 'outcomes', oi];
        if (usedChoices.has(`${nodeId}/${o.id}`) || reportedOutcomes.has(at.join('/'))) return;
        problems.push({ code: 'outcome-never-taken', severity: 'error', path: [...at, 'if'], message: `No reply can take the outcome "${o.id}" of "${nodeId}" in any state it is reached with: its \`if\` never holds, or an earlier outcome catches every reply that fits it. "${nodeId}" is reached with ${describeArrivals(arrivals.get(nodeId) ?? [], o.if)}.`, fix: 'Loosen the state tests of its `if` so they hold for some of these values, move it above the outcome that catches its replies, or remove it.' });
      });
    }
  }
  return problems;
}

export function analyseScenario(scenario: Scenario, stateLimit = DEFAULT_STATE_LIMIT): Analysis {
  const references = checkReferences(scenario);
  const written = checkWriteBlocks(scenario);
  const problems = [...references, ...written, ...checkDistinguishable(scenario)];
  if (references.length > 0) return { problems, reachableEndings: [], stateCount: 0 };
  // Outcomes already reported as never taken are not reported again by the exploration.
  const reportedOutcomes = new Set(written.filter((p) => p.code === 'outcome-never-taken').map((p) => p.path.slice(0, 5).join('/')));
  const exploration = explore(scenario, stateLimit);
  if (exploration.truncated) {
    problems.push({ code: 'too-complex', severity: 'error', path: ['nodes'], message: `The scenario has more than ${stateLimit} distinct states (combinations of node, moods, audience, storm and flags).`, fix: 'Use fewer flags or coarser changes of mood, or split the scenario.' });
    return { problems, reachableEndings: [], stateCount: exploration.vertices.size };
  }
  const finishing = verticesThatFinish(exploration);
  problems.push(...reachabilityProblems(scenario, exploration, finishing, reportedOutcomes));
  const endings = new Set([...exploration.vertices.values()].filter((v) => v.isEnding).map((v) => v.nodeId));
  const { extremes, problems: loops } = computePathExtremes(scenario, exploration, finishing);
  problems.push(...loops);
  return {
    problems,
    extremes,
    reachableEndings: [...endings],
    stateCount: exploration.vertices.size,
  };
}
