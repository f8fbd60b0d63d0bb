/**
 * Checking a trainer's scenario text before anything else touches it. The same checker as
 * `npm run check:content` and the preview (content-check/check-scenario-file.ts), behind two guards
 * that keep hostile text cheap: a size limit, and a nesting limit measured on the raw text before the
 * YAML parser (which recurses, and needed 1.5 s to give up on 16,000 nested brackets). Alias bombs are
 * stopped by the yaml package's alias limit inside the checker (`toJS`, maxAliasCount 100) and come
 * back as a syntax error; graphs beyond the explorer's state limit as the checker's `too-complex`.
 */
import { checkScenarioText } from '../../content-check/check-scenario-file.ts';
import type { FileProblem } from '../../content-check/file-problem.ts';
import type { PathExtremes, Scenario } from '../../engine/index.ts';
import { fail, type Result } from '../result.ts';

/** The most a scenario's YAML may weigh (twice the largest published one, 66 KB). */
export const OWN_SCENARIO_MAX_BYTES = 128 * 1024;
/** The deepest nesting accepted; the format itself needs about ten levels. */
export const OWN_SCENARIO_MAX_DEPTH = 32;

/** A scenario the simulator can play, with the best and worst totals its scores need. */
export interface PlayableScenario {
  scenario: Scenario;
  extremes: Pick<PathExtremes, 'best' | 'worst'>;
}

export type OwnCheckCode = 'scenario-too-large' | 'scenario-too-deep';

/** The checker's problems (errors first, each with its line) and, without errors, the playable scenario. */
export type OwnCheck = Result<{ problems: FileProblem[]; playable?: PlayableScenario }, OwnCheckCode>;

/** Checks a scenario text; `file` only names it in messages. */
export function checkOwnScenario(text: string, file = 'scenario.yaml'): OwnCheck {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > OWN_SCENARIO_MAX_BYTES) return fail('scenario-too-large', { limit: OWN_SCENARIO_MAX_BYTES });
  if (nestingOf(text) > OWN_SCENARIO_MAX_DEPTH) return fail('scenario-too-deep', { limit: OWN_SCENARIO_MAX_DEPTH });
  const check = checkScenarioText(text, file);
  // The id names the scenario, not a file: the file-name rule of the repository does not apply.
  const problems = check.problems
    .filter((p) => p.code !== 'id-mismatch' && p.code !== 'file-name')
    .sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
  const extremes = check.analysis?.extremes;
  if (problems.some((p) => p.severity === 'error') || !check.scenario || !extremes) return { ok: true, problems };
  return { ok: true, problems, playable: { scenario: check.scenario, extremes: { best: extremes.best, worst: extremes.worst } } };
}

const rank = (p: FileProblem) => (p.severity === 'error' ? 0 : 1);

/**
 * How deep the text nests, measured without parsing: indentation (two columns a level), compact
 * list items on one line (`- - - x`) and open flow brackets. Brackets inside quoted text count too;
 * that only matters past the limit, which no scenario comes near.
 */
export function nestingOf(text: string): number {
  let deepest = 0;
  let flow = 0;
  for (const line of text.split('\n')) {
    const lead = /^[ \t]*((?:-[ \t]+)*)/.exec(line)!;
    const indent = lead[0].length - lead[1]!.length;
    const dashes = (lead[1]!.match(/-/g) ?? []).length;
    deepest = Math.max(deepest, Math.ceil(indent / 2) + dashes);
    for (const ch of line) {
      if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++flow);
      else if ((ch === ']' || ch === '}') && flow > 0) flow--;
    }
  }
  return deepest;
}
