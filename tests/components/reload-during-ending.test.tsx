// @vitest-environment jsdom
/**
 * A run is finished the moment its last move is made, not when the ending's comments have been
 * shown: a reload (or leaving the page) while they still arrive must neither lose the run nor count
 * it twice. The "reload" unmounts the island and mounts a new one over the same localStorage, the
 * way a new page would find it. `fetch` stands in for the network and records what was sent.
 */
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, choose, renderSimulator, setReducedMotion } from './setup.ts';
import { TYPING_MS } from '../../src/islands/Simulator/use-reveal.ts';
import { membershipStore, type Membership } from '../../src/learner/membership-store.ts';
import { outbox } from '../../src/learner/core.ts';
import { progressKey } from '../../src/stores/simulator-store.ts';
import { scenario } from './setup.ts';

const MEMBER: Membership = {
  token: 'tok_abcdefghijklmnopqrstuvwxyz0123456789',
  pseudonym: 'Fuchs',
  className: '7b',
  assignments: [{ module: scenario.module, mode: 'practice', dueDate: null }],
  refreshedAt: '2026-01-01T00:00:00.000Z',
};
/** Ends in "candy", whose closing comment arrives after a typing indicator. */
const PATH = ['listen', 'hide-troll'];

let posted: Record<string, unknown>[];

const fakeFetch = vi.fn(async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
  if (String(url).endsWith('/api/runs') && typeof init?.body === 'string') posted.push(JSON.parse(init.body) as Record<string, unknown>);
  return { ok: true, status: 201, json: async () => ({}) } as Response;
});

function storedFinished(): { path: string[] }[] {
  const raw = localStorage.getItem(progressKey(scenario.id));
  return raw === null ? [] : (JSON.parse(raw) as { state: { finished: { path: string[] }[] } }).state.finished;
}

/** Lets the flushes started by the page and by the outbox's triggers finish. */
async function settle(): Promise<void> {
  await act(async () => {
    await outbox.flush();
  });
}

beforeEach(() => {
  posted = [];
  vi.stubGlobal('fetch', fakeFetch);
  membershipStore.setState({ membership: structuredClone(MEMBER), notice: undefined });
  outbox.clear();
});

afterEach(async () => {
  await outbox.flush();
  outbox.stop();
  vi.unstubAllGlobals();
});

describe('a reload while the ending’s comments arrive', () => {
  it('keeps the run finished, in the finished runs, and sends it exactly once', async () => {
    vi.useFakeTimers();
    setReducedMotion(false);
    const first = await renderSimulator();
    choose(first.root, PATH[0]!);
    advance(TYPING_MS * 5);
    choose(first.root, PATH[1]!);
    // The ending's comment is still being typed: the debrief is not there yet.
    expect(first.root.querySelector('.sim-typing, [data-testid="typing"]')).not.toBeNull();

    first.unmount(); // the learner reloads now
    await outbox.store.persist.rehydrate();
    const second = await renderSimulator();
    await settle();

    expect(storedFinished().map((f) => f.path)).toEqual([PATH]);
    expect(posted.map((p) => p['path'])).toEqual([PATH]);

    // The reloaded page shows the ending; nothing is counted or sent again.
    advance(TYPING_MS * 5);
    await settle();
    expect(storedFinished()).toHaveLength(1);
    expect(posted).toHaveLength(1);
    expect(outbox.store.getState().items).toEqual([]);
    second.unmount();
  });
});
