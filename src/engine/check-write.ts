/**
 * Checks of `write:` blocks that need no exploration: ids of outcomes against the node's choices, what
 * a moment both wants and avoids, and outcomes no reply can ever take because their own condition
 * contradicts itself or an earlier outcome catches every reply that fits them. Outcomes that only the
 * state makes untakeable are found by the exploration (analyse-graph.ts, `outcome-never-taken`).
 */
import type { FeatureId } from '../analysis/types.ts';
import type { Problem, ProblemPath } from './problems.ts';
import type { Condition, Scenario, WriteOutcome } from './scenario-schema.ts';

const list = (features: readonly string[]) => features.map((f) => `\`${f}\``).join(', ');

/** The features a condition's reply tests are about, without nested `any`. */
function replyPart(c: Condition | undefined) {
  return { has: c?.has ?? [], hasAny: c?.hasAny ?? [], lacks: c?.lacks ?? [] };
}

/** Why no reply can satisfy the condition's own reply tests, or undefined when some can. */
function contradiction(c: Condition | undefined): string | undefined {
  const { has, hasAny, lacks } = replyPart(c);
  const both = has.filter((f) => lacks.includes(f));
  if (both.length) return `it asks for ${list(both)} in \`has\` and in \`lacks\``;
  if (hasAny.length && hasAny.every((f) => lacks.includes(f))) return `every feature of its \`hasAny\` (${list(hasAny)}) is also in \`lacks\``;
  return undefined;
}

/** True when the condition tests nothing but the reply's features (no state, no `any`). */
function onlyReplyTests(c: Condition | undefined): boolean {
  if (!c) return true;
  return Object.keys(c).every((k) => (k === 'has' || k === 'hasAny' || k === 'lacks') && c[k as keyof Condition] !== undefined);
}

/**
 * True when every reply that satisfies `later` also satisfies `earlier` (so `later` is never taken).
 * Sound, not complete: it only answers yes when `earlier` tests the reply alone.
 */
function catchesAll(earlier: Condition | undefined, later: Condition | undefined): boolean {
  if (!onlyReplyTests(earlier)) return false;
  const e = replyPart(earlier);
  const l = replyPart(later);
  const hasOk = e.has.every((f) => l.has.includes(f));
  const lacksOk = e.lacks.every((f) => l.lacks.includes(f));
  const anyOk =
    e.hasAny.length === 0 ||
    e.hasAny.some((f) => l.has.includes(f)) ||
    (l.hasAny.length > 0 && l.hasAny.every((f: FeatureId) => e.hasAny.includes(f)));
  return hasOk && lacksOk && anyOk;
}

/** Problems of the write blocks of a scenario (see the file comment). */
export function checkWriteBlocks(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'decision' || !node.write) continue;
    const write = node.write;
    const at: ProblemPath = ['nodes', nodeId, 'write'];
    const both = write.wants.filter((f) => write.avoid.includes(f));
    if (both.length) {
      problems.push({ code: 'write-wants-and-avoids', severity: 'error', path: [...at, 'avoid'], message: `The write block of "${nodeId}" both wants and avoids ${list(both)}.`, fix: 'Keep each feature in `wants` or in `avoid`, not both.' });
    }
    const choiceIds = new Set(node.choices.map((c) => c.id));
    const outcomeIds = new Set<string>();
    write.outcomes.forEach((outcome: WriteOutcome, oi) => {
      const here: ProblemPath = [...at, 'outcomes', oi];
      if (choiceIds.has(outcome.id) || outcomeIds.has(outcome.id)) {
        problems.push({ code: 'duplicate-choice', severity: 'error', path: [...here, 'id'], message: `The id "${outcome.id}" is used twice in "${nodeId}": choices and write outcomes share their node's ids.`, fix: 'Give every choice and every outcome of a node its own id.' });
      }
      outcomeIds.add(outcome.id);
      const why = contradiction(outcome.if);
      if (why) {
        problems.push({ code: 'outcome-never-taken', severity: 'error', path: [...here, 'if'], message: `No reply can take the outcome "${outcome.id}" of "${nodeId}": ${why}.`, fix: 'Remove the feature from one of the two lists, or remove the outcome.' });
        return;
      }
      const catcher = write.outcomes.slice(0, oi).find((earlier) => catchesAll(earlier.if, outcome.if));
      if (catcher) {
        const index = write.outcomes.indexOf(catcher);
        problems.push({
          code: 'outcome-never-taken',
          severity: 'error',
          path: [...here, 'if'],
          message: `No reply can take the outcome "${outcome.id}" of "${nodeId}": every reply that fits it already fits the earlier outcome "${catcher.id}" (outcomes[${index}]), and the first that fits is taken.`,
          fix: `Move "${outcome.id}" above "${catcher.id}" (the more specific outcome first), or make its \`if\` ask for something "${catcher.id}" excludes.`,
        });
      }
    });
  }
  return problems;
}
