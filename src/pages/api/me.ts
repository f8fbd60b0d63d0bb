import type { APIRoute } from 'astro';
import { database } from '../../server/db/instance.ts';
import { handle, json } from '../../server/http/api.ts';
import { requireTrainer } from '../../server/http/request-auth.ts';

export const prerender = false;

export const GET: APIRoute = ({ request, cookies }) =>
  handle(request, async () => {
    const { db } = await database();
    return json({ trainer: await requireTrainer(db, request, cookies) });
  });
