/**
 * The best path as a run, for the debrief. `bestPath` lists choice ids and, at write decisions,
 * outcome ids; `replay` refuses an outcome id (a browser must never pick its outcome), so here each
 * outcome is taken with a set of features that leads to it in that state.
 */
import { FEATURE_IDS, type FeatureId } from '../../analysis/types.ts';
import { choose, chooseWritten, startRun, writeOutcomeFor, type Run, type Scenario, type WriteBlock, type State } from '../../engine/index.ts';

/** Some feature set that takes `outcomeId` in this state (the features the outcomes test, tried in subsets). */
function featuresFor(write: WriteBlock, state: State, outcomeId: string): FeatureId[] | undefined {
  const tested = FEATURE_IDS.filter((id) => JSON.stringify(write.outcomes.map((o) => o.if ?? null)).includes(`"${id}"`));
  for (let mask = 0; mask < 1 << tested.length; mask++) {
    const features = tested.filter((_, i) => mask & (1 << i));
    if (writeOutcomeFor(write, state, features)?.id === outcomeId) return features;
  }
  return undefined;
}

/** The run along `ids` (choice and outcome ids), as far as it goes. */
export function runAlong(scenario: Scenario, ids: readonly string[]): Run {
  let run = startRun(scenario);
  for (const id of ids) {
    const node = scenario.nodes[run.nodeId];
    const write = node?.type === 'decision' ? node.write : undefined;
    const isOutcome = write?.outcomes.some((o) => o.id === id) && !(node?.type === 'decision' && node.choices.some((c) => c.id === id));
    const features = isOutcome && write ? featuresFor(write, run.state, id) : undefined;
    const result = features ? chooseWritten(scenario, run, { features, analyser: 'best-path', length: 0 }) : choose(scenario, run, id);
    if (!result.ok) break;
    run = result.run;
  }
  return run;
}
