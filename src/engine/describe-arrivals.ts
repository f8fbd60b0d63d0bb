/**
 * Says in words which values a node is reached with, so that an author whose `when` never holds
 * sees what it could test instead. Lists only what the condition tests (all of it without one).
 */
import type { Condition } from './scenario-schema.ts';
import type { State } from './state.ts';

const span = (values: number[]) => {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? `always ${min}` : `${min} to ${max}`;
};

/** What a condition tests, nested `any` included. */
function tested(condition: Condition | undefined) {
  const out = { audience: false, storm: false, moods: new Set<string>(), flags: false, all: condition === undefined };
  const walk = (c: Condition) => {
    if (c.audience) out.audience = true;
    if (c.storm) out.storm = true;
    Object.keys(c.moods ?? {}).forEach((p) => out.moods.add(p));
    if (c.flags || c.notFlags) out.flags = true;
    c.any?.forEach(walk);
  };
  if (condition) walk(condition);
  // A condition on the written reply alone (a write outcome's `if`) says nothing about the state: show all.
  if (!out.audience && !out.storm && !out.moods.size && !out.flags) out.all = true;
  return out;
}

/** E.g. `storm 0 to 3; flags set on arrival: listened (on some paths), none on others`. */
export function describeArrivals(states: readonly State[], condition?: Condition): string {
  if (states.length === 0) return 'it is never reached';
  const t = tested(condition);
  const parts: string[] = [];
  if (t.all || t.audience) parts.push(`audience ${span(states.map((s) => s.audience))}`);
  if (t.all || t.storm) parts.push(`storm ${span(states.map((s) => s.storm))}`);
  const personas = t.all ? Object.keys(states[0]!.moods) : [...t.moods];
  for (const p of personas) parts.push(`mood of ${p} ${span(states.map((s) => s.moods[p] ?? 0))}`);
  if (t.all || t.flags) {
    const seen = [...new Set(states.flatMap((s) => s.flags))].sort();
    const always = seen.filter((f) => states.every((s) => s.flags.includes(f)));
    const sometimes = seen.filter((f) => !always.includes(f));
    if (!seen.length) parts.push('no flag set');
    else parts.push(`flags always set: ${always.join(', ') || 'none'}; set on some paths only: ${sometimes.join(', ') || 'none'}`);
  }
  return parts.join('; ');
}
