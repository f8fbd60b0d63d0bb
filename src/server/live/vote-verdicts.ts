/**
 * Which votes of one group commit count (pure, shared by both ways of writing them:
 * vote-committer.ts through Kysely, sqlite-vote-worker.ts on its own SQLite connection). Judged
 * against the session's row as committed, not the memory of this process: another instance may
 * have revealed a moment ago.
 */

/** One vote waiting for the group commit. */
export interface VoteToCommit {
  sessionId: string;
  participantId: string;
  round: number;
  choiceId: string;
}

/** What became of a vote: stored, or why not. */
export type VoteVerdict = 'ok' | 'live-session-closed' | 'live-decision-closed' | 'live-choice-unknown';

/** The part of a session's row that decides whether a vote counts (undefined: no such session). */
export interface VotingState {
  phase: string;
  round: number;
  openChoices: readonly string[];
}

/**
 * The verdict of each vote of one session (in `votes` order) and the votes to store: the last one of
 * each participant in the batch (a changed mind wins), so one upsert never names a row twice.
 */
export function judgeVotes(state: VotingState | undefined, votes: readonly VoteToCommit[]): { verdicts: VoteVerdict[]; store: VoteToCommit[] } {
  const verdicts: VoteVerdict[] = [];
  const last = new Map<string, VoteToCommit>();
  for (const v of votes) {
    if (!state || state.phase === 'closed') verdicts.push('live-session-closed');
    else if (state.phase !== 'voting' || v.round !== state.round) verdicts.push('live-decision-closed');
    else if (!state.openChoices.includes(v.choiceId)) verdicts.push('live-choice-unknown');
    else {
      last.delete(v.participantId);
      last.set(v.participantId, v);
      verdicts.push('ok');
    }
  }
  return { verdicts, store: [...last.values()] };
}

/** The votes grouped by session, each with its index in `votes` (verdicts go back in that order). */
export function bySession(votes: readonly VoteToCommit[]): Map<string, { votes: VoteToCommit[]; at: number[] }> {
  const groups = new Map<string, { votes: VoteToCommit[]; at: number[] }>();
  votes.forEach((v, i) => {
    let group = groups.get(v.sessionId);
    if (!group) groups.set(v.sessionId, (group = { votes: [], at: [] }));
    group.votes.push(v);
    group.at.push(i);
  });
  return groups;
}
