/**
 * The scenario format: what an author writes in content/scenarios/*.yaml.
 * docs/scenario-format.md explains every field for authors; keep the two in step.
 *
 * This schema checks the shape of one file. Whether the pieces fit together (targets exist, every
 * ending can be reached, ...) is checked by analyse-graph.ts; check-scenario.ts runs both.
 */
import { z } from 'zod';
import { FEATURE_IDS, type FeatureId } from '../analysis/types.ts';
import { DIMENSIONS } from './dimensions.ts';
import { MOTIVES, MOVE_KINDS, OUTCOMES, WRITE_MAX_LENGTH } from './scenario-vocabulary.ts';
import { LOCALE_NAMES, LOCALES, type Locale } from './locales.ts';
import { MOOD_SCALES } from './mood-scales.ts';
import { PLATFORMS } from './platforms.ts';

import { AUDIENCE_MAX, AUDIENCE_MIN, MOOD_MAX, MOOD_MIN, SCORE_MAX, SCORE_MIN, STORM_MAX, STORM_MIN } from './scales.ts';

export { MOTIVES, MOVE_KINDS, OUTCOMES, WRITE_MAX_LENGTH, type Motive, type MoveKind, type Outcome } from './scenario-vocabulary.ts';

/** Ids are what other parts of the file point at: short, lower-case, readable in a URL. */
export const idSchema = z
  .string({ error: 'expected an id such as `angry-parent`' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'ids use lower-case letters, digits and single hyphens, e.g. `angry-parent`',
  });

function localeText(locale: Locale) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `missing ${LOCALE_NAMES[locale]} (${locale}) text`
          : `the ${locale} text must be text`,
    })
    .trim()
    .min(1, { error: `the ${LOCALE_NAMES[locale]} (${locale}) text is empty` });
}

/** A string the learner sees, written once per locale: `{ de: "…", en: "…" }`. */
export const localisedSchema = z.strictObject(
  Object.fromEntries(LOCALES.map((l) => [l, localeText(l)])) as Record<Locale, ReturnType<typeof localeText>>,
  { error: (issue) => (issue.code === 'invalid_type' ? 'one text per language: `{ de: …, en: … }`' : undefined) },
);
export type Localised = z.infer<typeof localisedSchema>;

const audienceValue = z.int().min(AUDIENCE_MIN).max(AUDIENCE_MAX);
const stormValue = z.int().min(STORM_MIN).max(STORM_MAX);
const moodValue = z.int().min(MOOD_MIN).max(MOOD_MAX);

/** An inclusive range; at least one bound. */
const rangeSchema = z
  .strictObject({
    /** Holds when the value is at least this. */
    atLeast: z.int().optional(),
    /** Holds when the value is at most this. */
    atMost: z.int().optional(),
  })
  .refine((r) => r.atLeast !== undefined || r.atMost !== undefined, {
    error: 'a range needs `atLeast`, `atMost` or both',
  });
export type Range = z.infer<typeof rangeSchema>;

/** A feature id of the reply analyser (docs/reply-analysis.md), e.g. `acknowledge`. */
export const featureIdSchema = z.enum(FEATURE_IDS, {
  error: (issue) => `${JSON.stringify(issue.input)} is no feature of the reply analyser; known features: ${FEATURE_IDS.join(', ')}`,
});

/**
 * A test on the state, written as data. Every key that is present must hold (AND);
 * `any` holds when at least one of its conditions holds (OR).
 */
