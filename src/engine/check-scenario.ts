/**
 * Reads one scenario: shape (zod) plus graph analysis, turned into problems an author can act on.
 * check:content, the Astro content collection and the server all use this, so they agree.
 */
import type { z } from 'zod';
import { analyseScenario, type Analysis } from './analyse-graph.ts';
import { isLocale, LOCALE_NAMES } from './locales.ts';
import type { Problem } from './problems.ts';
import { scenarioDataSchema, type Scenario } from './scenario-schema.ts';

type ZodIssue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a text',
  object: 'a block of fields',
  array: 'a list',
  boolean: 'true or false',
};

const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** Turns a zod issue into a sentence and a fix for an author. */
export function describeZodIssue(issue: ZodIssue): Pick<Problem, 'message' | 'fix'> {
  const field = issue.path.at(-1);
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
        fix: 'Check the spelling against docs/scenario-format.md, or remove the field.',
      };
    case 'invalid_value':
      return {
        message: `${JSON.stringify(issue.input)} is not allowed here.`,
        fix: `Use one of: ${issue.values.map(String).join(', ')}.`,
      };
    case 'invalid_type':
      if (issue.input === undefined && isLocale(field)) {
        return { message: `Missing ${LOCALE_NAMES[field]} (${field}) translation.`, fix: `Add \`${field}: …\` with the ${LOCALE_NAMES[field]} text.` };
      }
      if (issue.input === undefined) {
        return { message: `The field "${String(field)}" is missing.`, fix: 'Add it; docs/scenario-format.md says what it holds.' };
      }
      return {
        message: `Expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${JSON.stringify(issue.input)}.`,
        // Schema fields with their own error text (e.g. localised strings) say best what they want.
        fix: issue.message.startsWith('Invalid input') ? `Write ${TYPE_NAMES[issue.expected] ?? issue.expected} here.` : `Write ${issue.message}.`,
      };
    case 'too_small':
    case 'too_big': {
      // Our own messages (e.g. "a decision needs at least two choices") say it best.
      if (!/^Too (big|small)/.test(issue.message)) {
        const numeric = typeof issue.input === 'number';
        return { message: numeric ? `${issue.input} is out of range: ${sentence(issue.message)}` : sentence(issue.message), fix: 'Change it to fit.' };
      }
      const bound = issue.code === 'too_big' ? `at most ${String(issue.maximum)}` : `at least ${String(issue.minimum)}`;
      const what = issue.origin === 'array' ? 'list' : issue.origin === 'string' ? 'text' : 'value';
      const shown = issue.origin === 'number' || issue.origin === 'int' ? String(issue.input) : `This ${what}`;
      return { message: `${shown} is too ${issue.code === 'too_big' ? 'big' : 'small'}: it must be ${bound}${issue.origin === 'array' ? ' items long' : ''}.`, fix: 'Change it to fit the range.' };
    }
    default:
      return {
        message: sentence(issue.message),
        fix: 'See docs/scenario-format.md for this field.',
      };
  }
}

/** Where a zod issue is; an unknown field is pointed at by its own name, so the line is the misspelt key's. */
export function zodIssuePath(issue: ZodIssue): (string | number)[] {
  return [...(issue.path as (string | number)[]), ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
}

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
  const problems = [...analysis.problems];
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
  for (const p of analyseScenario(scenario).problems) {
    if (p.severity === 'error') ctx.addIssue({ code: 'custom', path: p.path, message: `${p.message} ${p.fix}` });
  }
});
