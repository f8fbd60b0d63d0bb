/**
 * /lti/login: the platform's third-party initiated login (GET or an auto-submitted POST). Answers
 * with a redirect to the platform's authorisation URL, or a refusal page in the user's language.
 */
import type { APIRoute } from 'astro';
import { appOf, clientKeyOf, isSecure, publicOriginOf } from '../../server/http/locals.ts';
import { formFields, launchUrlOf, stateCookie } from '../../server/lti/lti-http.ts';
import { refusalPage } from '../../server/lti/lti-pages.ts';
import { ltiLocale } from '../../server/lti/lti-problems.ts';
import { startLogin } from '../../server/lti/login.ts';

export const prerender = false;

const answer: APIRoute = async ({ request, url, locals, clientAddress }) => {
  const fields = request.method === 'POST' ? await formFields(request) : url.searchParams;
  const get = (name: string) => fields.get(name) ?? undefined;
  const result = await startLogin(
    appOf(locals).db,
    { iss: get('iss'), login_hint: get('login_hint'), target_link_uri: get('target_link_uri'), client_id: get('client_id'), lti_message_hint: get('lti_message_hint'), lti_deployment_id: get('lti_deployment_id') },
    launchUrlOf(publicOriginOf(locals, url)),
    clientKeyOf(locals, clientAddress),
  );
  if (!result.ok) return refusalPage(result.code, ltiLocale(undefined, request.headers.get('accept-language')));
  return new Response(null, { status: 302, headers: { location: result.redirect, 'set-cookie': stateCookie(result.state, isSecure(locals, url)), 'cache-control': 'no-store' } });
};

export const GET = answer;
export const POST = answer;