export interface Condition {
  /** The audience mood, -100 (shitstorm) .. +100 (candystorm). */
  audience?: Range | undefined;
  /** The Shitstorm-scale level, 0 .. 6. */
  storm?: Range | undefined;
  /** Persona id -> range of that persona's mood. */
  moods?: Record<string, Range> | undefined;
  /** Flags that must all be set. */
  flags?: string[] | undefined;
  /** Flags that must all be unset. */
  notFlags?: string[] | undefined;
  /** At least one of these must hold. */
  any?: Condition[] | undefined;
  /** Only in a write outcome's `if`: features the written reply must all have. */
  has?: FeatureId[] | undefined;
  /** Only in a write outcome's `if`: features of which the reply must have at least one. */
  hasAny?: FeatureId[] | undefined;
  /** Only in a write outcome's `if`: features the reply must not have. */
  lacks?: FeatureId[] | undefined;
}
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.strictObject({
    audience: rangeSchema.optional(),
    storm: rangeSchema.optional(),
    moods: z.record(idSchema, rangeSchema).optional(),
    flags: z.array(idSchema).optional(),
    notFlags: z.array(idSchema).optional(),
    any: z.array(conditionSchema).min(2, { error: '`any` needs at least two conditions' }).optional(),
    has: z.array(featureIdSchema).min(1).optional(),
    hasAny: z.array(featureIdSchema).min(1).optional(),
    lacks: z.array(featureIdSchema).min(1).optional(),
  }),
);

/** What a choice changes. Numbers are changes, not new values; results are kept within their scale. */
export const effectsSchema = z.strictObject({
  /** Change of the audience mood, e.g. `+15` or `-30`. */
  audience: z.int().min(-200).max(200).optional(),
  /** Change of the Shitstorm-scale level, e.g. `+1`. */
  storm: z.int().min(-6).max(6).optional(),
  /** Persona id -> change of that persona's mood. */
  moods: z.record(idSchema, z.int().min(-200).max(200)).optional(),
  /** Flags to set, e.g. `apologised`. Conditions can test them later. */
  set: z.array(idSchema).optional(),
  /** Flags to clear. */
  clear: z.array(idSchema).optional(),
});
export type Effects = z.infer<typeof effectsSchema>;

const scoreRange = `a score is a whole number from ${SCORE_MIN} to +${SCORE_MAX}`;
const scoreValue = z.int().min(SCORE_MIN, { error: scoreRange }).max(SCORE_MAX, { error: scoreRange });
/** Points per dimension, -2 (harmful) .. +2 (exemplary); a dimension left out scores 0. */
export const choiceScoresSchema = z.strictObject(
  Object.fromEntries(DIMENSIONS.map((d) => [d, scoreValue.optional()])) as Record<
    (typeof DIMENSIONS)[number],
    z.ZodOptional<typeof scoreValue>
  >,
);

/** One way on after a choice: go `to` a node, if the condition holds (or always, without `if`). */
export const routeSchema = z.strictObject({
  /** Checked on the state after the choice's effects. */
  if: conditionSchema.optional(),
  /** The node to go to. */
  to: idSchema,
});
export type Route = z.infer<typeof routeSchema>;

/** Where a choice leads: a node id, or routes tried in order whose last one has no `if`. */
export const nextSchema = z.union([
  idSchema,
  z
    .array(routeSchema)
    .min(1)
    .refine((routes) => routes.at(-1)?.if === undefined, {
      error: 'the last route in `next` must have no `if`: it is where every other case goes',
    }),
]);


/** What follows a move: a choice and a written reply's outcome share these fields. */
const consequenceFields = {
  /** What the move changes. */
  effects: effectsSchema.optional(),
  /** Points per dimension. */
  scores: choiceScoresSchema.optional(),
  /** Why this move works or does not: shown after it in practice mode. */
  feedback: localisedSchema,
  /** The principle behind the feedback, named in a few words, e.g. "I-message". */
  principle: localisedSchema.optional(),
  /** The id of the lesson section (its heading's anchor) that explains the principle. */
  lessonSection: z.string().regex(/^[a-z0-9-]+$/).optional(),
  /** Where the move leads. */
  next: nextSchema,
};

