/**
 * One `t()` for every UI string: looks the key up in the locale's dictionary, falls back to German,
 * and fills `{name}` placeholders. Words live here; the engine only returns codes and numbers.
 * Server-side code uses this module; islands get `messagesFor(locale)` as a prop and use
 * translate.ts, so only one language's strings reach the browser.
 */
import { DEFAULT_LOCALE, type Locale } from '../engine/locales.ts';
import { de, type UiKey } from './de.ts';
import { en } from './en.ts';
import { fill, translatorFrom, type Messages, type Translate } from './translate.ts';

const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { de, en };

export function t(locale: Locale, key: UiKey, vars?: Record<string, string | number>): string {
  return fill(dictionaries[locale][key] ?? dictionaries[DEFAULT_LOCALE][key] ?? key, vars);
}

/** Every UI string in `locale`, German where a translation is missing. */
export function messagesFor(locale: Locale): Messages {
  return { ...dictionaries[DEFAULT_LOCALE], ...dictionaries[locale] } as Messages;
}

/** `t` bound to one locale, for components. */
export function translator(locale: Locale): Translate {
  return translatorFrom(messagesFor(locale));
}

export type { Messages, Translate, UiKey };

/** Keys built from engine codes, e.g. `storm.3` or `outcome.candystorm`. */
export type UiKeyOf<P extends string> = Extract<UiKey, `${P}.${string}`>;
