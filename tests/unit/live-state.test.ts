/** The pure parts of a live session's state: tallies, the majority, and which rounds make the room's path. */
import { describe, expect, it } from 'vitest';
import { historyOf, majorityOf, snapshotOf, tallyOf, type LiveSession } from '../../src/server/live/live-state.ts';

const session = (over: Partial<LiveSession>): LiveSession => ({
  id: 's',
  code: 'ACDE-FGHJ',
  trainerId: 't',
  classId: null,
  scenarioId: 'x',
  scenarioVersion: 1,
  locale: 'de',
  path: [],
  round: 1,
  phase: 'voting',
  openChoices: ['a', 'b', 'c'],
  rounds: [{ round: 1, step: 0, nodeId: 'n0', choices: ['a', 'b', 'c'] }],
  qrHidden: false,
  revision: 1,
  createdAt: '',
  expiresAt: '',
  endedAt: null,
  countdown: null,
  ...over,
});

describe('tallies and majorities', () => {
  it.each([
    { votes: [], majority: [] },
    { votes: ['a', 'b', 'a'], majority: ['a'] },
    { votes: ['a', 'b'], majority: ['a', 'b'] },
    { votes: ['c'], majority: ['c'] },
  ])('votes $votes have the majority $majority', ({ votes, majority }) => {
    const tally = tallyOf(new Map(votes.map((v, i) => [`p${i}`, v])), ['a', 'b', 'c']);
    expect(Object.values(tally).reduce((x, y) => x + y, 0)).toBe(votes.length);
    expect(majorityOf(tally)).toEqual(majority);
  });

  it('lists every offered choice, also those nobody chose', () => {
    expect(tallyOf(undefined, ['a', 'b'])).toEqual({ a: 0, b: 0 });
  });
});

describe('the snapshot every screen gets', () => {
  it('hides the split while voting and shows it once revealed', () => {
    const votes = new Map([[1, new Map([['p1', 'a'], ['p2', 'b'], ['p3', 'a']])]]);
    const voting = snapshotOf(session({}), votes, 4);
    expect([voting.tally, voting.voted, voting.participants, voting.eventId]).toEqual([null, 3, 4, '1.3']);
    expect(snapshotOf(session({ phase: 'revealed' }), votes, 4).tally).toEqual({ a: 2, b: 1, c: 0 });
  });

  it('counts written replies while voting and lists them, oldest first and without names, once revealed', () => {
    const replies = new Map([[1, new Map([['p2', { id: 'r2', text: 'Später', features: ['question'], at: '2026-01-01T00:00:02Z' }], ['p1', { id: 'r1', text: 'Früher', features: [], at: '2026-01-01T00:00:01Z' }]])]]);
    const voting = snapshotOf(session({}), new Map(), 4, replies);
    expect([voting.written, voting.replies, voting.eventId]).toEqual([2, null, '1.0.2']);
    const revealed = snapshotOf(session({ phase: 'revealed' }), new Map(), 4, replies);
    expect(revealed.replies).toEqual([{ id: 'r1', text: 'Früher', features: [] }, { id: 'r2', text: 'Später', features: ['question'] }]);
  });

  it('names no participant', () => {
    const votes = new Map([[1, new Map([['participant-id-1', 'a']])]]);
    expect(JSON.stringify(snapshotOf(session({ phase: 'revealed' }), votes, 1))).not.toContain('participant-id-1');
  });
});

describe('the room path', () => {
  it('takes, for each step, the last round that decided it as the path has it (after going back)', () => {
    const rounds = [
      { round: 1, step: 0, nodeId: 'n0', choices: ['a', 'b'], followed: 'a', majority: ['a'] },
      { round: 2, step: 1, nodeId: 'n1', choices: ['c', 'd'], followed: 'c', majority: ['c'] },
      // Back twice, then the minority's answer at the first decision.
      { round: 3, step: 0, nodeId: 'n0', choices: ['a', 'b'], followed: 'b', majority: ['a'] },
      { round: 4, step: 1, nodeId: 'n2', choices: ['e', 'f'] },
    ];
    expect(historyOf({ path: ['b'], rounds }).map((r) => r.round)).toEqual([3]);
    expect(historyOf({ path: ['a', 'c'], rounds }).map((r) => r.round)).toEqual([1, 2]);
  });
});
