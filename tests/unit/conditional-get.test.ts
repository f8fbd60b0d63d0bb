/**
 * The rules of conditional GET (RFC 9110 §13) that decide between 304 and a full answer for the
 * static files. The built server's behaviour is tested in tests/api/static-delivery.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits, isNotModified, unmodifiedSince } from '../../src/server/http/conditional-get.ts';

const ETAG = '"abc123"';
const MODIFIED = Date.parse('2026-12-03T10:00:00.250Z');

describe('If-None-Match', () => {
  it.each([
    ['the same tag', '"abc123"', true],
    ['the same tag, weak (weak comparison)', 'W/"abc123"', true],
    ['a list holding the tag', '"zzz", "abc123" , W/"yyy"', true],
    ['a list holding the tag without spaces', '"zzz","abc123"', true],
    ['any representation: *', '*', true],
    ['another tag', '"abc124"', false],
    ['a list without the tag', '"zzz", W/"yyy"', false],
    ['a tag that merely contains it', '"xabc123"', false],
    ['a tag with a comma inside', '"abc123,"', false],
    ['the tag without quotes (not a tag)', 'abc123', false],
    ['an empty value', '', false],
  ])('%s: %s → %s', (_, value, hit) => {
    expect(ifNoneMatchHits(value, ETAG)).toBe(hit);
  });
});

describe('If-Modified-Since', () => {
  it.each([
    ['the Last-Modified date sent (whole seconds)', new Date(MODIFIED).toUTCString(), true],
    ['a later date', 'Thu, 03 Dec 2026 11:00:00 GMT', true],
    ['a second earlier', 'Thu, 03 Dec 2026 09:59:59 GMT', false],
    ['not a date', 'yesterday-ish', false],
  ])('%s: %s → %s', (_, value, unchanged) => {
    expect(unmodifiedSince(value, MODIFIED)).toBe(unchanged);
  });
});

describe('isNotModified', () => {
  const validators = { etag: ETAG, lastModifiedMs: MODIFIED };
  const now = new Date(MODIFIED + 60_000).toUTCString();

  it('answers 304 without conditions never', () => {
    expect(isNotModified({}, validators)).toBe(false);
  });

  it('lets If-None-Match decide when both are sent, even if the date would match', () => {
    expect(isNotModified({ ifNoneMatch: '"old"', ifModifiedSince: now }, validators)).toBe(false);
    expect(isNotModified({ ifNoneMatch: ETAG, ifModifiedSince: 'Thu, 01 Jan 1970 00:00:00 GMT' }, validators)).toBe(true);
  });

  it('falls back to If-Modified-Since without If-None-Match', () => {
    expect(isNotModified({ ifModifiedSince: now }, validators)).toBe(true);
    expect(isNotModified({ ifModifiedSince: 'Thu, 01 Jan 1970 00:00:00 GMT' }, validators)).toBe(false);
  });

  it('reads repeated If-None-Match lines as one list and ignores repeated dates', () => {
    expect(isNotModified({ ifNoneMatch: ['"zzz"', ETAG] }, validators)).toBe(true);
    expect(isNotModified({ ifModifiedSince: [now, now] }, validators)).toBe(false);
  });
});
