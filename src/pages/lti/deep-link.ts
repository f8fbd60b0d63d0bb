/** POST /lti/deep-link: the picker's choice, answered with the signed LtiDeepLinkingResponse for the platform. */
import type { APIRoute } from 'astro';
import { appOf, publicOriginOf } from '../../server/http/locals.ts';
import { siteCatalogue } from '../../server/lti/astro-catalogue.ts';
import { answerDeepLink } from '../../server/lti/deep-linking.ts';
import { formFields } from '../../server/lti/lti-http.ts';
import { deepLinkReturnPage, refusalPage } from '../../server/lti/lti-pages.ts';
import { ltiLocale } from '../../server/lti/lti-problems.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, url, locals }) => {
  const { db } = appOf(locals);
  const fields = await formFields(request);
  const lang = fields.get('lang');
  const locale = ltiLocale(lang, request.headers.get('accept-language'));
  const answer = await answerDeepLink(db, await siteCatalogue(), { request: fields.get('request') ?? undefined, item: fields.get('item') ?? undefined, lang: lang ?? undefined }, `${publicOriginOf(locals, url)}/lti/launch`);
  if (!answer.ok) return refusalPage(answer.code, locale);
  return deepLinkReturnPage(answer.returnUrl, answer.jwt, answer.title, locale, answer.frameAncestors);
};
