/**
 * A scenario as one locale's page needs it: every `{ de, en }` text keeps only that locale's string
 * and the other one is left empty. The island only ever shows its page's language, so this halves
 * the scenario in the page's HTML. Ids, conditions, effects and scores are untouched, so runs,
 * scores and stored progress are the same as with the full scenario (the server replays runs
 * against the full one).
 */
import { LOCALES, type Locale } from './locales.ts';
import type { Scenario } from './scenario-schema.ts';

function isText(value: object): value is Record<Locale, string> {
  const keys = Object.keys(value);
  return keys.length === LOCALES.length && LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === 'string');
}

function keepLocale(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((v) => keepLocale(v, locale));
  if (value === null || typeof value !== 'object') return value;
  if (isText(value)) return Object.fromEntries(LOCALES.map((l) => [l, l === locale ? value[l] : '']));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keepLocale(v, locale)]));
}

export function scenarioForLocale(scenario: Scenario, locale: Locale): Scenario {
  return keepLocale(scenario, locale) as Scenario;
}
