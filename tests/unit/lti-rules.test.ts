/**
 * The LTI tool's small rules, table-driven: which module or scenario a link's custom parameters
 * name, which page and anchor it opens, the page's language, who counts as an instructor, the
 * scores URL of a line item, the retry backoff, and that a published key keeps no private member.
 */
import { describe, expect, it } from 'vitest';
import { generateKeyPair, exportJWK } from 'jose';
import { pageOf, scenariosOf, targetOf, type Catalogue } from '../../src/server/lti/catalogue.ts';
import { isInstructor } from '../../src/server/lti/lti-claims.ts';
import { ltiLocale } from '../../src/server/lti/lti-problems.ts';
import { scoresUrl } from '../../src/server/lti/ags-client.ts';
import { nextAttemptAt } from '../../src/server/lti/score-queue.ts';
import { publicOnly } from '../../src/server/lti/tool-keys.ts';

const CATALOGUE: Catalogue = [
  {
    module: 4,
    title: { de: 'Deeskalieren', en: 'De-escalation' },
    url: { de: '/module/deeskalieren/', en: '/en/module/de-escalation/' },
    scenarios: [
      { id: 'paket-verspaetet', module: 4, title: { de: 'Paket', en: 'Parcel' }, anchor: 'simulator' },
      { id: 'foto-im-bus', module: 4, title: { de: 'Foto', en: 'Photo' }, anchor: 'simulator-2' },
    ],
  },
  { module: 5, title: { de: 'Lösungen', en: 'Solutions' }, url: { de: '/module/loesungen/', en: '/en/module/solutions/' }, scenarios: [] },
];

describe('targetOf', () => {
  it.each([
    ['a scenario', { scenario: 'foto-im-bus' }, { kind: 'scenario', module: 4, scenarioId: 'foto-im-bus' }],
    ['the scenario over the module', { scenario: 'paket-verspaetet', module: '5' }, { kind: 'scenario', module: 4, scenarioId: 'paket-verspaetet' }],
    ['a module as text', { module: '5' }, { kind: 'module', module: 5 }],
    ['a module as a number', { module: 4 }, { kind: 'module', module: 4 }],
    ['an unknown scenario', { scenario: 'gibt-es-nicht' }, undefined],
    ['an unknown module', { module: '11' }, undefined],
    ['a module that is no number', { module: '4; drop table' }, undefined],
    ['nothing', undefined, undefined],
  ])('reads %s', (_name, custom, expected) => {
    expect(targetOf(CATALOGUE, custom)).toEqual(expected);
  });
});

describe('pageOf and scenariosOf', () => {
  it.each([
    [{ kind: 'scenario', module: 4, scenarioId: 'foto-im-bus' } as const, 'de', '/module/deeskalieren/#simulator-2', ['foto-im-bus']],
    [{ kind: 'scenario', module: 4, scenarioId: 'paket-verspaetet' } as const, 'en', '/en/module/de-escalation/#simulator', ['paket-verspaetet']],
    [{ kind: 'module', module: 4 } as const, 'de', '/module/deeskalieren/#simulator', ['paket-verspaetet', 'foto-im-bus']],
    [{ kind: 'module', module: 5 } as const, 'en', '/en/module/solutions/', []],
  ])('%j in %s opens %s and assigns %j', (target, locale, page, scenarios) => {
    expect(pageOf(CATALOGUE, target, locale as 'de' | 'en')).toBe(page);
    expect(scenariosOf(CATALOGUE, target).map((s) => s.id)).toEqual(scenarios);
  });
});

describe('ltiLocale', () => {
  it.each([
    ['de-DE', null, 'de'],
    ['en_GB', 'de', 'en'],
    [undefined, 'fr-FR,en;q=0.8,de;q=0.5', 'en'],
    [undefined, 'fr-FR', 'de'],
    ['tr', 'de-AT', 'de'],
  ])('claim %s with Accept-Language %s speaks %s', (claim, accept, expected) => {
    expect(ltiLocale(claim, accept)).toBe(expected);
  });
});

describe('isInstructor', () => {
  it.each([
    [['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'], true],
    [['http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant'], true],
    [['http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator'], true],
    [['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'], false],
    // An institution role alone says nothing about this course.
    [['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor'], false],
    [['Instructor'], false],
    [[], false],
  ])('%j: %s', (roles, expected) => {
    expect(isInstructor(roles)).toBe(expected);
  });
});

describe('scoresUrl', () => {
  it.each([
    ['https://lms.example/api/lti/courses/1/line_items/7', 'https://lms.example/api/lti/courses/1/line_items/7/scores'],
    ['https://lms.example/mod/lti/services.php/2/lineitems/5/lineitem?type_id=3', 'https://lms.example/mod/lti/services.php/2/lineitems/5/lineitem/scores?type_id=3'],
    ['https://lms.example/items/5/', 'https://lms.example/items/5/scores'],
  ])('%s -> %s', (lineitem, expected) => {
    expect(scoresUrl(lineitem)).toBe(expected);
  });
});

describe('nextAttemptAt', () => {
  it('doubles the wait after each failure and never waits more than six hours', () => {
    const from = Date.UTC(2026, 11, 3, 12);
    const waits = [1, 2, 3, 9, 40].map((n) => (Date.parse(nextAttemptAt(n, 30_000, from)) - from) / 1000);
    expect(waits).toEqual([30, 60, 120, 30 * 2 ** 8, 6 * 3600]);
  });
});

describe('publicOnly', () => {
  it('keeps kty, n and e of a private RSA key and nothing private', async () => {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = await exportJWK(privateKey);
    expect(jwk.d).toBeDefined();
    expect(Object.keys(publicOnly(jwk, 'k1')).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
  });
});
