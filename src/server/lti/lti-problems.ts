/**
 * Why an LTI request was refused: a code, its HTTP status and words in German and English. LTI
 * requests come from a person's browser (sent on by their learning platform), so the refusal is a
 * small page in their language (the launch's `locale` claim, else Accept-Language), not JSON.
 */
import type { Locale } from '../../engine/index.ts';

export const LTI_PROBLEMS = {
  'lti-login-invalid': { status: 400, de: 'Die Anmeldung vom Lernportal ist unvollständig (iss, login_hint oder target_link_uri fehlt).', en: 'The login from the learning platform is incomplete (iss, login_hint or target_link_uri is missing).' },
  'lti-platform-unknown': { status: 400, de: 'Dieses Lernportal ist hier nicht eingetragen. Die Betreiberin muss es mit „npm run lti -- add“ registrieren.', en: 'This learning platform is not registered here. The operator must add it with "npm run lti -- add".' },
  'lti-state-invalid': { status: 400, de: 'Der Start passt zu keiner laufenden Anmeldung (state fehlt, ist abgelaufen oder schon benutzt). Bitte den Link im Kurs noch einmal öffnen.', en: 'The launch matches no login in progress (state missing, expired or used already). Please open the link in the course again.' },
  'lti-token-missing': { status: 400, de: 'Der Start enthält kein id_token.', en: 'The launch contains no id_token.' },
  'lti-signature-invalid': { status: 401, de: 'Die Signatur des Starts ist ungültig: Er stammt nicht vom eingetragenen Lernportal.', en: 'The launch signature is invalid: it does not come from the registered learning platform.' },
  'lti-token-expired': { status: 401, de: 'Der Start ist abgelaufen. Bitte den Link im Kurs noch einmal öffnen.', en: 'The launch has expired. Please open the link in the course again.' },
  'lti-audience-invalid': { status: 401, de: 'Der Start ist für ein anderes Werkzeug bestimmt (aud/azp passt nicht zur Client-ID).', en: 'The launch is meant for another tool (aud/azp does not match the client id).' },
  'lti-nonce-invalid': { status: 401, de: 'Dieser Start wurde schon benutzt oder gehört zu einer anderen Anmeldung (nonce).', en: 'This launch was used already or belongs to another login (nonce).' },
  'lti-deployment-unknown': { status: 403, de: 'Diese Einbindung (deployment_id) ist für das Lernportal nicht eingetragen.', en: 'This deployment (deployment_id) is not registered for the learning platform.' },
  'lti-message-invalid': { status: 400, de: 'Der Start ist keine gültige LTI-1.3-Nachricht, die Candystorm versteht.', en: 'The launch is not a valid LTI 1.3 message that Candystorm understands.' },
  'lti-resource-unknown': { status: 404, de: 'Der Link nennt kein Modul und kein Szenario, das es hier gibt. Die Lehrkraft kann ihn im Kurs neu auswählen.', en: 'The link names no module or scenario that exists here. The teacher can choose it again in the course.' },
  'lti-too-many': { status: 429, de: 'Zu viele Starts von diesem Netz in kurzer Zeit. Bitte in ein paar Minuten noch einmal versuchen.', en: 'Too many launches from this network in a short time. Please try again in a few minutes.' },
  'lti-platform-unreachable': { status: 502, de: 'Die Schlüssel des Lernportals waren nicht abrufbar. Bitte gleich noch einmal versuchen.', en: "The learning platform's keys could not be fetched. Please try again shortly." },
  'lti-deep-link-invalid': { status: 400, de: 'Die Auswahl ist abgelaufen oder unvollständig. Bitte die Auswahl im Kurs neu öffnen.', en: 'The selection has expired or is incomplete. Please open the selection in the course again.' },
} as const satisfies Record<string, { status: number } & Record<Locale, string>>;

export type LtiProblemCode = keyof typeof LTI_PROBLEMS;

/** A refusal by an LTI service. */
export interface LtiFailure {
  ok: false;
  code: LtiProblemCode;
}

export function ltiFail(code: LtiProblemCode): LtiFailure {
  return { ok: false, code };
}

/** The page's language: a launch's `locale` claim (de, de-DE, en-GB …) or the browser's first choice of ours. */
export function ltiLocale(claim: unknown, acceptLanguage: string | null | undefined): Locale {
  const tags = [typeof claim === 'string' ? claim : '', ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0]!.trim())];
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'de' || primary === 'en') return primary;
  }
  return 'de';
}
