/**
 * How big the storm looks beyond the comments written into the scenario: "+37 more comments" and a
 * reaction count on the account's post, growing with the Shitstorm-scale level. A level-6 storm
 * ("all media report") is thousands of comments, not the dozen a scenario can write out.
 *
 * Computed from the run's states (the state before each step, and now), so it is the same on every
 * device and after a reload, and it only ever climbs: comments already written do not disappear
 * when the storm calms down. A candystorm brings many comments too, hence the mood's size, not sign.
 */
import type { Run } from '../../engine/index.ts';

/** New comments per move at each Shitstorm-scale level 0..6, before the mood's weight. */
const COMMENTS_PER_MOVE = [0, 2, 6, 18, 60, 220, 800] as const;
/** Reactions the account's post had before the thread began. */
const REACTIONS_AT_START = 24;

export interface CommentVolume {
  /** Comments beyond those in the thread. */
  more: number;
  /** Reactions on the account's post. */
  reactions: number;
}

/** The volume after `run`'s moves. */
export function commentVolume(run: Pick<Run, 'steps' | 'state'>): CommentVolume {
  const states = [...run.steps.map((s) => s.before), run.state].slice(1);
  let more = 0;
  let reactions = REACTIONS_AT_START;
  for (const state of states) {
    const level = Math.max(0, Math.min(6, Math.round(state.storm)));
    const weight = 1 + Math.min(100, Math.abs(state.audience)) / 100;
    const comments = Math.round(COMMENTS_PER_MOVE[level]! * weight);
    more += comments;
    reactions += comments * 3 + 5;
  }
  return { more, reactions };
}
