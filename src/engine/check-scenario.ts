/**
 * Reads one scenario: shape (zod) plus graph analysis, turned into problems an author can act on.
 * check:content, the Astro content collection and the server all use this, so they agree.
 */
import { analyseScenario, type Analysis } from './analyse-graph.ts';
import { checkPlatformMoves } from './check-platform-moves.ts';
import { describeZodIssue, zodIssuePath } from './describe-zod-issue.ts';
import type { Problem } from './problems.ts';
import { scenarioDataSchema, type Scenario } from './scenario-schema.ts';

export { describeZodIssue, zodIssuePath };

export type ScenarioCheck =
  | { ok: true; scenario: Scenario; analysis: Analysis; problems: Problem[] }
  | { ok: false; problems: Problem[]; scenario?: Scenario; analysis?: Analysis };

/**
 * Parses and analyses raw scenario data (e.g. from YAML). `fileId` is the file name without
 * `.yaml`; when given, the scenario's `id` must equal it.
 */
export function checkScenario(data: unknown, fileId?: string): ScenarioCheck {
  // reportInput: zod 4 leaves the offending value out of issues unless asked; authors need to see it.
  const parsed = scenarioDataSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue): Problem => ({
        code: 'schema',
        severity: 'error',
        path: zodIssuePath(issue),
        ...describeZodIssue(issue),
      }),
    );
    return { ok: false, problems };
  }
  const scenario = parsed.data;
  const analysis = analyseScenario(scenario);
  const problems = [...analysis.problems, ...checkPlatformMoves(scenario)];
  if (fileId !== undefined && scenario.id !== fileId) {
    problems.unshift({ code: 'id-mismatch', severity: 'error', path: ['id'], message: `The id "${scenario.id}" differs from the file name "${fileId}.yaml".`, fix: `Rename the file to "${scenario.id}.yaml" or set \`id: ${fileId}\`.` });
  }
  const ok = !problems.some((p) => p.severity === 'error');
  return ok ? { ok, scenario, analysis, problems } : { ok, scenario, analysis, problems };
}

/**
 * The scenario schema with the graph analysis added as a refinement: for Astro's content collection,
 * so that `astro build` fails on exactly the errors `npm run check:content` reports.
 */
export const checkedScenarioSchema = scenarioDataSchema.superRefine((scenario, ctx) => {
  for (const p of [...analyseScenario(scenario).problems, ...checkPlatformMoves(scenario)]) {
    if (p.severity === 'error') ctx.addIssue({ code: 'custom', path: p.path, message: `${p.message} ${p.fix}` });
  }
});
