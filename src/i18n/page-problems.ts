/**
 * What a page says when a form post failed, in the page's language. The API redirects a failed
 * form back with `?error=<code>` (a problem code, never text: a link with text of its own would put
 * someone else's words on our page); the page looks the code up here. Words need no parameters,
 * because only the code travels in the URL. An unknown code gets the generic message.
 */
import type { Locale } from '../engine/locales.ts';
import type { apiEn } from './api-en.ts';

type Code = keyof typeof apiEn;

const de: Record<Code, string> = {
  'unsupported-type': 'Das Formular wurde in einem unbekannten Format geschickt.',
  'body-too-large': 'Die Eingabe ist zu lang.',
  'body-not-json': 'Die Eingabe ließ sich nicht lesen.',
  'body-too-deep': 'Die Eingabe ließ sich nicht lesen.',
  'method-not-allowed': 'Diese Aktion gibt es hier nicht.',
  'bad-host': 'Die Adresse ist ungültig.',
  'request-timeout': 'Die Anfrage hat zu lange gedauert. Bitte versuch es noch einmal.',
  'headers-too-large': 'Die Anfrage war zu groß.',
  'bad-request': 'Die Anfrage war ungültig.',
  'nul-text': 'Der Text enthält ein unzulässiges Steuerzeichen.',
  'invalid-request': 'Bitte prüf die Eingaben im Formular.',
  'unknown-action': 'Diese Aktion gibt es nicht.',
  'nothing-to-change': 'Es gab nichts zu ändern.',
  'foreign-origin': 'Das Formular kam nicht von dieser Website.',
  'sign-in-needed': 'Bitte melde dich an.',
  'learner-token-missing': 'Tritt zuerst einer Klasse bei.',
  'learner-token-unknown': 'Diese Teilnahme gibt es nicht mehr (vielleicht wurde die Klasse gelöscht). Tritt neu bei.',
  'sign-in-invalid': 'E-Mail oder Passwort stimmt nicht.',
  'sign-in-rate-limited': 'Zu viele fehlgeschlagene Anmeldungen. Bitte warte einige Minuten.',
  'password-rate-limited': 'Zu oft ein falsches Passwort. Bitte warte einige Minuten.',
  'registration-closed': 'Die Registrierung ist geschlossen. Frag den Betreiber nach einem Konto.',
  'email-taken': 'Für diese E-Mail gibt es schon ein Konto.',
  'password-too-short': 'Das Passwort ist zu kurz.',
  'new-password-too-short': 'Das neue Passwort ist zu kurz.',
  'current-password-wrong': 'Das aktuelle Passwort stimmt nicht.',
  'class-not-found': 'Diese Klasse gibt es nicht.',
  'learner-not-found': 'Diese Person gibt es in der Klasse nicht.',
  'assignment-not-found': 'Diese Aufgabe gibt es nicht.',
  'module-without-scenario': 'Dieses Modul hat noch kein Szenario.',
  'scenario-too-large': 'Das Szenario ist zu groß.',
  'scenario-too-deep': 'Das Szenario ist zu tief verschachtelt.',
  'scenario-broken': 'Das Szenario hat Fehler und wurde nicht gespeichert.',
  'scenario-id-published': 'Diese Id gehört einem veröffentlichten Szenario.',
  'scenario-id-taken': 'Diese Id ist schon vergeben.',
  'scenario-saves-rate-limited': 'Zu viele Prüfungen und Speicherungen. Bitte warte eine Minute.',
  'own-scenario-not-found': 'Dieses Szenario gibt es nicht.',
  'join-rate-limited': 'Zu viele falsche Codes. Bitte warte einige Minuten.',
  'joins-rate-limited': 'Zu viele Beitritte aus diesem Netz. Bitte warte einige Minuten.',
  'class-full': 'Diese Klasse ist voll. Frag deine Lehrkraft.',
  'join-code-unknown': 'Keine Klasse hat diesen Code. Prüf ihn mit deiner Lehrkraft.',
  'pseudonym-taken': 'Diesen Namen nutzt in der Klasse schon jemand. Wähl einen anderen.',
  'pseudonym-confusable': 'Dieser Name sieht einem Namen in der Klasse zum Verwechseln ähnlich. Wähl einen anderen.',
  'write-not-here': 'An dieser Stelle des Szenarios kann man keine eigene Antwort schreiben.',
  'reply-too-long': 'Eine eigene Antwort ist länger als an dieser Stelle erlaubt.',
  'reply-mismatch': 'Eine eigene Antwort wurde unvollständig übertragen.',
  'resume-failed': 'Name und Weiter-Code passen zu niemandem in dieser Klasse. Prüf beides oder tritt unter einem neuen Namen bei.',
  'class-archived': 'Diese Klasse ist archiviert und nimmt keine Ergebnisse mehr an.',
  'runs-rate-limited': 'Zu viele Ergebnisse in kurzer Zeit. Bitte warte einen Moment.',
  'scenario-unknown': 'Dieses Szenario gibt es nicht.',
  'module-not-assigned': 'Dieses Modul ist deiner Klasse nicht zugewiesen.',
  'scenario-changed': 'Das Szenario hat sich geändert. Bitte spiel es noch einmal.',
  'path-refused': 'Dieser Weg ist im Szenario nicht möglich.',
  'path-unfinished': 'Dieser Durchgang ist nicht zu Ende gespielt.',
  'learner-gone': 'Deine Teilnahme gibt es nicht mehr. Tritt der Klasse neu bei.',
  'finished-in-future': 'Die Uhrzeit deines Geräts stimmt nicht.',
  'finished-too-long-ago': 'Dieses Ergebnis ist zu alt.',
  'finished-before-joining': 'Die Uhrzeit deines Geräts stimmt nicht.',
  'run-id-taken': 'Dieser Durchgang ist schon gespeichert. Starte einen neuen.',
  conflict: 'Das wurde gerade gleichzeitig woanders geändert. Bitte versuch es noch einmal.',
  'server-error': 'Auf dem Server ist etwas schiefgegangen. Bitte versuch es noch einmal.',
};

