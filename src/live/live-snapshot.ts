/**
 * What every screen of a live session is sent over server-sent events (server/live/live-state.ts
 * makes it): public, the same for the projector and all phones. Types only, so the islands can use
 * them without importing the server.
 */
import type { PathStep } from '../engine/index.ts';

/** voting: the decision is open; revealed: tally shown, the trainer picks what to follow;
 * finished: an ending is reached (room debrief); closed: the trainer ended the session. */
export type LivePhase = 'voting' | 'revealed' | 'finished' | 'closed';

/** Count per choice id (every offered choice listed, zeros too). */
export type Tally = Record<string, number>;

/** Which round decided which step of the path (and, once followed, what and whether it was the majority). */
export interface RoundRecord {
  round: number;
  /** Index of the decision in the path (0 = the first decision). */
  step: number;
  nodeId: string;
  /** The choice ids the decision offered in this round. */
  choices: string[];
  /** The choice the room followed from this round, once it did. */
  followed?: string;
  /** The choices with the most votes when it was followed (ties: several). */
  majority?: string[];
  /** The decision takes written replies up to this many characters (its `write:` block). */
  writeMaxLength?: number;
  /** The written reply the trainer posted from this round (then `followed` is `reply:<id>`). */
  posted?: LiveReply;
}

/** A participant's written reply as the room sees it: anonymous, with the analyser's feature ids. */
export interface LiveReply {
  id: string;
  text: string;
  features: string[];
}

/** The optional countdown of the open decision, set by the trainer. */
export interface Countdown {
  /** When it runs out (server time, ISO). */
  endsAt: string;
  seconds: number;
  /** Voting closes (the votes are revealed) when it runs out; otherwise it is only shown. */
  autoClose: boolean;
}

export interface LiveSnapshot {
  /** The SSE event id: `<revision>.<votes counted in this round>`. */
  eventId: string;
  code: string;
  scenarioId: string;
  scenarioVersion: number;
  locale: 'de' | 'en';
  /** The choice ids the room has followed (and posted written replies): replayed with the engine, it gives the thread. */
  path: PathStep[];
  round: number;
  phase: LivePhase;
  /** The choice ids the current decision offers. */
  choices: string[];
  participants: number;
  /** How many have voted in this round (shown while the tally is hidden). */
  voted: number;
  /** The tally, only once revealed: before that, nobody (not even the projector) sees the split. */
  tally: Tally | null;
  /** How many written replies were sent in this round (0 at a decision without `write:`). */
  written: number;
  /** The written replies of this round, only once revealed (like the tally), oldest first. */
  replies: LiveReply[] | null;
  qrHidden: boolean;
  /** The open decision's countdown, or null (the default: no countdown). */
  countdown: Countdown | null;
  /** The server's clock when this snapshot was made (ms): screens show the countdown in its time. */
  serverNow: number;
  /** The session belongs to a class: its learners can join under their class pseudonym. */
  forClass: boolean;
  /** Each step of the room's path with the tally of the round that decided it: the room debrief. */
  history: (RoundRecord & { tally: Tally })[];
}
