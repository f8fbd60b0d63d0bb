/**
 * pathOf, the server's reading of a request target: its shortcut for plain paths must give exactly
 * what the URL parser gives, and everything else still goes through the parser.
 */
import { describe, expect, it } from 'vitest';
import { pathOf } from '../../src/server/http/create-server.ts';

const byParser = (target: string) => new URL(target, 'http://localhost').pathname;

describe('pathOf', () => {
  it.each([
    '/',
    '/api/runs',
    '/api/runs/',
    '/module/deeskalieren/',
    '/api/classes/0b6f7c1e-6a3b-4c55-9d7e-123456789abc/learners/x_y',
    '/api/runs?x=1',
    '/a/../b',
    '/a/./b',
    '//evil.example/path',
    '/%2e%2e/secret',
    '/caf\u00e9',
    '/_astro/index.Bx1.js',
    '/a b',
    '/a#frag',
    '/a\\b',
  ])('%j as the URL parser reads it', (target) => {
    expect(pathOf(target)).toBe(byParser(target));
  });

  it('a target that is no URL at all is undefined', () => {
    expect(pathOf('http://[')).toBeUndefined();
  });
});
