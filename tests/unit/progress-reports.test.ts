// @vitest-environment jsdom
/**
 * The device's side of "playing decision n of m" (src/learner/progress-reports.ts): after each move
 * in an assigned scenario one POST /api/progress with the learner's token, the decision now open and
 * the estimated count; nothing for the move that ends the run (the run itself follows), nothing when
 * the scenario is not assigned or the device is in no class. `fetch` is the learner API stand-in.
 */
import { describe, expect, it } from 'vitest';
import { membershipStore, type Membership } from '../../src/learner/membership-store.ts';
import { watchProgress } from '../../src/learner/progress-reports.ts';
import { createSimulatorStore } from '../../src/stores/simulator-store.ts';
import { freshLearnerCoreAround } from './fresh-learner-core.ts';
import { learnerApiStandIn } from './learner-api-stand-in.ts';
import { loadScenario } from './load-fixture.ts';

const { scenario, analysis } = loadScenario('valid-minimal.yaml');
const extremes = analysis.extremes!;
const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123456789';
const member = (assignments: Membership['assignments']): Membership => ({ token: TOKEN, pseudonym: 'Fuchs', className: '7b', assignments, refreshedAt: '2026-01-01T00:00:00.000Z' });

const api = learnerApiStandIn();
freshLearnerCoreAround(api);

const progressRequests = () => api.requests().filter((r) => r.url === '/api/progress');

function playing() {
  api.reply('POST /api/progress', { status: 204 });
  const store = createSimulatorStore(scenario, { extremes, newSeed: () => 7 });
  const stop = watchProgress(store, scenario);
  return { store, stop };
}

describe('progress reports', () => {
  it('reports the decision reached after a move, with the learner’s token, and not the move that ends the run', () => {
    membershipStore.setState({ membership: member([{ scenarioId: scenario.id, module: scenario.module, mode: 'practice', dueDate: null }]) });
    const { store, stop } = playing();
    // complaint → troll: the second of two decisions (troll leads straight to the endings).
    store.getState().choose('listen', 0);
    expect(progressRequests()).toEqual([{ method: 'POST', url: '/api/progress', authorization: `Bearer ${TOKEN}`, body: { scenarioId: scenario.id, decision: 2, decisions: 2 } }]);
    store.getState().choose('hide-troll', 0);
    expect(store.getState().run.ended).toBe(true);
    expect(progressRequests()).toHaveLength(1);
    stop();
    store.getState().restart();
    store.getState().choose('defend', 0);
    expect(progressRequests()).toHaveLength(1);
  });

  it('sends nothing for a scenario the class has not assigned, or without a class', () => {
    membershipStore.setState({ membership: member([{ scenarioId: 'something-else', module: 9, mode: 'practice', dueDate: null }]) });
    const first = playing();
    first.store.getState().choose('listen', 0);
    first.stop();
    membershipStore.setState({ membership: undefined });
    const second = playing();
    second.store.getState().choose('listen', 0);
    second.stop();
    expect(progressRequests()).toEqual([]);
  });
});
