import type { APIRoute } from 'astro';
import { SESSION_COOKIE, signOut } from '../../../server/auth/sessions.ts';
import { database } from '../../../server/db/instance.ts';
import { handle } from '../../../server/http/api.ts';

export const prerender = false;

export const POST: APIRoute = ({ request, cookies }) =>
  handle(request, async () => {
    const token = cookies.get(SESSION_COOKIE)?.value;
    if (token) await signOut((await database()).db, token);
    cookies.delete(SESSION_COOKIE, { path: '/' });
    return new Response(null, { status: 204 });
  });
