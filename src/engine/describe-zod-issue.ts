/**
 * Turns zod's issues into what an author can act on: a sentence saying what is wrong, and a fix
 * saying what to write instead. Used for scenarios and, through the checker, for lesson frontmatter.
 * The words are English on purpose: checker messages are for authors (docs/architecture.md).
 */
import type { z } from 'zod';
import { isLocale, LOCALE_NAMES } from './locales.ts';
import type { Problem, ProblemPath } from './problems.ts';
import { SCORE_MAX, SCORE_MIN } from './scales.ts';
import {
  accountSchema,
  choiceSchema,
  decisionNodeSchema,
  effectsSchema,
  endingNodeSchema,
  personaSchema,
  postSchema,
  routeSchema,
  scenarioDataSchema,
  writeBlockSchema,
  writeOutcomeSchema,
} from './scenario-schema.ts';
import { FEATURE_IDS } from '../analysis/types.ts';

type ZodIssue = z.core.$ZodIssue;
type Described = Pick<Problem, 'message' | 'fix'>;

const TYPE_NAMES: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a text',
  object: 'a block of fields',
  array: 'a list',
  boolean: 'true or false',
};

/** Every field name the format knows, for "did you mean" on a misspelt one. */
const FIELD_NAMES = [
  ...new Set([
    ...[scenarioDataSchema, accountSchema, personaSchema, decisionNodeSchema, endingNodeSchema, postSchema, choiceSchema, effectsSchema, routeSchema, writeBlockSchema, writeOutcomeSchema].flatMap((s) => Object.keys(s.shape)),
    // conditionSchema is lazy (it nests), so its fields and those of a range are listed here.
    'audience', 'storm', 'moods', 'flags', 'notFlags', 'any', 'has', 'hasAny', 'lacks', 'atLeast', 'atMost', 'initial',
  ]),
];

const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** `über Maß` -> `ueber-mass`: the nearest valid id, offered in a fix. */
export function suggestId(text: string): string {
  const spelled = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return spelled.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'my-id';
}

/** Edit distance, small inputs only (field names). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** Is the value at `path` inside a condition (a choice's `when`, a route's `if`)? */
function inCondition(path: readonly PropertyKey[]): boolean {
  return path.some((p, i) => (p === 'when' && path[i - 2] === 'choices') || (p === 'if' && (path[i - 2] === 'next' || path[i - 2] === 'posts' || path[i - 2] === 'outcomes')));
}

/** Is the value at `path` a range inside a condition: `storm`, `audience` or a persona under `moods`? */
function isConditionRange(path: readonly PropertyKey[]): boolean {
  const last = path.at(-1);
  return inCondition(path) && (last === 'audience' || last === 'storm' || path.at(-2) === 'moods');
}

