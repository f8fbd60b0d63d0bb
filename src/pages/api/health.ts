import type { APIRoute } from 'astro';
import { appOf } from '../../server/http/locals.ts';
import { handle, json } from '../../server/http/api.ts';

export const prerender = false;

/** For load balancers and the tests: the server answers and its database is reachable. */
export const GET: APIRoute = ({ request, locals }) =>
  handle(request, async () => {
    const { db, kind } = appOf(locals);
    await db.selectFrom('trainers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    return json({ ok: true, database: kind });
  });
