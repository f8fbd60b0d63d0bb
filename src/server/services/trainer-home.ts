/** What the trainer home page (TrainerHome.astro) renders: who is signed in and their classes. */
import type { CandystormApp } from '../app.ts';
import { sessionTrainer } from '../auth/sessions.ts';
import { listClasses } from '../repos/classes.ts';
import type { Trainer } from '../repos/trainers.ts';

export interface ClassSummary {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  learners: number;
}

export interface TrainerHomeView {
  /** Undefined when nobody (or an expired session) is signed in. */
  trainer: Trainer | undefined;
  classes: ClassSummary[];
}

/** The signed-in trainer of this session token (if any) and their classes, newest first. */
export async function trainerHome(app: CandystormApp, sessionToken: string | undefined): Promise<TrainerHomeView> {
  const trainer = await sessionTrainer(app.db, sessionToken);
  if (!trainer) return { trainer: undefined, classes: [] };
  const classes = await listClasses(app.db, trainer.id);
  return {
    trainer,
    // learner_count: PostgreSQL counts as a string.
    classes: classes.map((c) => ({ id: c.id, name: c.name, joinCode: c.join_code, archived: c.archived_at !== null, learners: Number(c.learner_count) })),
  };
}
