/**
 * scenarioForLocale: what a page's island gets. Only the page's language is left in every text, and
 * nothing else changes, so runs, scores and advice are those of the full scenario.
 */
import { describe, expect, it } from 'vitest';
import { adviseRun, LOCALES, replay, scenarioForLocale, scoreRun, type Scenario } from '../../src/engine/index.ts';
import { loadSiteScenario, randomPath, rng } from '../support/api-fixtures.ts';

const ID = 'paket-verspaetet';
const { scenario, analysis } = loadSiteScenario(ID);
const extremes = analysis.extremes!;

/** Every `{ de, en }` text of a value, with its path. */
function texts(value: unknown, path = ''): [string, Record<string, string>][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (Object.keys(record).length === LOCALES.length && LOCALES.every((l) => typeof record[l] === 'string')) return [[path, record as Record<string, string>]];
  return Object.entries(record).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

describe.each(LOCALES)('scenarioForLocale(…, %s)', (locale) => {
  const local: Scenario = scenarioForLocale(scenario, locale);

  it('keeps every text in the page language and empties the other', () => {
    const full = texts(scenario);
    const kept = texts(local);
    expect(kept.map(([path]) => path)).toEqual(full.map(([path]) => path));
    expect(full.length).toBeGreaterThan(50);
    for (const [i, [path, text]] of kept.entries()) {
      expect(text[locale], path).toBe(full[i]![1][locale]);
      for (const other of LOCALES.filter((l) => l !== locale)) expect(text[other], path).toBe('');
    }
  });

  it('changes nothing but texts, and leaves the full scenario untouched', () => {
    // With every text emptied in both, the two must be identical.
    const blank = (s: Scenario) => scenarioForLocale(scenarioForLocale(s, 'de'), 'en');
    expect(blank(local)).toEqual(blank(scenario));
    expect(JSON.stringify(blank(scenario))).not.toMatch(/"(de|en)":"[^"]/);
    expect(texts(scenario).every(([, t]) => LOCALES.every((l) => t[l]!.length > 0))).toBe(true);
  });

  // Each advice explores the scenario's whole state graph (tens of ms, seconds on a busy 2-core
  // machine), so the sample is kept small and the budget is stated rather than vitest's 5 s default.
  it('scores and advises every run exactly as the full scenario does', { timeout: 60_000 }, () => {
    const random = rng(7);
    for (let i = 0; i < 8; i++) {
      const path = randomPath(random, ID);
      const fullRun = replay(scenario, path);
      const localRun = replay(local, path);
      expect(fullRun.ok && localRun.ok).toBe(true);
      if (!fullRun.ok || !localRun.ok) continue;
      expect(scoreRun(local, localRun.run, extremes)).toEqual(scoreRun(scenario, fullRun.run, extremes));
      expect(adviseRun(local, localRun.run)).toEqual(adviseRun(scenario, fullRun.run));
    }
  });
});
