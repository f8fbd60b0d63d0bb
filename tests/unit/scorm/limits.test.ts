import { describe, expect, it } from 'vitest';
import { checkScormSets, checkScormValue, elementPattern } from '../../../src/scorm/limits.ts';

describe('SCORM 1.2 limits', () => {
  it.each([
    ['cmi.core.lesson_status', 'completed'],
    ['cmi.core.lesson_status', 'incomplete'],
    ['cmi.core.score.raw', '66.67'],
    ['cmi.core.session_time', '0001:02:03.45'],
    ['cmi.core.session_time', '00:00:07'],
    ['cmi.interactions.12.id', 'paket-verspaetet.start.12'],
    ['cmi.interactions.0.time', '23:59:59'],
    ['cmi.interactions.0.result', 'wrong'],
    ['cmi.interactions.0.result', '0.5'],
    ['cmi.suspend_data', 'x'.repeat(4096)],
  ])('accepts %s = %s', (element, value) => {
    expect(checkScormValue('1.2', element, value)).toBeUndefined();
  });

  it.each([
    ['cmi.core.lesson_status', 'not attempted', 'one of'],
    ['cmi.core.lesson_status', 'Completed', 'one of'],
    ['cmi.core.score.raw', '101', 'between 0 and 100'],
    ['cmi.core.score.raw', '1e3', 'decimal'],
    ['cmi.core.session_time', 'PT1M', 'CMITimespan'],
    ['cmi.core.session_time', '00:61:00', 'CMITimespan'],
    ['cmi.interactions.0.id', 'has space', 'CMIIdentifier'],
    ['cmi.interactions.0.id', 'urn:x:y', 'CMIIdentifier'],
    ['cmi.interactions.0.id', 'a'.repeat(256), 'CMIIdentifier'],
    ['cmi.interactions.0.time', '2026-12-03T10:00:00', 'CMITime'],
    ['cmi.interactions.0.result', 'incorrect', '"wrong"'],
    ['cmi.interactions.0.type', 'other', 'one of'],
    ['cmi.interactions.0.student_response', 'x'.repeat(256), 'at most 255'],
    ['cmi.suspend_data', 'x'.repeat(4097), 'at most 4096'],
    ['cmi.core.student_name', 'Kim', 'not an element'],
  ])('refuses %s = %s', (element, value, words) => {
    expect(checkScormValue('1.2', element, value)?.problem).toContain(words);
  });

  it('checks a choice response against the interaction type set before it', () => {
    const problems = checkScormSets('1.2', [
      ['cmi.interactions.0.type', 'choice'],
      ['cmi.interactions.0.student_response', 'listen'],
      ['cmi.interactions.1.type', 'fill-in'],
      ['cmi.interactions.1.student_response', 'listen'],
      ['cmi.interactions.2.type', 'choice'],
      ['cmi.interactions.2.student_response', 'b'],
    ]);
    expect(problems.map((p) => p.element)).toEqual(['cmi.interactions.0.student_response']);
  });
});

describe('SCORM 2004 limits', () => {
  it.each([
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', 'unknown'],
    ['cmi.score.scaled', '-1'],
    ['cmi.score.scaled', '0.67'],
    ['cmi.session_time', 'PT0H1M2.5S'],
    ['cmi.session_time', 'P1DT2H'],
    ['cmi.interactions.3.id', 'urn:candystorm:paket-verspaetet:start:3'],
    ['cmi.interactions.3.timestamp', '2026-12-03T20:15:00.0Z'],
    ['cmi.interactions.3.timestamp', '2026-12-03T20:15:00'],
    ['cmi.interactions.3.timestamp', '2026-12-03T20:15:00.5+01:00'],
    ['cmi.interactions.3.result', 'incorrect'],
    ['cmi.suspend_data', 'x'.repeat(64000)],
  ])('accepts %s = %s', (element, value) => {
    expect(checkScormValue('2004', element, value)).toBeUndefined();
  });

  it.each([
    ['cmi.completion_status', 'passed', 'one of'],
    ['cmi.score.scaled', '1.5', 'between -1 and 1'],
    ['cmi.session_time', 'P', 'duration'],
    ['cmi.session_time', 'PT', 'duration'],
    ['cmi.session_time', '00:01:00', 'duration'],
    ['cmi.session_time', 'PT1.234S', 'duration'],
    ['cmi.interactions.0.id', 'two words', 'URI'],
    ['cmi.interactions.0.id', 'urn::x', 'URN'],
    ['cmi.interactions.0.timestamp', '2026-12-03 20:15:00', 'time(second,10,0)'],
    ['cmi.interactions.0.timestamp', '2026-12-03T20:15:00Z', 'time(second,10,0)'],
    ['cmi.interactions.0.timestamp', '2026-13-03T20:15:00', 'time(second,10,0)'],
    ['cmi.interactions.0.result', 'wrong', '"incorrect"'],
    ['cmi.interactions.0.description', 'x'.repeat(251), 'at most 250'],
    ['cmi.suspend_data', 'x'.repeat(64001), 'at most 64000'],
  ])('refuses %s = %s', (element, value, words) => {
    expect(checkScormValue('2004', element, value)?.problem).toContain(words);
  });

  it('refuses a choice response that names a choice twice or holds a space', () => {
    const sets: Array<[string, string]> = [
      ['cmi.interactions.0.type', 'choice'],
      ['cmi.interactions.0.learner_response', 'a[,]a'],
      ['cmi.interactions.1.type', 'choice'],
      ['cmi.interactions.1.learner_response', 'hide troll'],
      ['cmi.interactions.2.type', 'choice'],
      ['cmi.interactions.2.learner_response', 'listen[,]hide-troll'],
    ];
    expect(checkScormSets('2004', sets).map((p) => p.element)).toEqual(['cmi.interactions.0.learner_response', 'cmi.interactions.1.learner_response']);
  });

  it('names interaction elements by pattern', () => {
    expect(elementPattern('cmi.interactions.17.learner_response')).toBe('cmi.interactions.n.learner_response');
  });
});
