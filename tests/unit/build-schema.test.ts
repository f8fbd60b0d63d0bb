import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkedScenarioSchema, checkScenario, formatPath } from '../../src/engine/index.ts';
import { fixturePath } from './load-fixture.ts';

// `astro build` validates scenarios with checkedScenarioSchema; check:content with checkScenario.
// For every broken fixture both must reject the same places, so the build fails on the same errors.
const broken = readdirSync(fixturePath('broken')).filter((f) => f.endsWith('.yaml') && f !== 'yaml-syntax.yaml');

describe('the build schema', () => {
  it.each(broken)('rejects %s at the same paths as check:content', (file) => {
    const data = parse(readFileSync(fixturePath(`broken/${file}`), 'utf8'));
    const checker = checkScenario(data)
      .problems.filter((p) => p.severity === 'error' && p.code !== 'id-mismatch')
      .map((p) => formatPath(p.path));
    const build = checkedScenarioSchema.safeParse(data);
    if (checker.length === 0) {
      expect(build.success).toBe(true);
      return;
    }
    expect(build.success).toBe(false);
    const buildPaths = build.error!.issues.map((i) => formatPath(i.path as (string | number)[]));
    // The checker points an unknown field at its key; zod at the object holding it.
    expect(new Set(buildPaths)).toEqual(new Set(checker.map((p) => p.replace(/\.fedback$/, ''))));
  });

  it('accepts the valid fixtures', () => {
    for (const file of ['valid-minimal.yaml', 'valid-loop.yaml']) {
      expect(checkedScenarioSchema.safeParse(parse(readFileSync(fixturePath(file), 'utf8'))).success).toBe(true);
    }
  });
});
