/**
 * The SCORM data model's limits, checked strictly: what a value may look like for each element the
 * Candystorm reporter writes, in SCORM 1.2 and SCORM 2004 4th edition. Runtimes such as scorm-again
 * accept more than a strict LMS does (any printable ASCII as a 1.2 identifier, free text as a 1.2
 * choice response), so the reporter checks every value here before it sets it, and the harness test
 * checks everything a package sent. Pure TypeScript: the reporter, the tests and the CLI share it.
 *
 * Sources: SCORM 1.2 Run-Time Environment (ADL, 2001) section 3.4 (data types CMIIdentifier,
 * CMIString255/4096, CMITime, CMITimespan, CMIDecimal; vocabularies); SCORM 2004 4th Edition
 * Run-Time Environment (ADL, 2009) section 4.2 (characterstring SPMs, long_identifier_type,
 * short_identifier_type, time(second,10,0), timeinterval(second,10,2), vocabularies).
 */

/** The two SCORM versions a package can be built for. */
export type ScormVersion = '1.2' | '2004';

/** What is wrong with one value: the element (as written), the value and a sentence for people. */
export interface LimitProblem {
  element: string;
  value: string;
  problem: string;
}

type Check = (value: string) => string | undefined;

const oneOf =
  (words: readonly string[]): Check =>
  (value) =>
    words.includes(value) ? undefined : `must be one of ${words.map((w) => `"${w}"`).join(', ')}`;

const maxLength =
  (limit: number, inner?: Check): Check =>
  (value) =>
    value.length > limit ? `is ${value.length} characters long, at most ${limit} are allowed` : inner?.(value);

const pattern =
  (re: RegExp, what: string): Check =>
  (value) =>
    re.test(value) ? undefined : `must be ${what}`;

const decimalIn =
  (min: number, max: number): Check =>
  (value) => {
    if (!/^-?\d{1,10}(\.\d{1,7})?$/.test(value)) return 'must be a decimal number such as 87 or 0.87';
    const n = Number(value);
    return n < min || n > max ? `must lie between ${min} and ${max}` : undefined;
  };

// SCORM 1.2: CMIIdentifier is "alphanumeric, no white space" (RTE 3.4.1); we allow the three marks
// that every LMS we know of accepts as well, and nothing else.
const IDENTIFIER_12 = /^[A-Za-z0-9_.-]{1,255}$/;
// CMITime: a time of day, HH:MM:SS with optional hundredths (RTE 3.4.1).
const TIME_12 = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
// CMITimespan: HHHH:MM:SS.SS, hours with 2 to 4 digits.
const TIMESPAN_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
// A 1.2 "choice" response: single characters 0-9/a-z, comma-separated (RTE 3.4.2.7.5).
const CHOICE_RESPONSE_12 = /^[0-9a-z](,[0-9a-z])*$/;

// SCORM 2004: identifiers are URIs (RFC 3986); we write URNs and check the characters a URI allows,
// without white space, as the standard's conformance tests do.
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
const URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$/;
// time(second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]], years 1970-2038 (RTE 4.2). The
// nesting is the standard's: a time zone only after fractional seconds.
const TIMESTAMP_2004 = /^(19[7-9]\d|20[0-3]\d)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,6}(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)?)?)?)?)?)?)?$/;
// timeinterval(second,10,2): an ISO 8601 duration with at most hundredths of a second.
const DURATION_2004 = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;

const identifier2004 =
  (limit: number): Check =>
  (value) => {
    if (value.length === 0 || value.length > limit) return `must be 1 to ${limit} characters`;
    if (!URI_CHARS.test(value)) return 'must be a URI without spaces (letters, digits and - . _ ~ : / ? # @ ! $ & \' ( ) * + , ; = %)';
    if (value.startsWith('urn:') && !URN.test(value)) return 'must be a URN of the form urn:<namespace>:<name>';
    return undefined;
  };

/** A 2004 choice response: short identifiers separated by [,] (RTE 4.2.9.2.3). */
const choiceResponse2004: Check = (value) => {
  const parts = value.split('[,]');
  if (new Set(parts).size !== parts.length) return 'must not name a choice twice';
  for (const part of parts) {
    const problem = identifier2004(250)(part);
    if (problem) return `has a choice identifier that ${problem.replace(/^must/, 'does not')}`;
  }
  return undefined;
};

/** Element name with interaction indexes replaced by n: `cmi.interactions.3.id` → `cmi.interactions.n.id`. */
export function elementPattern(element: string): string {
  return element.replace(/\.\d+\./g, '.n.');
}

