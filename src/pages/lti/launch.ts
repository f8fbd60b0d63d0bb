/**
 * POST /lti/launch: the platform's signed launch (id_token + state, an auto-submitted form from the
 * platform's site). A resource link sends a learner to the lesson's simulator (via /lti/start/, which
 * stores the device token) and an instructor to the class page; a deep-linking request gets the picker.
 */
import type { APIRoute } from 'astro';
import { classUrl } from '../../components/trainer/trainer-pages.ts';
import { SESSION_COOKIE } from '../../server/auth/sessions.ts';
import { appOf, isSecure } from '../../server/http/locals.ts';
import { siteCatalogue } from '../../server/lti/astro-catalogue.ts';
import { pageOf } from '../../server/lti/catalogue.ts';
import { pickerToken } from '../../server/lti/deep-linking.ts';
import { verifyLaunch } from '../../server/lti/launch.ts';
import { CLAIM } from '../../server/lti/lti-claims.ts';
import { clearStateCookie, cookieValue, formFields, platformOrigins } from '../../server/lti/lti-http.ts';
import { pickerPage, refusalPage } from '../../server/lti/lti-pages.ts';
import { ltiLocale } from '../../server/lti/lti-problems.ts';
import { STATE_COOKIE } from '../../server/lti/login.ts';
import { provisionLaunch } from '../../server/lti/provision.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, url, locals }) => {
  const app = appOf(locals);
  const secure = isSecure(locals, url);
  const accept = request.headers.get('accept-language');
  const fields = await formFields(request);
  const verified = await verifyLaunch(app.db, app.lti.keySet, {
    idToken: fields.get('id_token') ?? undefined,
    state: fields.get('state') ?? undefined,
    stateCookie: cookieValue(request.headers.get('cookie'), STATE_COOKIE),
  });
  if (!verified.ok) return refusalPage(verified.code, ltiLocale(undefined, accept));
  const { platform, message } = verified;
  const locale = ltiLocale(message.claims.locale, accept);
  const catalogue = await siteCatalogue();
  if (message.kind === 'deep-linking') {
    return pickerPage(catalogue, locale, await pickerToken(app.db, platform.id, message.claims), platformOrigins(platform));
  }
  const done = await provisionLaunch(app.db, platform, message.claims, catalogue);
  if (!done.ok) return refusalPage(done.code, locale);
  const headers = new Headers({ 'cache-control': 'no-store' });
  headers.append('set-cookie', clearStateCookie(secure));
  if (done.kind === 'trainer') {
    const site = secure ? 'SameSite=None; Secure' : 'SameSite=Lax';
    headers.append('set-cookie', `${SESSION_COOKIE}=${done.session.token}; Path=/; Expires=${new Date(done.session.expiresAt).toUTCString()}; HttpOnly; ${site}`);
    headers.set('location', classUrl(locale, done.classId));
    return new Response(null, { status: 303, headers });
  }
  app.sendingLearners.forget();
  // The lesson's language: the one the teacher picked for the link, else the launch's.
  const lang = message.claims[CLAIM.custom]?.['lang'];
  const pageLocale = lang === 'de' || lang === 'en' ? lang : locale;
  // The token travels in the fragment: it never reaches a server log or a Referer header.
  const handoff = new URLSearchParams({ token: done.token, pseudonym: done.pseudonym, class: done.className, to: pageOf(catalogue, done.target, pageLocale) });
  headers.set('location', `/lti/start/#${handoff.toString()}`);
  return new Response(null, { status: 303, headers });
};
