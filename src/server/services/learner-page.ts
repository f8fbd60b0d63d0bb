/**
 * What one learner's page (LearnerPage.astro) renders: their runs, newest first, each with the
 * scenario's title, the ending and the choices along the stored path (replayed with the engine).
 */
import type { FeatureId } from '../../analysis/types.ts';
import { isWrittenStep, replay, type Choice, type Locale, type PathStep, type Scenario } from '../../engine/index.ts';
import type { CandystormApp } from '../app.ts';
import { listLearners } from '../repos/learners.ts';
import { listRunsOfLearner, type RunRow } from '../repos/runs.ts';
import { fail, type Result } from '../result.ts';
import { findOwnClass } from './classes.ts';

export interface LearnerRunView {
  run: Pick<RunRow, 'finished_at' | 'ending_id' | 'outcome' | 'overall'>;
  /** The scenario's title, or its id when the site no longer has it. */
  title: string;
  /** The ending's title, when the scenario still has it. */
  ending: string | undefined;
  scores: Record<string, number>;
  /** Undefined when this version of the scenario cannot replay the stored path. */
  choices: (Choice | WrittenView)[] | undefined;
}

/** A written reply on the learner page: its text only when the assignment collected it. */
export interface WrittenView {
  written: true;
  /** The outcome the reply took. */
  outcomeId: string;
  text?: string;
  /** The features the outcome was computed from (the server's own, where it analysed the text). */
  features: FeatureId[];
  /** The browser's features, where the server's analysis of the text found others. */
  sentFeatures?: FeatureId[];
  /** Features the learner marked as wrong ("this is wrong"). */
  disputed?: FeatureId[];
}

export interface LearnerPageView {
  class: { id: string; name: string };
  learner: { id: string; pseudonym: string };
  runs: LearnerRunView[];
}

function choicesOf(scenario: Scenario, path: PathStep[]): (Choice | WrittenView)[] | undefined {
  const replayed = replay(scenario, path);
  if (!replayed.ok) return undefined;
  return replayed.run.steps
    .map((step, i): Choice | WrittenView | undefined => {
      const sent = path[i];
      if (sent !== undefined && isWrittenStep(sent)) {
        const { text, disputed } = sent.write;
        const sentFeatures = (sent.write as { sentFeatures?: FeatureId[] }).sentFeatures;
        return { written: true, outcomeId: step.choiceId, features: sent.write.features, ...(text !== undefined ? { text } : {}), ...(disputed ? { disputed } : {}), ...(sentFeatures ? { sentFeatures } : {}) };
      }
      const node = scenario.nodes[step.nodeId];
      return node?.type === 'decision' ? node.choices.find((c) => c.id === step.choiceId) : undefined;
    })
    .filter((c): c is Choice | WrittenView => c !== undefined);
}

/** The learner `learnerId` of the trainer's class `classId`, as their page shows them in `locale`. */
export async function learnerPage(
  app: CandystormApp,
  trainerId: string,
  classId: string,
  learnerId: string,
  locale: Locale,
): Promise<Result<{ view: LearnerPageView }, 'class-not-found' | 'learner-not-found'>> {
  const found = await findOwnClass(app.db, trainerId, classId);
  if (!found.ok) return fail(found.code);
  const { cls } = found;
  const learner = (await listLearners(app.db, cls.id)).find((l) => l.id === learnerId);
  if (!learner) return fail('learner-not-found');
  const rows = (await listRunsOfLearner(app.db, learner.id)).reverse();
  const runs = await Promise.all(
    rows.map(async (run) => {
      const scenario = (await app.scenarios.get(run.scenario_id))?.scenario;
      const ending = scenario?.nodes[run.ending_id];
      return {
        run,
        title: scenario ? scenario.title[locale] : run.scenario_id,
        ending: ending?.type === 'ending' ? ending.title[locale] : undefined,
        scores: JSON.parse(run.scores) as Record<string, number>,
        choices: scenario ? choicesOf(scenario, JSON.parse(run.path) as PathStep[]) : undefined,
      };
    }),
  );
  return { ok: true, view: { class: { id: cls.id, name: cls.name }, learner: { id: learner.id, pseudonym: learner.pseudonym }, runs } };
}
