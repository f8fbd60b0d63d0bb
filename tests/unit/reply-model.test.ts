/**
 * The learned-model experiment (scripts/train-reply-model.ts, scripts/reply-model/): its featuriser is
 * deterministic and pure, folds keep a comment's replies together, thresholds respect the precision
 * floors, training is reproducible, and the untouched held-out set is never among the training data.
 * The experiment's figures themselves come from `npm run train:reply-model` (docs/reply-analysis.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureId, ReplyLang } from '../../src/analysis/index.ts';
import { lexiconFor } from '../../src/analysis/lexicon/compile.ts';
import { tokenise } from '../../src/analysis/tokenise.ts';
import { hash, HASH_BUCKETS, replyFeatures } from '../../scripts/reply-model/features.ts';
import { probability } from '../../scripts/reply-model/logistic.ts';
import { chooseThreshold, foldsOf, TRAINING_DIRS, trainFeature, type Example } from '../../scripts/train-reply-model.ts';

const featuresOf = (text: string, lang: ReplyLang, rules: FeatureId[] = []) => {
  const { tokens, sentences } = tokenise(text, lexiconFor(lang).clauseStarters);
  return replyFeatures(text, lang, tokens, sentences, rules);
};

const example = (id: string, group: string, x: number[], labels: FeatureId[] = [], rules: FeatureId[] = []): Example => ({ id, lang: 'de', group, labels: new Set(labels), rules: new Set(rules), x, words: x });

describe('reply-model featuriser', () => {
  it('gives the same sorted, distinct, in-range bucket ids on every call', () => {
    const a = featuresOf('Du bist so ein Lauch 😂 wirklich!!', 'de');
    expect(featuresOf('Du bist so ein Lauch 😂 wirklich!!', 'de')).toEqual(a);
    expect(a.length).toBeGreaterThan(20);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    expect(a.every((b) => Number.isInteger(b) && b >= 0 && b < HASH_BUCKETS)).toBe(true);
  });

  it('keeps a quoted word apart from the writer’s own and adds the rules’ findings', () => {
    const own = featuresOf('You are a loser.', 'en');
    const quoted = featuresOf('You called me "loser".', 'en');
    const withRule = featuresOf('You are a loser.', 'en', ['insult']);
    expect(withRule.length).toBe(own.length + 1);
    expect(own).toContain(hash('w:loser'));
    expect(quoted).not.toContain(hash('w:loser'));
    expect(quoted).toContain(hash('qw:loser'));
  });

  it('imports nothing outside pure TypeScript (could run in the analyser unchanged)', () => {
    for (const file of ['features.ts', 'logistic.ts']) {
      const source = readFileSync(join(import.meta.dirname, '../../scripts/reply-model', file), 'utf8');
      expect(source).not.toMatch(/from ['"](node:|react|astro|howler)/);
      expect(source).not.toMatch(/\b(document|window)\./);
    }
  });
});

describe('reply-model training', () => {
  it('never trains on the untouched held-out set', () => {
    expect(TRAINING_DIRS.some((d) => d.includes('heldout3'))).toBe(false);
  });

  it('puts all replies to one comment into one fold, the same on every run', () => {
    const examples = Array.from({ length: 60 }, (_, i) => example(`r${i}`, `set/c${i % 12}`, [i]));
    const folds = foldsOf(examples);
    expect(foldsOf(examples)).toEqual(folds);
    const foldOfGroup = new Map<string, number>();
    examples.forEach((e, i) => {
      expect(foldOfGroup.get(e.group) ?? folds[i]).toBe(folds[i]);
      foldOfGroup.set(e.group, folds[i]!);
    });
    expect(new Set(folds).size).toBe(5);
  });

  it('trains reproducibly and learns a separable signal', () => {
    // Bucket 7 marks the positives; buckets 100+ are noise shared by everybody.
    const examples = Array.from({ length: 80 }, (_, i) => example(`r${i}`, 'g', i % 4 === 0 ? [7, 100 + (i % 5)] : [100 + (i % 5), 200 + (i % 3)], i % 4 === 0 ? ['insult'] : []));
    const a = trainFeature(examples, 'insult');
    const b = trainFeature(examples, 'insult');
    expect(Array.from(a.q)).toEqual(Array.from(b.q));
    expect(a.bias).toBe(b.bias);
    expect(probability(a, [7, 101])).toBeGreaterThan(0.5);
    expect(probability(a, [101, 201])).toBeLessThan(0.5);
  });

  it('keeps insult precision at 0.9 or above and switches the model off when it cannot help', () => {
    // 20 replies the rules miss: 5 real insults, 15 not; the model's scores put 2 false ones above 3 true ones.
    const labels = Array.from({ length: 20 }, (_, i) => i < 5);
    const examples = labels.map((l, i) => example(`r${i}`, 'g', [i], l ? ['insult'] : []));
    const probs = [0.95, 0.9, 0.6, 0.5, 0.4, 0.85, 0.8, ...Array.from({ length: 13 }, () => 0.1)];
    const t = chooseThreshold('insult', examples, probs);
    expect(t).toBe(0.9); // 0.9 keeps precision 1.0; any lower threshold lets in a false one (precision ≤ 0.75)
    const useless = chooseThreshold('insult', examples, [0.1, 0.1, 0.1, 0.1, 0.1, ...Array.from({ length: 15 }, () => 0.9)]);
    expect(useless).toBeGreaterThan(1);
  });
});