function unknownFieldFix(key: string, path: readonly PropertyKey[]): string {
  // The object the field is in: `next[1]` for a route, `choices[2]` for a choice.
  const parent = typeof path.at(-2) === 'number' ? path.at(-3) : path.at(-2);
  if (key === 'when' && parent === 'next') {
    return 'A route tests the state with `if:`, not `when:` (`when` decides whether a choice is offered). Write `if:` here.';
  }
  if (key === 'if' && parent === 'choices') {
    return 'A choice is offered or not by `when:`; `if:` belongs to a route inside `next` (`next: [{ if: …, to: … }, { to: … }]`). Write `when:` here, or move the condition into a route.';
  }
  if (key === 'when' && parent === 'outcomes') {
    return 'A write outcome is taken when its `if:` holds (tested on the state and the reply\'s features), not `when:`. Write `if:` here.';
  }
  if ((key === 'text' || key === 'kind' || key === 'target') && parent === 'outcomes') {
    return `A write outcome has no \`${key}\`: the learner's own reply is posted, answering \`write.target\`. Remove it.`;
  }
  if (key === 'when' && parent === 'posts') {
    return 'A post is shown or not by `if:` (tested on arrival at its node), not `when:`. Write `if:` here.';
  }
  if (path.at(-1) !== undefined && (path.at(-2) === 'text' || path.at(-2) === 'feedback' || path.at(-2) === 'title') && /^[a-z]{2}$/.test(key)) {
    return `Texts have exactly the languages ${Object.keys(LOCALE_NAMES).join(' and ')}: remove "${key}".`;
  }
  const distances = FIELD_NAMES.filter((f) => f !== key).map((f) => ({ f, d: distance(f.toLowerCase(), key.toLowerCase()) }));
  const closest = Math.min(...distances.map((x) => x.d));
  const near = closest <= 2 ? distances.filter((x) => x.d === closest).map((x) => x.f) : [];
  const guess = near.length ? `Did you mean ${near.map((f) => `\`${f}\``).join(' or ')}? ` : '';
  return `${guess}Check the spelling against the field reference in docs/scenario-format.md, or remove the field.`;
}

/** Fixes for our own too-small/too-big messages, which say what is wrong but not what to write. */
function ownBoundFix(issue: ZodIssue & { code: 'too_small' | 'too_big' }): string {
  const field = issue.path.at(-1);
  if (issue.origin === 'string') {
    return isLocale(field)
      ? `Write the ${LOCALE_NAMES[field]} text, in double quotes: \`${field}: "…"\`.`
      : 'Write a text here; it must not be empty.';
  }
  if (issue.origin === 'array' && field === 'choices') return 'Add another choice under `choices:`: a decision offers at least two moves (or give it a `write:` block, then choices are optional).';
  if (issue.origin === 'array' && field === 'outcomes') return 'Add an outcome without `if` under `write.outcomes:`: it is taken for every reply.';
  if (issue.origin === 'array') return 'Add items to the list.';
  if (issue.path.includes('scores')) return `Write a whole number from ${SCORE_MIN} to +${SCORE_MAX}: +2 exemplary, 0 neutral, -2 harmful.`;
  return 'Write a value within the range the message names.';
}

function boundFix(issue: ZodIssue & { code: 'too_small' | 'too_big' }, bound: string): string {
  if (issue.path.length === 1 && issue.path[0] === 'module') {
    return `Use one of the curriculum's modules (${bound}); docs/reference.md lists them. To try a new lesson or scenario in the site, see "Trying a scenario in the site" in docs/scenario-format.md.`;
  }
  if (issue.origin === 'string') return `Write a text ${bound.replace('at', 'of at')} characters.`;
  if (issue.origin === 'array') return `Give the list ${bound} items.`;
  return `Write a whole number ${bound}.`;
}

/**
 * A union (`next` is an id or a list of routes) that fails reports only "Invalid input"; the
 * option that got furthest into the value says what is really wrong, so that one is described.
 */
function unwrapUnion(issue: ZodIssue): ZodIssue {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return issue;
  const depth = (list: readonly ZodIssue[]) => Math.max(...list.map((i) => i.path.length));
  const furthest = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  const inner = furthest[0];
  if (!inner || depth(furthest) === 0) return issue;
  return unwrapUnion({ ...inner, path: [...issue.path, ...inner.path] } as ZodIssue);
}

