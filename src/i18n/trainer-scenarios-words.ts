/**
 * The words of the trainer's own-scenario pages (list, editor, learner's play page), both locales
 * side by side. Kept apart from trainer-de.ts/trainer-en.ts so this feature stays in its own files;
 * `{name}` is filled by `fill` (src/i18n/translate.ts).
 */
import type { Locale } from '../engine/locales.ts';

/** Problem codes the editor pages put into words (services/own-scenarios.ts SaveCode and the lookups). */
export type ScenarioPageCode =
  | 'scenario-too-large'
  | 'scenario-too-deep'
  | 'scenario-broken'
  | 'scenario-id-published'
  | 'scenario-id-taken'
  | 'scenario-saves-rate-limited'
  | 'own-scenario-not-found'
  | 'body-too-large';

export const SCENARIO_WORDS = {
  de: {
    listTitle: 'Eigene Szenarien',
    listLead: 'Schreibe Szenarien für deine Klassen: Beginne mit einer Kopie eines veröffentlichten Szenarios oder mit der Vorlage, prüfe sie, sieh dir die Karte an, spiele sie und speichere sie. Nur du und die Lernenden deiner Klassen sehen sie.',
    backHome: 'Zurück zum Trainingsbereich',
    ownHeading: 'Deine Szenarien',
    noOwn: 'Du hast noch kein eigenes Szenario gespeichert.',
    colTitle: 'Titel',
    colId: 'Id',
    colVersion: 'Version',
    colSaved: 'Gespeichert',
    colActions: 'Aktionen',
    edit: 'Bearbeiten',
    download: 'YAML herunterladen',
    openCopy: 'Als Kopie öffnen',
    delete: 'Löschen',
    deleted: 'Das Szenario ist gelöscht, mit allen Versionen und Zuweisungen. Gespeicherte Ergebnisse bleiben bei den Lernenden.',
    playLink: 'Link für Lernende',
    startHeading: 'Neu beginnen',
    fromTemplate: 'Mit der Vorlage beginnen (das vollständige Beispiel aus der Anleitung)',
    publishedHeading: 'Veröffentlichte Szenarien als Ausgangspunkt',
    colModule: 'Modul',
    guide: 'Anleitung zum Editor',
    editorTitle: 'Szenario bearbeiten',
    editorLead: 'Schreibe das Szenario im YAML-Format. „Prüfen“ zeigt die Meldungen der Prüfung an ihren Zeilen, die Karte und den Simulator; „Speichern“ legt eine neue Version an, wenn das Szenario fehlerfrei ist.',
    checkerEnglish: 'Die Meldungen der Prüfung sind auf Englisch (wie beim Befehl check:content).',
    yamlLabel: 'Szenario (YAML)',
    yamlHint: 'Höchstens {limit} KB. Einrückung mit Leerzeichen. Die Zeile „id:“ ist der Name in der Adresse.',
    check: 'Prüfen',
    save: 'Speichern',
    saved: 'Gespeichert als Version {version} von „{id}“.',
    unchanged: 'Keine Änderung: Version {version} von „{id}“ ist schon gespeichert.',
    problemsHeading: 'Meldungen der Prüfung ({count})',
    errorsCount: '{count} Fehler: Speichern geht erst, wenn sie behoben sind.',
    noProblems: 'Die Prüfung hat nichts gefunden.',
    line: 'Zeile {line}',
    fix: 'So behebst du es:',
    listingHeading: 'Text mit Zeilennummern',
    mapHeading: 'Szenario-Karte',
    playHeading: 'Ausprobieren',
    playHint: 'So spielen es deine Lernenden. Deine eigenen Durchläufe werden nicht gespeichert.',
    learnerLink: 'Lernende deiner Klassen spielen die gespeicherte Version unter {url}.',
    notFoundTitle: 'Szenario nicht gefunden',
    notFoundText: 'Dieses Szenario gibt es nicht, oder es gehört jemand anderem.',
    playTitle: 'Szenario deiner Klasse',
    playLoading: 'Das Szenario wird geladen …',
    playJoinFirst: 'Dieses Szenario ist für eine Klasse. Tritt zuerst deiner Klasse bei, dann öffne den Link noch einmal.',
    playJoin: 'Einer Klasse beitreten',
    playNotFound: 'Dieses Szenario gibt es nicht, oder es ist nicht für deine Klasse.',
    playOffline: 'Das Szenario konnte nicht geladen werden. Prüfe die Verbindung und lade die Seite neu.',
    codes: {
      'scenario-too-large': 'Das Szenario ist größer als {limit} Bytes. Kürze die Texte oder teile es in zwei Szenarien.',
      'scenario-too-deep': 'Das Szenario ist tiefer als {limit} Ebenen verschachtelt. Szenarien brauchen viel weniger: Prüfe die Einrückung.',
      'scenario-broken': 'Das Szenario hat {count} Fehler und wurde nicht gespeichert. Behebe die Fehler unten und speichere dann.',
      'scenario-id-published': 'Die Id „{scenarioId}“ gehört einem veröffentlichten Szenario. Gib deinem Szenario eine eigene Id (Zeile „id:“).',
      'scenario-id-taken': 'Die Id „{scenarioId}“ ist schon vergeben. Gib deinem Szenario eine andere Id (Zeile „id:“).',
      'scenario-saves-rate-limited': 'Zu viele Prüfungen und Speicherungen in einer Minute. Versuche es in {retryAfter} Sekunden wieder; dein Text steht unten.',
      'own-scenario-not-found': 'Dieses Szenario gibt es nicht, oder es gehört jemand anderem.',
      'body-too-large': 'Der Text ist zu groß zum Senden (höchstens {limit} Bytes).',
    },
  },
  en: {
    listTitle: 'Your own scenarios',
    listLead: 'Write scenarios for your classes: start from a copy of a published scenario or from the template, check it, look at its map, play it and save it. Only you and the learners of your classes see it.',
    backHome: 'Back to the trainer area',
    ownHeading: 'Your scenarios',
    noOwn: 'You have not saved a scenario of your own yet.',
    colTitle: 'Title',
    colId: 'Id',
    colVersion: 'Version',
    colSaved: 'Saved',
    colActions: 'Actions',
    edit: 'Edit',
    download: 'Download YAML',
    openCopy: 'Open a copy',
    delete: 'Delete',
    deleted: 'The scenario is deleted, with all its versions and assignments. Results already stored stay with the learners.',
    playLink: 'Link for learners',
    startHeading: 'Start something new',
    fromTemplate: 'Start from the template (the complete example of the guide)',
    publishedHeading: 'Published scenarios to start from',
    colModule: 'Module',
    guide: 'Guide to the editor',
    editorTitle: 'Edit a scenario',
    editorLead: 'Write the scenario in YAML. "Check" shows the checker\'s messages at their lines, the map and the simulator; "Save" stores a new version once the scenario has no errors.',
    checkerEnglish: 'The checker writes its messages in English (as the check:content command does).',
    yamlLabel: 'Scenario (YAML)',
    yamlHint: 'At most {limit} KB. Indent with spaces. The "id:" line is the name in the address.',
    check: 'Check',
    save: 'Save',
    saved: 'Saved as version {version} of "{id}".',
    unchanged: 'No change: version {version} of "{id}" is saved already.',
    problemsHeading: 'Checker messages ({count})',
    errorsCount: '{count} error(s): saving works once they are fixed.',
    noProblems: 'The check found nothing.',
    line: 'line {line}',
    fix: 'Fix:',
    listingHeading: 'Text with line numbers',
    mapHeading: 'Scenario map',
    playHeading: 'Try it',
    playHint: 'This is how your learners play it. Your own runs are not stored.',
    learnerLink: 'Learners of your classes play the saved version at {url}.',
    notFoundTitle: 'Scenario not found',
    notFoundText: 'This scenario does not exist, or it belongs to someone else.',
    playTitle: 'Your class\'s scenario',
    playLoading: 'Loading the scenario …',
    playJoinFirst: 'This scenario is for a class. Join your class first, then open the link again.',
    playJoin: 'Join a class',
    playNotFound: 'This scenario does not exist, or it is not for your class.',
    playOffline: 'The scenario could not be loaded. Check the connection and reload the page.',
    codes: {
      'scenario-too-large': 'The scenario is larger than {limit} bytes. Shorten its texts or split it into two scenarios.',
      'scenario-too-deep': 'The scenario nests more than {limit} levels deep. Scenarios need far fewer: check the indentation.',
      'scenario-broken': 'The scenario has {count} error(s) and was not saved. Fix the errors below, then save.',
      'scenario-id-published': 'The id "{scenarioId}" belongs to a published scenario. Give your scenario an id of its own (the "id:" line).',
      'scenario-id-taken': 'The id "{scenarioId}" is already taken. Give your scenario another id (the "id:" line).',
      'scenario-saves-rate-limited': 'Too many checks and saves in one minute. Try again in {retryAfter} seconds; your text is below.',
      'own-scenario-not-found': 'This scenario does not exist, or it belongs to someone else.',
      'body-too-large': 'The text is too large to send (at most {limit} bytes).',
    },
  },
} as const satisfies Record<Locale, Record<string, string | Record<ScenarioPageCode, string>>>;

/** The pages of the feature in each locale. */
export const SCENARIO_PATHS = {
  list: { de: '/trainer/szenarien/', en: '/en/trainer/scenarios/' },
  edit: { de: '/trainer/szenarien/bearbeiten/', en: '/en/trainer/scenarios/edit/' },
  play: { de: '/spielen/', en: '/en/play/' },
} as const satisfies Record<string, Record<Locale, string>>;

/** The learner's play page of a scenario. */
export function playUrl(locale: Locale, scenarioId: string): string {
  return `${SCENARIO_PATHS.play[locale]}${scenarioId}/`;
}

/** The editor, opened on the trainer's scenario `id` or on a copy/template (`from`). */
export function editUrl(locale: Locale, query: { id?: string; from?: string; template?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (query.id) params.set('id', query.id);
  if (query.from) params.set('from', query.from);
  if (query.template) params.set('template', '1');
  const q = params.toString();
  return `${SCENARIO_PATHS.edit[locale]}${q ? `?${q}` : ''}`;
}
