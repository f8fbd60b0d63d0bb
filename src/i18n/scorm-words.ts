/**
 * The words of the trainer's SCORM download (the form on the trainer home and the route's error
 * answers), both languages side by side. Kept apart from trainer-de/en.ts, like the scenario
 * editor's words, so the feature stays in one place.
 */
import type { Locale } from '../engine/locales.ts';
import type { DownloadProblem } from '../scorm/package/download-request.ts';

export interface ScormWords {
  heading: string;
  lead: string;
  module: string;
  language: string;
  version: string;
  version12: string;
  version2004: string;
  download: string;
  problems: Record<DownloadProblem, string>;
}

export const SCORM_WORDS: Record<Locale, ScormWords> = {
  de: {
    heading: 'Für die Lernplattform (SCORM)',
    lead: 'Ein Modul als SCORM-Paket für Moodle (auch mebis und LOGINEO NRW), ILIAS oder itslearning. Die Plattform erhält Status, Punktzahl, Bearbeitungszeit und jede Entscheidung; geschriebene Antworten nur als erkannte Merkmale, nie als Text.',
    module: 'Modul',
    language: 'Sprache',
    version: 'SCORM-Version',
    version12: 'SCORM 1.2 (von fast jeder Plattform gelesen)',
    version2004: 'SCORM 2004, 4. Ausgabe',
    download: 'Paket herunterladen',
    problems: {
      'sign-in-needed': 'Bitte melde dich zuerst im Trainerbereich an.',
      'bad-module': 'Bitte wähle ein Modul (eine Zahl wie 4).',
      'bad-language': 'Die Sprache ist „de“ oder „en“.',
      'bad-version': 'Die SCORM-Version ist „1.2“ oder „2004“.',
      'bad-scenario': 'Dieser Szenario-Name ist ungültig.',
      'unknown-module': 'Dieses Modul gibt es nicht.',
      'unknown-scenario': 'Kein Modul enthält dieses Szenario.',
      'no-build': 'Das Paket kann gerade nicht gebaut werden: Die Website ist auf diesem Server nicht gebaut. Bitte wende dich an den Betrieb.',
    },
  },
  en: {
    heading: 'For your learning platform (SCORM)',
    lead: 'A module as a SCORM package for Moodle (also mebis and LOGINEO NRW), ILIAS or itslearning. The platform receives status, score, time spent and every decision; written replies only as their recognised features, never as text.',
    module: 'Module',
    language: 'Language',
    version: 'SCORM version',
    version12: 'SCORM 1.2 (read by almost every platform)',
    version2004: 'SCORM 2004, 4th edition',
    download: 'Download package',
    problems: {
      'sign-in-needed': 'Please sign in to the trainer area first.',
      'bad-module': 'Please choose a module (a number such as 4).',
      'bad-language': 'The language is "de" or "en".',
      'bad-version': 'The SCORM version is "1.2" or "2004".',
      'bad-scenario': 'This scenario name is not valid.',
      'unknown-module': 'There is no such module.',
      'unknown-scenario': 'No module contains this scenario.',
      'no-build': 'The package cannot be built right now: the site is not built on this server. Please contact its operator.',
    },
  },
};
