/**
 * Every test of the learner core starts on an empty device with the learner API stand-in as `fetch`,
 * and leaves nothing queued or stored behind. Call once at the top of a test file.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { outbox } from '../../src/learner/core.ts';
import { membershipStore } from '../../src/learner/membership-store.ts';
import type { learnerApiStandIn } from './learner-api-stand-in.ts';

export function freshLearnerCoreAround(api: ReturnType<typeof learnerApiStandIn>): void {
  beforeEach(() => {
    api.reset();
    vi.stubGlobal('fetch', api.fetch);
    localStorage.clear();
    membershipStore.setState({ membership: undefined, notice: undefined });
    outbox.clear();
    localStorage.clear();
  });

  afterEach(async () => {
    await outbox.flush();
    outbox.stop();
    vi.unstubAllGlobals();
    localStorage.clear();
  });
}
