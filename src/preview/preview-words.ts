/**
 * The preview page's own words. Kept here rather than in src/i18n: the preview exists only under
 * `npm run preview`, and the dictionaries there are sent to every simulator on the site.
 */
import type { Locale } from '../engine/locales.ts';

export const PREVIEW_WORDS = {
  de: {
    title: 'Vorschau',
    intro: 'Diese Seite zeigt die Datei {file}. Speichere sie, und die Seite lädt neu und prüft sie wieder.',
    broken: 'Die Datei hat {count} Fehler. Behebe sie, dann erscheint hier der Simulator.',
    warnings: 'Hinweise ({count})',
    errors: 'Fehler ({count})',
    line: 'Zeile {line}',
    fix: 'So behebst du es:',
    ok: 'Die Prüfung hat nichts gefunden.',
    other: 'English preview',
  },
  en: {
    title: 'Preview',
    intro: 'This page shows the file {file}. Save it and the page reloads and checks it again.',
    broken: 'The file has {count} error(s). Fix them and the simulator appears here.',
    warnings: 'Warnings ({count})',
    errors: 'Errors ({count})',
    line: 'line {line}',
    fix: 'Fix:',
    ok: 'The check found nothing.',
    other: 'Deutsche Vorschau',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export const PREVIEW_PATHS: Record<Locale, string> = { de: '/vorschau/', en: '/en/preview/' };
