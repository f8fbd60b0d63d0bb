/**
 * The one sentence the class grid announces when it changes (ClassGrid.astro): how many joined,
 * how many are playing, how many assignments are done. A screen reader hears this summary, not
 * every cell that changed.
 */
import type { ClassDashboard } from '../../server/services/dashboard.ts';

/** Counts for the grid's summary (the keys are the placeholders of `trainer.grid.summary`). */
export interface GridSummary {
  learners: number;
  playing: number;
  done: number;
  cells: number;
}

/** Learners, learners playing now, finished cells and all cells of the grid. */
export function gridSummary(view: Pick<ClassDashboard, 'assignments' | 'learners'>): GridSummary {
  let done = 0;
  let playing = 0;
  for (const l of view.learners) {
    done += l.assignments.filter((s) => s.done).length;
    if (l.assignments.some((s) => s.playing !== null)) playing += 1;
  }
  return { learners: view.learners.length, playing, done, cells: view.learners.length * view.assignments.length };
}