/** Turns a zod issue into a sentence and a fix for an author. */
export function describeZodIssue(original: ZodIssue): Described {
  const issue = unwrapUnion(original);
  const field = issue.path.at(-1);
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
        fix: unknownFieldFix(issue.keys[0]!, [...issue.path, issue.keys[0]!]),
      };
    case 'invalid_key': {
      const key = String(issue.path.at(-1));
      return {
        message: `The key "${key}" is not an id: ids use lower-case letters a-z, digits and single hyphens (no umlauts, capitals, spaces or _).`,
        fix: `Write it as "${suggestId(key)}", and use that spelling everywhere the id is referred to.`,
      };
    }
    case 'invalid_value':
      if (issue.values.length === FEATURE_IDS.length && issue.values.every((v) => (FEATURE_IDS as readonly unknown[]).includes(v))) {
        return {
          message: `${JSON.stringify(issue.input)} is no feature of the reply analyser.`,
          fix: `Use one of: ${FEATURE_IDS.join(', ')} (docs/reply-analysis.md says what each one means).`,
        };
      }
      return {
        message: `${JSON.stringify(issue.input)} is not allowed here.`,
        fix: `Use one of: ${issue.values.map(String).join(', ')}.`,
      };
    case 'invalid_type':
      if (issue.input === undefined && isLocale(field)) {
        return { message: `Missing ${LOCALE_NAMES[field]} (${field}) translation.`, fix: `Add \`${field}: "…"\` with the ${LOCALE_NAMES[field]} text.` };
      }
      if (issue.input === undefined) {
        return { message: `The field "${String(field)}" is missing.`, fix: `Add \`${String(field)}:\`; docs/scenario-format.md says what it holds.` };
      }
      if (issue.expected === 'object' && isConditionRange(issue.path) && typeof issue.input === 'number') {
        const n = issue.input;
        return {
          message: `Expected a range, found the number ${n}: a condition tests whether a value lies in a range.`,
          fix: `Write \`{ atLeast: ${n} }\` (${n} or more), \`{ atMost: ${n} }\` (${n} or less) or \`{ atLeast: ${n}, atMost: ${n} }\` (exactly ${n}).`,
        };
      }
      if (issue.expected === 'object' && !issue.message.startsWith('Invalid input')) {
        return { message: `Expected ${TYPE_NAMES.object}, found ${JSON.stringify(issue.input)}.`, fix: `Write ${issue.message}.` };
      }
      if (issue.expected === 'object') {
        return {
          message: `Expected a block of fields, found ${JSON.stringify(issue.input)}.`,
          fix: `Write \`${String(field)}:\` with its fields indented on the lines below, or as \`{ field: value, … }\`; docs/scenario-format.md lists the fields of \`${String(field)}\`.`,
        };
      }
      return {
        message: `Expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${JSON.stringify(issue.input)}.`,
        // Schema fields with their own error text (e.g. localised strings) say best what they want.
        fix: issue.message.startsWith('Invalid input') ? `Write ${TYPE_NAMES[issue.expected] ?? issue.expected} here.` : `Write ${issue.message}.`,
      };
    case 'too_small':
    case 'too_big': {
      // Our own messages (e.g. "a decision needs at least two choices") say best what is wrong.
      if (!/^Too (big|small)/.test(issue.message)) {
        const numeric = typeof issue.input === 'number';
        return { message: numeric ? `${issue.input} is out of range: ${sentence(issue.message)}` : sentence(issue.message), fix: ownBoundFix(issue) };
      }
      const bound = issue.code === 'too_big' ? `at most ${String(issue.maximum)}` : `at least ${String(issue.minimum)}`;
      const what = issue.origin === 'array' ? 'list' : issue.origin === 'string' ? 'text' : 'value';
      const shown = issue.origin === 'number' || issue.origin === 'int' ? String(issue.input) : `This ${what}`;
      return {
        message: `${shown} is too ${issue.code === 'too_big' ? 'big' : 'small'}: it must be ${bound}${issue.origin === 'array' ? ' items long' : ''}.`,
        fix: boundFix(issue, bound),
      };
    }
    case 'invalid_format':
      if (field === 'lessonSection') {
        return {
          message: `${JSON.stringify(issue.input)} is not a section id: they use lower-case letters, digits and hyphens.`,
          fix: 'Use the id of a heading in the lesson of the scenario\'s module; docs/reference.md lists them per module.',
        };
      }
      if (typeof issue.input === 'string' && issue.message.startsWith('ids use')) {
        return { message: `${JSON.stringify(issue.input)} is not an id: ${sentence(issue.message)}`, fix: `Write it as "${suggestId(issue.input)}" (and spell it the same wherever it is referred to).` };
      }
      return { message: sentence(issue.message), fix: 'See docs/scenario-format.md for this field.' };
    default:
      if (issue.code === 'custom' && field === 'outcomes') {
        return { message: sentence(issue.message), fix: 'Remove the `if` of the last outcome, or add one more outcome without `if` at the end.' };
      }
      return {
        message: sentence(issue.message),
        fix: 'See docs/scenario-format.md for this field.',
      };
  }
}

/** Where a zod issue is; an unknown field is pointed at by its own name, so the line is the misspelt key's. */
export function zodIssuePath(original: ZodIssue): ProblemPath {
  const issue = unwrapUnion(original);
  return [...(issue.path as ProblemPath), ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
}