export const choiceSchema = z.strictObject({
  /** Unique within its node; stored in results, so keep it once published. */
  id: idSchema,
  /** What kind of move this is; default `reply`. */
  kind: z.enum(MOVE_KINDS).default('reply'),
  /** The post this move answers or acts on (a post id). */
  target: idSchema.optional(),
  /** For reply and dm: the exact text that will be posted. For other moves: what the button says. */
  text: localisedSchema,
  /** Offer this choice only when the condition holds. */
  when: conditionSchema.optional(),
  ...consequenceFields,
});
export type Choice = z.output<typeof choiceSchema>;

/** A comment that appears in the thread when its node is reached. */
export const postSchema = z.strictObject({
  /** Needed only when a reply or a choice points at this post. Unique in the scenario. */
  id: idSchema.optional(),
  /** Who writes it: a persona id. */
  persona: idSchema,
  /** What they write. */
  text: localisedSchema,
  /** The post this one answers (a post id); without it, a comment on the account's post. */
  replyTo: idSchema.optional(),
  /** Likes from bystanders when it appears. */
  likes: z.int().min(0).max(100000).default(0),
  /**
   * Show the post only when the condition holds on arrival at its node (the state after the choice
   * that led there), so a reaction that depends on the state needs no copy of the node.
   */
  if: conditionSchema.optional(),
});
export type Post = z.output<typeof postSchema>;

/**
 * One way a written reply can go: like a choice without `text`, `kind` and `when`; its `if` may test
 * the reply's features (`has`, `hasAny`, `lacks`) beside the state.
 */
export const writeOutcomeSchema = z.strictObject({
  /** Unique within its node (choices and outcomes share the ids); stored in results. */
  id: idSchema,
  /** Taken when this holds (on the state before the reply and the reply's features); the last outcome has none. */
  if: conditionSchema.optional(),
  ...consequenceFields,
});
export type WriteOutcome = z.output<typeof writeOutcomeSchema>;


/** A free-text reply at a decision: the learner writes, the analyser finds features, the outcomes map them on. */
export const writeBlockSchema = z.strictObject({
  /** The post being answered (a post id). */
  target: idSchema,
  /** The most characters the reply may have. */
  maxLength: z
    .int()
    .min(WRITE_MAX_LENGTH.min, { error: `\`maxLength\` is from ${WRITE_MAX_LENGTH.min} to ${WRITE_MAX_LENGTH.max} characters` })
    .max(WRITE_MAX_LENGTH.max, { error: `\`maxLength\` is from ${WRITE_MAX_LENGTH.min} to ${WRITE_MAX_LENGTH.max} characters` })
    .default(WRITE_MAX_LENGTH.default),
  /** What this moment needs (feature ids): the feedback names those missing. */
  wants: z.array(featureIdSchema).default([]),
  /** What harms here (feature ids): the feedback names those found. */
  avoid: z.array(featureIdSchema).default([]),
  /** A model reply for comparison, in every language. */
  model: localisedSchema,
  /** Tried in order: the first whose `if` holds is taken; the last has no `if`. */
  outcomes: z
    .array(writeOutcomeSchema)
    .min(1, { error: 'a write block needs at least one outcome' })
    .refine((outcomes) => outcomes.length === 0 || outcomes.at(-1)?.if === undefined, {
      error: 'the last outcome must have no `if`: it is taken when no other outcome fits',
    }),
});
export type WriteBlock = z.output<typeof writeBlockSchema>;

export const decisionNodeSchema = z.strictObject({
  type: z.literal('decision'),
  /** Comments that appear when the node is reached, in this order. */
  posts: z.array(postSchema).default([]),
  /** A short question above the choices, e.g. "How do you answer Kim?". */
  prompt: localisedSchema.optional(),
  /** The moves on offer: at least two, unless the node has `write:` (then any number, "or pick one"). */
  choices: z.array(choiceSchema).default([]),
  /** The learner may write their own reply here. */
  write: writeBlockSchema.optional(),
}).superRefine((node, ctx) => {
  // Without `write:` the learner must have something to choose between.
  if (!node.write && node.choices.length < 2) {
    ctx.addIssue({ code: 'too_small', origin: 'array', minimum: 2, inclusive: true, input: node.choices, path: ['choices'], message: 'a decision needs at least two choices, or a `write:` block' });
  }
});


