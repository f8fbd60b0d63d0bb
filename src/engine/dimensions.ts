/**
 * The five dimensions every choice is scored on (see docs/scenario-format.md, "scores").
 * The order here is the order they are shown in.
 */
export const DIMENSIONS = ['empathy', 'clarity', 'solution', 'deescalation', 'integrity'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** One number per dimension: a choice's points, a run's totals or a percentage. */
export type Scores = Record<Dimension, number>;

export function zeroScores(): Scores {
  return { empathy: 0, clarity: 0, solution: 0, deescalation: 0, integrity: 0 };
}

/** Points a choice gives; a dimension left out counts 0. */
export type ChoicePoints = { [D in Dimension]?: number | undefined };

export function addScores(a: Scores, b: ChoicePoints | undefined): Scores {
  const sum = { ...a };
  for (const d of DIMENSIONS) sum[d] += b?.[d] ?? 0;
  return sum;
}
