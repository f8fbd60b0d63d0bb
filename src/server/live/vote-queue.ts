/**
 * The group commit of votes: one commit at a time; votes arriving while it runs go together in
 * the next one, so a room voting at once costs a few commits, not one fsync per vote. A vote is
 * answered only after its commit returned (an acknowledged vote survives a restart), and after
 * `stored` has brought the service's memory up to date with the whole batch.
 */
import type { VoteCommitter } from './vote-committer.ts';
import type { VoteToCommit, VoteVerdict } from './vote-verdicts.ts';

interface Waiting {
  vote: VoteToCommit;
  done: (verdict: VoteVerdict) => void;
  failed: (error: unknown) => void;
}

export class VoteQueue {
  readonly #committer: VoteCommitter;
  readonly #stored: (votes: readonly VoteToCommit[], verdicts: readonly VoteVerdict[]) => Promise<void>;
  readonly #now: () => string;
  #queue: Waiting[] = [];
  #flushing: Promise<void> | undefined;

  /** `stored` is called after each commit with its votes and their verdicts; `now` stamps each commit. */
  constructor(committer: VoteCommitter, stored: (votes: readonly VoteToCommit[], verdicts: readonly VoteVerdict[]) => Promise<void>, now: () => string) {
    this.#committer = committer;
    this.#stored = stored;
    this.#now = now;
  }

  /** The vote's verdict once its group is committed (rejects if the commit failed: nothing acknowledged). */
  add(vote: VoteToCommit): Promise<VoteVerdict> {
    return new Promise<VoteVerdict>((done, failed) => {
      this.#queue.push({ vote, done, failed });
      this.#flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        while (this.#queue.length) {
          const batch = this.#queue;
          this.#queue = [];
          await this.#flush(batch);
        }
        this.#flushing = undefined;
      });
    });
  }

  /** Waits until every vote added so far is committed and answered. */
  async drained(): Promise<void> {
    await this.#flushing;
  }

  async #flush(batch: Waiting[]): Promise<void> {
    const votes = batch.map((w) => w.vote);
    let verdicts: VoteVerdict[];
    try {
      verdicts = await this.#committer.commit(votes, this.#now());
      await this.#stored(votes, verdicts);
    } catch (error) {
      for (const w of batch) w.failed(error);
      return;
    }
    batch.forEach((w, i) => w.done(verdicts[i]!));
  }
}
