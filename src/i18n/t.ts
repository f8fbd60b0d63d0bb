/**
 * One `t()` for every UI string: looks the key up in the locale's dictionary, falls back to German,
 * and fills `{name}` placeholders. Words live here; the engine only returns codes and numbers.
 */
import { DEFAULT_LOCALE, type Locale } from '../engine/locales.ts';
import { de, type UiKey } from './de.ts';
import { en } from './en.ts';

const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { de, en };

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

export function t(locale: Locale, key: UiKey, vars?: Record<string, string | number>): string {
  const template = dictionaries[locale][key] ?? dictionaries[DEFAULT_LOCALE][key] ?? key;
  return vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : template;
}

/** `t` bound to one locale, for components. */
export function translator(locale: Locale): Translate {
  return (key, vars) => t(locale, key, vars);
}

export type { UiKey };

/** Keys built from engine codes, e.g. `storm.3` or `outcome.candystorm`. */
export type UiKeyOf<P extends string> = Extract<UiKey, `${P}.${string}`>;
