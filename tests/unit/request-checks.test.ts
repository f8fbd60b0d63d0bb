/**
 * The pure checks behind the server's answers to hostile input: JSON nesting depth (before parsing),
 * same-site redirect targets, finish times against the server clock, unique violations.
 */
import { describe, expect, it } from 'vitest';
import { isSameSitePath } from '../../src/server/http/api.ts';
import { jsonTooDeep } from '../../src/server/http/json-depth.ts';
import { isUniqueViolation } from '../../src/server/http/unique-violation.ts';
import { finishTimeProblem } from '../../src/server/services/finish-time.ts';

describe('jsonTooDeep', () => {
  const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);
  it.each([
    [nested(32), false],
    [nested(33), true],
    ['{"a":'.repeat(33) + '1' + '}'.repeat(33), true],
    ['{"a":'.repeat(32) + '1' + '}'.repeat(32), false],
    [`{"name":"${'['.repeat(100)}"}`, false], // brackets inside a string do not count
    [`{"name":"a\\"${'{'.repeat(100)}"}`, false], // nor after an escaped quote
    [nested(100_000), true],
    ['', false],
  ])('%#: %s…', (text, deep) => {
    expect(jsonTooDeep(text)).toBe(deep);
  });
});

describe('isSameSitePath', () => {
  it.each([
    ['/trainer/', true],
    ['/trainer/class/{id}?done=class-created', true],
    ['/en/trainer/?done=password', true],
    ['//evil.example', false],
    ['/\\evil.example', false],
    ['https://evil.example/', false],
    ['evil.example', false],
    ['/trainer/\nLocation: x', false],
    ['', false],
  ])('%j → %s', (target, ok) => {
    expect(isSameSitePath(target)).toBe(ok);
  });
});

describe('finishTimeProblem', () => {
  const now = new Date('2026-12-03T12:00:00.000Z');
  const joined = '2026-11-20T08:00:00.000Z';
  it.each([
    ['2026-12-03T11:59:00.000Z', undefined],
    ['2026-12-02T18:00:00.000Z', undefined], // finished offline yesterday, resent today
    ['2026-12-03T12:04:00.000Z', undefined], // a device clock a little ahead
    ['2026-11-20T07:58:00+00:00', undefined], // joined a moment later by the server's clock
    ['2026-12-03T12:10:00.000Z', 'finished-in-future'],
    ['9999-12-31T23:59:59.000Z', 'finished-in-future'],
    ['0000-01-01T00:00:00.000Z', 'finished-too-long-ago'],
    ['2026-10-01T00:00:00.000Z', 'finished-too-long-ago'],
    ['2026-11-20T07:00:00.000Z', 'finished-before-joining'],
  ])('%s → %s', (finishedAt, code) => {
    expect(finishTimeProblem(finishedAt, now, joined)?.code).toBe(code);
  });
});

describe('isUniqueViolation', () => {
  it.each([
    [Object.assign(new Error('duplicate key value violates unique constraint "learners_class_pseudonym"'), { code: '23505' }), true],
    [Object.assign(new Error('UNIQUE constraint failed: learners.class_id, learners.pseudonym'), { code: 'ERR_SQLITE_ERROR', errcode: 2067 }), true],
    [Object.assign(new Error('FOREIGN KEY constraint failed'), { code: 'ERR_SQLITE_ERROR', errcode: 787 }), false],
    [Object.assign(new Error('insert or update violates foreign key constraint'), { code: '23503' }), false],
    [new Error('connection refused'), false],
    ['UNIQUE constraint failed', false],
  ])('%#', (error, unique) => {
    expect(isUniqueViolation(error)).toBe(unique);
  });
});
