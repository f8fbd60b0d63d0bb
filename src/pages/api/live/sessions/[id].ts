/**
 * The trainer's controls of a live session: POST an action (reveal, follow the majority, follow a
 * choice — "what if?" —, go back a decision, hide or show the QR code, start or stop a countdown,
 * end), DELETE the session with
 * its votes. Another trainer's session is a 404, as is none; a participant's token opens nothing here.
 */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { ApiProblem, handle, json, readBody } from '../../../../server/http/api.ts';
import { appOf } from '../../../../server/http/locals.ts';
import { requireTrainer } from '../../../../server/http/request-auth.ts';
import { COUNTDOWN_SECONDS } from '../../../../live/live-countdown.ts';

export const prerender = false;

const action = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('reveal') }),
  z.strictObject({ type: z.literal('follow-majority') }),
  z.strictObject({ type: z.literal('follow'), choiceId: z.string().min(1).max(100) }),
  z.strictObject({ type: z.literal('post-reply'), replyId: z.string().min(1).max(100) }),
  z.strictObject({ type: z.literal('back') }),
  z.strictObject({ type: z.literal('qr'), hidden: z.boolean() }),
  z.strictObject({ type: z.literal('countdown'), seconds: z.int().min(COUNTDOWN_SECONDS.min).max(COUNTDOWN_SECONDS.max), autoClose: z.boolean().default(false) }),
  z.strictObject({ type: z.literal('countdown-off') }),
  z.strictObject({ type: z.literal('end') }),
]);

export const POST: APIRoute = ({ request, cookies, locals, params }) =>
  handle(request, async () => {
    const app = appOf(locals);
    const trainer = await requireTrainer(app.db, request, cookies);
    const input = await readBody(request, action);
    const done = await app.live.act(trainer.id, params['id'] ?? '', input);
    if (!done.ok) throw ApiProblem.of(done);
    return json({ snapshot: done.snapshot });
  });

export const DELETE: APIRoute = ({ request, cookies, locals, params }) =>
  handle(request, async () => {
    const app = appOf(locals);
    const trainer = await requireTrainer(app.db, request, cookies);
    if (!(await app.live.remove(trainer.id, params['id'] ?? ''))) throw new ApiProblem('live-session-unknown');
    return new Response(null, { status: 204 });
  });
