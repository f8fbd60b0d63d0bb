/**
 * Scoring of one trained feature model of the reply-model experiment (scripts/train-reply-model.ts):
 * a logistic regression over hashed binary features, weights quantised to int8 as they would ship.
 */

/** One feature's trained model: `weight[b] = q[b] * scale`. */
export interface FeatureModel {
  bias: number;
  scale: number;
  q: Int8Array;
}

/** Logistic probability for a reply's bucket ids (binary features scaled by 1/√n, as in training). */
export function probability(model: FeatureModel, buckets: readonly number[]): number {
  let sum = 0;
  for (const b of buckets) sum += model.q[b]!;
  const z = model.bias + (buckets.length > 0 ? (sum * model.scale) / Math.sqrt(buckets.length) : 0);
  return 1 / (1 + Math.exp(-z));
}
