import type { APIRoute } from 'astro';
import { appOf } from '../../server/http/locals.ts';
import { handle, json } from '../../server/http/api.ts';
import { requireTrainer } from '../../server/http/request-auth.ts';

export const prerender = false;

export const GET: APIRoute = ({ request, cookies, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    return json({ trainer: await requireTrainer(db, request, cookies) });
  });
