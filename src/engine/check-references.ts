/**
 * Checks that everything a scenario points at exists: nodes, personas, posts and flags.
 * Runs before the state exploration, which needs a consistent graph.
 */
import { formatPath, type Problem, type ProblemPath } from './problems.ts';
import { exitPath, exitsOf } from './exits.ts';
import type { Choice, Condition, Scenario } from './scenario-schema.ts';

/**
 * Calls `visit` for every condition in the scenario, nested `any` included, with its path.
 * `outcomeIf` is true inside a write outcome's `if`, the only place that can test the reply.
 */
export function forEachCondition(scenario: Scenario, visit: (c: Condition, path: ProblemPath, outcomeIf: boolean) => void): void {
  const walk = (c: Condition, path: ProblemPath, outcomeIf = false) => {
    visit(c, path, outcomeIf);
    c.any?.forEach((inner, i) => walk(inner, [...path, 'any', i], outcomeIf));
  };
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    node.posts.forEach((post, pi) => post.if && walk(post.if, ['nodes', nodeId, 'posts', pi, 'if']));
    if (node.type !== 'decision') continue;
    for (const exit of exitsOf(node)) {
      const at: ProblemPath = ['nodes', nodeId, ...exitPath(exit)];
      if (exit.kind === 'choice' && exit.item.when) walk(exit.item.when, [...at, 'when']);
      if (exit.kind === 'write' && exit.item.if) walk(exit.item.if, [...at, 'if'], true);
      const next = exit.item.next;
      if (typeof next !== 'string') {
        next.forEach((route, ri) => route.if && walk(route.if, [...at, 'next', ri, 'if']));
      }
    }
  }
}

function routeTargets(choice: Pick<Choice, 'next'>): { to: string; path: ProblemPath }[] {
  if (typeof choice.next === 'string') return [{ to: choice.next, path: ['next'] }];
  return choice.next.map((route, i) => ({ to: route.to, path: ['next', i, 'to'] }));
}

