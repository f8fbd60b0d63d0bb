/**
 * `t` for the trainer pages: their own strings (kept out of the shared dictionaries, so the islands
 * every learner loads never carry them) plus every shared UI string.
 */
import type { Locale } from '../engine/locales.ts';
import { t, type UiKey } from './t.ts';
import { trainerDe, type TrainerKey } from './trainer-de.ts';
import { trainerEn } from './trainer-en.ts';

const dictionaries: Record<Locale, Record<TrainerKey, string>> = { de: trainerDe, en: trainerEn };

export type TrainerTranslate = (key: UiKey | TrainerKey, vars?: Record<string, string | number>) => string;

export function trainerTranslator(locale: Locale): TrainerTranslate {
  return (key, vars) => {
    const own = (dictionaries[locale] as Record<string, string>)[key];
    if (own === undefined) return t(locale, key as UiKey, vars);
    return vars ? own.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : own;
  };
}

export type { TrainerKey };
