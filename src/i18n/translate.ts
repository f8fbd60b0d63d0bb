/**
 * Turning a dictionary into a `t()`, without importing any dictionary: islands get their page's
 * messages as props (src/i18n/t.ts `messagesFor`), so the browser never downloads the other
 * language's strings.
 */
import type { UiKey } from './de.ts';

/** One locale's UI strings, complete (German fills what a translation lacks). */
export type Messages = Readonly<Record<UiKey, string>>;

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; unknown names stay as they are. */
export function fill(template: string, vars?: Record<string, string | number>): string {
  return vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : template;
}

export function translatorFrom(messages: Messages): Translate {
  return (key, vars) => fill(messages[key] ?? key, vars);
}