export function checkReferences(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  const error = (code: Problem['code'], path: ProblemPath, message: string, fix: string) =>
    problems.push({ code, severity: 'error', path, message, fix });
  const nodeIds = Object.keys(scenario.nodes);
  const personaIds = Object.keys(scenario.personas);
  const known = (list: string[]) => `Known ids: ${list.join(', ') || '(none)'}.`;

  if (!scenario.nodes[scenario.start]) {
    error('missing-start', ['start'], `The start node "${scenario.start}" does not exist.`, `Use one of the node ids. ${known(nodeIds)}`);
  }
  if (!Object.values(scenario.nodes).some((n) => n.type === 'ending')) {
    error('no-ending', ['nodes'], 'The scenario has no ending.', 'Add at least one node with `type: ending`.');
  }

  const postIds = new Map<string, ProblemPath>();
  const postRefs: { id: string; path: ProblemPath }[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    node.posts.forEach((post, pi) => {
      const at: ProblemPath = ['nodes', nodeId, 'posts', pi];
      if (!scenario.personas[post.persona]) {
        error('unknown-persona', [...at, 'persona'], `No persona has the id "${post.persona}".`, `Add it under \`personas\` or use one of them. ${known(personaIds)}`);
      }
      if (post.id) {
        const first = postIds.get(post.id);
        if (first) {
          error('duplicate-post', [...at, 'id'], `The post id "${post.id}" is already used at ${formatPath(first)}.`, 'Give every post its own id.');
        } else postIds.set(post.id, [...at, 'id']);
      }
      if (post.replyTo) postRefs.push({ id: post.replyTo, path: [...at, 'replyTo'] });
    });
    if (node.type !== 'decision') continue;
    const choiceIds = new Set<string>();
    if (node.write) postRefs.push({ id: node.write.target, path: ['nodes', nodeId, 'write', 'target'] });
    for (const exit of exitsOf(node)) {
      const choice = exit.item;
      const at: ProblemPath = ['nodes', nodeId, ...exitPath(exit)];
      const what = exit.kind === 'write' ? 'write outcome' : 'choice';
      // Duplicates among write outcomes (and with choices) are reported by check-write.ts.
      if (exit.kind === 'choice' && choiceIds.has(choice.id)) {
        error('duplicate-choice', [...at, 'id'], `Two choices of "${nodeId}" have the id "${choice.id}".`, 'Give every choice of a node its own id.');
      }
      if (exit.kind === 'choice') choiceIds.add(choice.id);
      if (exit.kind === 'choice' && exit.item.target) postRefs.push({ id: exit.item.target, path: [...at, 'target'] });
      for (const { to, path } of routeTargets(choice)) {
        if (!scenario.nodes[to]) {
          error('missing-target', [...at, ...path], `The ${what} leads to "${to}", but no node has that id.`, `Add a node "${to}" or point to one of these. ${known(nodeIds)}`);
        }
      }
      for (const persona of Object.keys(choice.effects?.moods ?? {})) {
        if (!scenario.personas[persona]) {
          error('unknown-persona', [...at, 'effects', 'moods', persona], `No persona has the id "${persona}".`, known(personaIds));
        }
      }
    }
  }
  for (const ref of postRefs) {
    if (!postIds.has(ref.id)) {
      error('unknown-post', ref.path, `No post has the id "${ref.id}".`, `Give the post you mean \`id: ${ref.id}\`, or fix the spelling. ${known([...postIds.keys()])}`);
    }
  }

  const flagsSet = new Set(scenario.initial.flags);
  for (const node of Object.values(scenario.nodes)) {
    if (node.type === 'decision') for (const { item } of exitsOf(node)) item.effects?.set?.forEach((f) => flagsSet.add(f));
  }
  forEachCondition(scenario, (condition, path, outcomeIf) => {
    if (!outcomeIf && (condition.has || condition.hasAny || condition.lacks)) {
      const key = condition.has ? 'has' : condition.hasAny ? 'hasAny' : 'lacks';
      error('reply-test-outside-write', [...path, key], `\`${key}\` tests a written reply, but this condition is not the \`if\` of a write outcome, so there is no reply to test.`, 'Test the reply only in `write.outcomes[…].if`; to remember what a reply had, let its outcome set a flag (`effects: { set: [...] }`) and test that flag here.');
    }
    for (const persona of Object.keys(condition.moods ?? {})) {
      if (!scenario.personas[persona]) {
        error('unknown-persona', [...path, 'moods', persona], `No persona has the id "${persona}".`, known(personaIds));
      }
    }
    for (const [key, flags] of [['flags', condition.flags], ['notFlags', condition.notFlags]] as const) {
      flags?.forEach((flag, i) => {
        if (!flagsSet.has(flag)) {
          error('unknown-flag', [...path, key, i], `The flag "${flag}" is tested but no choice ever sets it.`, `Set it in some choice's \`effects.set\`, or fix the spelling. Flags that are set: ${[...flagsSet].join(', ') || '(none)'}.`);
        }
      });
    }
  });
  return problems;
}

/** JSON with sorted keys, so `{ a, b }` and `{ b, a }` compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** A score of 0 is the same as no score. */
function withoutZeros(scores: Record<string, number | undefined> | undefined) {
  return Object.fromEntries(Object.entries(scores ?? {}).filter(([, v]) => v));
}

/** Two choices at one decision that do exactly the same are a choice that teaches nothing. */
export function checkDistinguishable(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'decision') continue;
    const seen = new Map<string, number>();
    node.choices.forEach((c, ci) => {
      const consequence = canonical([c.kind, c.target, c.when, c.effects, withoutZeros(c.scores), typeof c.next === 'string' ? [{ to: c.next }] : c.next]);
      const twin = seen.get(consequence);
      if (twin !== undefined) {
        problems.push({
          code: 'indistinguishable-choices',
          severity: 'error',
          path: ['nodes', nodeId, 'choices', ci],
          message: `Choices "${node.choices[twin]?.id}" and "${c.id}" of "${nodeId}" have the same effects, scores and next node.`,
          fix: 'Make their consequences differ, or keep only one of them.',
        });
      } else seen.set(consequence, ci);
    });
  }
  return problems;
}
