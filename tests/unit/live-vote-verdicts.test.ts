import { describe, expect, it } from 'vitest';
import { bySession, judgeVotes, type VoteToCommit } from '../../src/server/live/vote-verdicts.ts';

const v = (participantId: string, choiceId: string, round = 2, sessionId = 's1'): VoteToCommit => ({ sessionId, participantId, round, choiceId });
const voting = { phase: 'voting', round: 2, openChoices: ['a', 'b'] };

describe('judgeVotes (which votes of a group commit count)', () => {
  it('counts votes for an open choice of the open round, the last of each participant stored', () => {
    const judged = judgeVotes(voting, [v('p1', 'a'), v('p2', 'b'), v('p1', 'b')]);
    expect(judged.verdicts).toEqual(['ok', 'ok', 'ok']);
    expect(judged.store).toEqual([v('p2', 'b'), v('p1', 'b')]);
  });

  it('refuses a closed or missing session, another round or phase, and a choice not on offer', () => {
    expect(judgeVotes(undefined, [v('p1', 'a')]).verdicts).toEqual(['live-session-closed']);
    expect(judgeVotes({ ...voting, phase: 'closed' }, [v('p1', 'a')]).verdicts).toEqual(['live-session-closed']);
    expect(judgeVotes({ ...voting, phase: 'revealed' }, [v('p1', 'a')]).verdicts).toEqual(['live-decision-closed']);
    const mixed = judgeVotes(voting, [v('p1', 'a', 1), v('p2', 'zz'), v('p3', 'a')]);
    expect(mixed.verdicts).toEqual(['live-decision-closed', 'live-choice-unknown', 'ok']);
    expect(mixed.store).toEqual([v('p3', 'a')]);
  });
});

describe('bySession', () => {
  it('groups votes by session and keeps each one’s place in the batch', () => {
    const groups = bySession([v('p1', 'a', 2, 's1'), v('p2', 'a', 2, 's2'), v('p3', 'b', 2, 's1')]);
    expect([...groups.keys()]).toEqual(['s1', 's2']);
    expect(groups.get('s1')!.at).toEqual([0, 2]);
    expect(groups.get('s2')!.votes.map((x) => x.participantId)).toEqual(['p2']);
  });
});