const RULES: Record<ScormVersion, Record<string, Check>> = {
  '1.2': {
    'cmi.core.lesson_status': oneOf(['passed', 'completed', 'failed', 'incomplete', 'browsed']),
    'cmi.core.score.raw': decimalIn(0, 100),
    'cmi.core.score.min': decimalIn(0, 100),
    'cmi.core.score.max': decimalIn(0, 100),
    'cmi.core.session_time': pattern(TIMESPAN_12, 'a CMITimespan, HH:MM:SS or HHHH:MM:SS.SS'),
    'cmi.core.exit': oneOf(['time-out', 'suspend', 'logout', '']),
    'cmi.core.lesson_location': maxLength(255),
    'cmi.suspend_data': maxLength(4096),
    'cmi.interactions.n.id': pattern(IDENTIFIER_12, 'a CMIIdentifier: 1 to 255 letters, digits, "_", "-" or "."'),
    'cmi.interactions.n.type': oneOf(['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric']),
    'cmi.interactions.n.student_response': maxLength(255),
    'cmi.interactions.n.result': (v) => (['correct', 'wrong', 'unanticipated', 'neutral'].includes(v) || /^-?\d{1,10}(\.\d{1,7})?$/.test(v) ? undefined : 'must be "correct", "wrong", "unanticipated", "neutral" or a number'),
    'cmi.interactions.n.time': pattern(TIME_12, 'a CMITime, HH:MM:SS'),
    'cmi.interactions.n.latency': pattern(TIMESPAN_12, 'a CMITimespan, HH:MM:SS'),
    'cmi.interactions.n.weighting': decimalIn(-1e9, 1e9),
  },
  '2004': {
    'cmi.completion_status': oneOf(['completed', 'incomplete', 'not attempted', 'unknown']),
    'cmi.success_status': oneOf(['passed', 'failed', 'unknown']),
    'cmi.score.scaled': decimalIn(-1, 1),
    'cmi.score.raw': decimalIn(-1e9, 1e9),
    'cmi.score.min': decimalIn(-1e9, 1e9),
    'cmi.score.max': decimalIn(-1e9, 1e9),
    'cmi.progress_measure': decimalIn(0, 1),
    'cmi.session_time': pattern(DURATION_2004, 'an ISO 8601 duration such as PT1H2M3.5S'),
    'cmi.exit': oneOf(['time-out', 'suspend', 'logout', 'normal', '']),
    'cmi.location': maxLength(1000),
    'cmi.suspend_data': maxLength(64000),
    'cmi.interactions.n.id': identifier2004(4000),
    'cmi.interactions.n.type': oneOf(['true-false', 'choice', 'fill-in', 'long-fill-in', 'likert', 'matching', 'performance', 'sequencing', 'numeric', 'other']),
    'cmi.interactions.n.learner_response': maxLength(4000),
    'cmi.interactions.n.result': (v) => (['correct', 'incorrect', 'unanticipated', 'neutral'].includes(v) || /^-?\d{1,10}(\.\d{1,7})?$/.test(v) ? undefined : 'must be "correct", "incorrect", "unanticipated", "neutral" or a number'),
    'cmi.interactions.n.timestamp': pattern(TIMESTAMP_2004, 'a time(second,10,0) such as 2026-12-03T20:15:00.0Z'),
    'cmi.interactions.n.latency': pattern(DURATION_2004, 'an ISO 8601 duration'),
    'cmi.interactions.n.weighting': decimalIn(-1e9, 1e9),
    'cmi.interactions.n.description': maxLength(250),
  },
};

/** Elements the reporter writes, per version (for the harness, which checks nothing else is sent). */
export function knownElements(version: ScormVersion): string[] {
  return Object.keys(RULES[version]);
}

/**
 * Checks one value the package sends. Unknown elements are a problem too: the reporter writes only
 * elements listed here. `type` is the interaction's type, needed to check a response's format.
 */
export function checkScormValue(version: ScormVersion, element: string, value: string, type?: string): LimitProblem | undefined {
  const name = elementPattern(element);
  const rule = RULES[version][name];
  const say = (problem: string): LimitProblem => ({ element, value, problem: `${element} ${problem}` });
  if (!rule) return say('is not an element the Candystorm reporter writes');
  const problem = rule(value);
  if (problem) return say(problem);
  if (name.endsWith('.student_response') && type === 'choice' && !CHOICE_RESPONSE_12.test(value)) return say('must be choice letters 0-9 or a-z, comma-separated, for a choice interaction');
  if (name.endsWith('.learner_response') && type === 'choice') {
    const choiceProblem = choiceResponse2004(value);
    if (choiceProblem) return say(choiceProblem);
  }
  return undefined;
}

/**
 * Checks a sequence of sets as a runtime received them, in order; interaction responses are checked
 * against the type set for the same interaction earlier in the sequence.
 */
export function checkScormSets(version: ScormVersion, sets: ReadonlyArray<readonly [string, string]>): LimitProblem[] {
  const types = new Map<string, string>();
  const problems: LimitProblem[] = [];
  for (const [element, value] of sets) {
    const index = /^cmi\.interactions\.(\d+)\./.exec(element)?.[1];
    if (index !== undefined && element.endsWith('.type')) types.set(index, value);
    const problem = checkScormValue(version, element, value, index === undefined ? undefined : types.get(index));
    if (problem) problems.push(problem);
  }
  return problems;
}
