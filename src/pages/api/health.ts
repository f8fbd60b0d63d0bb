import type { APIRoute } from 'astro';
import { database } from '../../server/db/instance.ts';
import { handle, json } from '../../server/http/api.ts';

export const prerender = false;

/** For load balancers and the tests: the server answers and its database is reachable. */
export const GET: APIRoute = ({ request }) =>
  handle(request, async () => {
    const { db, kind } = await database();
    await db.selectFrom('trainers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    return json({ ok: true, database: kind });
  });
