/**
 * The site's write decisions, read with the real reply analyser: every model reply fits its block
 * (within maxLength, has what the moment wants, nothing it must avoid) and takes the block's best
 * outcome in every state its node is reached with, in both languages. So the model a learner
 * compares with is never judged worse than their own reply could be.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyseReply, featureIdsOf } from '../../src/analysis/index.ts';
import { checkScenario, choiceValue, LOCALES, writeOutcomeFor, type Scenario } from '../../src/engine/index.ts';
import { explore } from '../../src/engine/explore.ts';

const DIR = fileURLToPath(new URL('../../content/scenarios/', import.meta.url));
const scenarios: Scenario[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => checkScenario(parse(readFileSync(DIR + f, 'utf8'))).scenario)
  .filter((s): s is Scenario => s !== undefined);

const writeNodes = scenarios.flatMap((scenario) =>
  Object.entries(scenario.nodes).flatMap(([nodeId, node]) => (node.type === 'decision' && node.write ? [{ scenario, nodeId, write: node.write }] : [])),
);

describe('write decisions in content/scenarios', () => {
  it('exist (at least the living example in paket-verspaetet)', () => {
    expect(writeNodes.map((w) => `${w.scenario.id}/${w.nodeId}`)).toContain('paket-verspaetet/start');
  });

  it.each(writeNodes.flatMap((w) => LOCALES.map((lang) => ({ ...w, lang, name: `${w.scenario.id}/${w.nodeId} (${lang})` }))))(
    'the model reply of $name fits its block and takes its best outcome wherever the node is reached',
    ({ scenario, nodeId, write, lang }) => {
      const model = write.model[lang];
      expect(model.length).toBeLessThanOrEqual(write.maxLength);
      const features = featureIdsOf(analyseReply(model, lang));
      for (const wanted of write.wants) expect(features, `model lacks ${wanted}`).toContain(wanted);
      for (const avoided of write.avoid) expect(features, `model has ${avoided}`).not.toContain(avoided);
      const best = Math.max(...write.outcomes.map(choiceValue));
      const arrivals = [...explore(scenario).vertices.values()].filter((v) => v.nodeId === nodeId);
      expect(arrivals.length).toBeGreaterThan(0);
      for (const { state } of arrivals) {
        const taken = writeOutcomeFor(write, state, features);
        expect(taken && choiceValue(taken), `in ${JSON.stringify(state)}`).toBe(best);
      }
    },
  );
});