const en: Record<Code, string> = {
  'unsupported-type': 'The form was sent in an unknown format.',
  'body-too-large': 'The input is too long.',
  'body-not-json': 'The input could not be read.',
  'body-too-deep': 'The input could not be read.',
  'method-not-allowed': 'This action does not exist here.',
  'bad-host': 'The address is not valid.',
  'request-timeout': 'The request took too long. Please try again.',
  'headers-too-large': 'The request was too large.',
  'bad-request': 'The request was not valid.',
  'nul-text': 'The text contains a control character that is not allowed.',
  'invalid-request': 'Please check what you entered in the form.',
  'unknown-action': 'This action does not exist.',
  'nothing-to-change': 'There was nothing to change.',
  'foreign-origin': 'The form did not come from this site.',
  'sign-in-needed': 'Please sign in.',
  'learner-token-missing': 'Join a class first.',
  'learner-token-unknown': 'This membership no longer exists (the class may have been deleted). Join again.',
  'sign-in-invalid': 'E-mail or password is wrong.',
  'sign-in-rate-limited': 'Too many failed sign-ins. Please wait a few minutes.',
  'password-rate-limited': 'Too many wrong passwords. Please wait a few minutes.',
  'registration-closed': 'Registration is closed. Ask the operator for an account.',
  'email-taken': 'This e-mail already has an account.',
  'password-too-short': 'The password is too short.',
  'new-password-too-short': 'The new password is too short.',
  'current-password-wrong': 'The current password is wrong.',
  'class-not-found': 'There is no such class.',
  'learner-not-found': 'There is no such learner in this class.',
  'assignment-not-found': 'There is no such assignment.',
  'module-without-scenario': 'This module has no scenario yet.',
  'scenario-too-large': 'The scenario is too large.',
  'scenario-too-deep': 'The scenario nests too deeply.',
  'scenario-broken': 'The scenario has errors and was not saved.',
  'scenario-id-published': 'This id belongs to a published scenario.',
  'scenario-id-taken': 'This id is already taken.',
  'scenario-saves-rate-limited': 'Too many checks and saves. Please wait a minute.',
  'own-scenario-not-found': 'This scenario does not exist.',
  'join-rate-limited': 'Too many wrong codes. Please wait a few minutes.',
  'joins-rate-limited': 'Too many joins from this network. Please wait a few minutes.',
  'class-full': 'This class is full. Ask your teacher.',
  'join-code-unknown': 'No class has this code. Check it with your teacher.',
  'pseudonym-taken': 'Someone in this class already uses this name. Choose another.',
  'pseudonym-confusable': 'This name looks just like a name already in this class. Choose another.',
  'write-not-here': 'This point of the scenario takes no written reply.',
  'reply-too-long': 'A written reply is longer than this point of the scenario allows.',
  'reply-mismatch': 'A written reply arrived incomplete.',
  'resume-failed': 'No one in this class has this name and resume code. Check both, or join under a new name.',
  'class-archived': 'This class is archived and takes no more results.',
  'runs-rate-limited': 'Too many results in a short time. Please wait a moment.',
  'scenario-unknown': 'There is no such scenario.',
  'module-not-assigned': 'This module is not assigned to your class.',
  'scenario-changed': 'The scenario has changed. Please play it again.',
  'path-refused': 'This path is not possible in the scenario.',
  'path-unfinished': 'This run is not finished.',
  'learner-gone': 'Your membership no longer exists. Join the class again.',
  'finished-in-future': 'The clock of your device is wrong.',
  'finished-too-long-ago': 'This result is too old.',
  'finished-before-joining': 'The clock of your device is wrong.',
  'run-id-taken': 'This run is already stored. Start a new one.',
  conflict: 'This was changed elsewhere at the same moment. Please try again.',
  'server-error': 'Something went wrong on the server. Please try again.',
};

const GENERIC: Record<Locale, string> = {
  de: 'Bitte versuch es noch einmal.',
  en: 'Please try again.',
};

const PAGE_PROBLEMS: Record<Locale, Record<Code, string>> = { de, en };

/** True for a problem code the pages have words for (anything from a URL is checked with this). */
export function isPageProblemCode(code: string): code is Code {
  return Object.hasOwn(de, code);
}

/** The words for a failed form's `?error=` code in `locale`; an unknown code gets a generic message. */
export function pageProblemText(locale: Locale, code: string): string {
  return isPageProblemCode(code) ? PAGE_PROBLEMS[locale][code] : GENERIC[locale];
}
