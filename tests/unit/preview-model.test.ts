/** What `npm run preview` shows for a file: the checker's problems at their lines, the simulator only without errors. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioFile } from '../../src/content-check/check-scenario-file.ts';
import { previewModel } from '../../src/preview/preview-model.ts';

const fixtures = resolve(import.meta.dirname, '..', 'fixtures', 'scenarios');

describe('previewModel', () => {
  it('makes a valid file playable, with the best and worst totals the checker computed', () => {
    const file = resolve(fixtures, 'valid-minimal.yaml');
    const model = previewModel(file);
    expect(model.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(model.playable?.scenario.id).toBe('valid-minimal');
    expect(model.playable?.extremes.best).toEqual(checkScenarioFile(file).analysis?.extremes?.best);
  });

  it.each(['missing-target.yaml', 'yaml-syntax.yaml', 'unknown-field.yaml'])('shows %s as problems with lines and fixes, not as a simulator', (name) => {
    const model = previewModel(resolve(fixtures, 'broken', name));
    expect(model.playable).toBeUndefined();
    const errors = model.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const p of errors) {
      expect(p.line).toBeGreaterThan(0);
      expect(p.fix.length).toBeGreaterThan(0);
    }
  });

  it('says that a missing file does not exist', () => {
    const model = previewModel(resolve(fixtures, 'gibt-es-nicht.yaml'));
    expect(model.playable).toBeUndefined();
    expect(model.problems[0]?.message).toContain('does not exist');
  });
});
