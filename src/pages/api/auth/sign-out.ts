import type { APIRoute } from 'astro';
import { SESSION_COOKIE, signOut } from '../../../server/auth/sessions.ts';
import { appOf } from '../../../server/http/locals.ts';
import { handle } from '../../../server/http/api.ts';

export const prerender = false;

export const POST: APIRoute = ({ request, cookies, locals }) =>
  handle(request, async () => {
    const token = cookies.get(SESSION_COOKIE)?.value;
    if (token) await signOut(appOf(locals).db, token);
    cookies.delete(SESSION_COOKIE, { path: '/' });
    return new Response(null, { status: 204 });
  });
