/** A condition in a few symbols, for edge labels: `storm ≥ 3, flag listened`. */
import type { Condition } from '../engine/index.ts';

type Range = { atLeast?: number | undefined; atMost?: number | undefined };

function range(name: string, r: Range): string {
  if (r.atLeast !== undefined && r.atMost !== undefined) return r.atLeast === r.atMost ? `${name} = ${r.atLeast}` : `${name} ${r.atLeast}…${r.atMost}`;
  return r.atLeast !== undefined ? `${name} ≥ ${r.atLeast}` : `${name} ≤ ${String(r.atMost)}`;
}

/** Every part of the condition, joined by commas (all must hold); `any` in parentheses with "or". */
export function describeCondition(c: Condition): string {
  const parts: string[] = [];
  if (c.audience) parts.push(range('audience', c.audience));
  if (c.storm) parts.push(range('storm', c.storm));
  for (const [persona, r] of Object.entries(c.moods ?? {})) parts.push(range(persona, r));
  c.flags?.forEach((f) => parts.push(`flag ${f}`));
  c.notFlags?.forEach((f) => parts.push(`not ${f}`));
  if (c.has) parts.push(`reply has ${c.has.join(' and ')}`);
  if (c.hasAny) parts.push(`reply has ${c.hasAny.join(' or ')}`);
  if (c.lacks) parts.push(`reply lacks ${c.lacks.join(', ')}`);
  if (c.any) parts.push(`(${c.any.map(describeCondition).join(' or ')})`);
  return parts.join(', ');
}
