import type { APIRoute } from 'astro';
import { z } from 'zod';
import { changePassword, SESSION_COOKIE } from '../../../server/auth/sessions.ts';
import { MIN_PASSWORD_LENGTH } from '../../../server/auth/password.ts';
import { database } from '../../../server/db/instance.ts';
import { handle, HttpError, readBody } from '../../../server/http/api.ts';
import { requireTrainer } from '../../../server/http/request-auth.ts';

export const prerender = false;

const body = z.strictObject({ current: z.string().min(1).max(1000), next: z.string().max(1000) });

export const POST: APIRoute = ({ request, cookies }) =>
  handle(request, async () => {
    const { db } = await database();
    const trainer = await requireTrainer(db, request, cookies);
    const { current, next } = await readBody(request, body);
    const result = await changePassword(db, trainer.id, current, next, cookies.get(SESSION_COOKIE)!.value);
    if (!result.ok) {
      throw new HttpError(400, result.reason === 'too-short' ? `The new password needs at least ${MIN_PASSWORD_LENGTH} characters.` : 'The current password is wrong.');
    }
    return new Response(null, { status: 204 });
  });