export const endingNodeSchema = z.strictObject({
  type: z.literal('ending'),
  /** Which kind of ending this is. */
  outcome: z.enum(OUTCOMES),
  /** Last comments before the ending is shown. */
  posts: z.array(postSchema).default([]),
  /** The ending's name, e.g. "The storm passes". */
  title: localisedSchema,
  /** What happened and what it means, two or three sentences. */
  text: localisedSchema,
});

export const nodeSchema = z.discriminatedUnion('type', [decisionNodeSchema, endingNodeSchema], {
  error: (issue) => (issue.code === 'invalid_union' ? 'every node needs `type: decision` or `type: ending`' : undefined),
});
export type ScenarioNode = z.output<typeof nodeSchema>;
export type DecisionNode = z.output<typeof decisionNodeSchema>;
export type EndingNode = z.output<typeof endingNodeSchema>;


export const personaSchema = z.strictObject({
  /** The name shown in the thread; a proper name, the same in every language. */
  name: z.string().trim().min(1),
  /** Who they are, e.g. "parent of a Year 7 pupil". */
  role: localisedSchema,
  /** Why they write. */
  motive: z.enum(MOTIVES),
  /** Mood at the start, -100 (furious) .. +100 (delighted); on the hurt-safe scale -100 (deeply hurt) .. +100 (safe). */
  mood: moodValue.default(0),
  /** Which words tell this persona's mood; default `angry-friendly`. A person being bullied: `hurt-safe`. */
  scale: z.enum(MOOD_SCALES).optional(),
});
export type Persona = z.output<typeof personaSchema>;

export const accountSchema = z.strictObject({
  /** The account the learner runs, e.g. "Gesamtschule Nord". */
  name: z.string().trim().min(1),
  /** Its handle, e.g. "@gs_nord". */
  handle: z.string().regex(/^@[A-Za-z0-9_]{1,30}$/, { error: 'a handle looks like `@school_north`' }),
  /** The original post the thread is about. */
  post: localisedSchema,
});

export const scenarioDataSchema = z.strictObject({
  /** Must equal the file name without `.yaml`. Stored with every result: never change it once published. */
  id: idSchema,
  /** Raise by one whenever choices, effects, scores or routes change, so old results stay explainable. */
  version: z.int().min(1),
  /** Where the thread happens; limits the moves on offer to the ones that platform has (platforms.ts). */
  platform: z.enum(PLATFORMS).optional(),
  /** The module (1-10) this scenario belongs to. */
  module: z.int().min(1).max(10),
  /** The scenario's title. */
  title: localisedSchema,
  /** One or two sentences on the situation, shown before the thread. */
  summary: localisedSchema,
  /** The account the learner runs. */
  account: accountSchema,
  /** Everybody else in the thread, by id. */
  personas: z.record(idSchema, personaSchema).refine((p) => Object.keys(p).length >= 1, {
    error: 'a scenario needs at least one persona',
  }),
  /** The state at the start. */
  initial: z
    .strictObject({
      /** Audience mood, -100 (shitstorm) .. +100 (candystorm). */
      audience: audienceValue.default(0),
      /** Shitstorm-scale level, 0 (calm) .. 6 (unchecked snowball). */
      storm: stormValue.default(0),
      /** Flags set at the start. */
      flags: z.array(idSchema).default([]),
    })
    .default({ audience: 0, storm: 0, flags: [] }),
  /** The id of the first node. */
  start: idSchema,
  /** The dialogue graph, by node id. */
  nodes: z.record(idSchema, nodeSchema),
});
export type ScenarioInput = z.input<typeof scenarioDataSchema>;
export type Scenario = z.output<typeof scenarioDataSchema>;
