import type { APIRoute } from 'astro';
import { json, readLimited } from '../../server/http/api.ts';
import { appOf } from '../../server/http/locals.ts';
import { answerRunPost } from '../../server/http/runs-post.ts';

export const prerender = false;

/**
 * A finished run from a learner's device, when Astro receives it (`astro dev`, or the server's first
 * run before the fast path knows the scenarios): the same handler as the fast path.
 */
export const POST: APIRoute = async ({ request, locals }) => {
  const { status, body, headers } = await answerRunPost(appOf(locals), {
    authorization: request.headers.get('authorization'),
    contentType: request.headers.get('content-type'),
    contentLength: Number(request.headers.get('content-length') ?? 0),
    readText: (limit) => readLimited(request, limit),
  });
  return json(body, status, headers);
};
