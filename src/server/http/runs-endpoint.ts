/**
 * POST /api/runs, answered by the Node server itself rather than through Astro's request pipeline.
 * It is by far the most frequent request (a whole class sends its results within seconds), and
 * Astro's per-request work (a Web Request and Response around Node's, middleware, routing, a dynamic
 * import of the route) costs more than the ingest itself. The answer comes from the same handler as
 * src/pages/api/runs.ts (runs-post.ts). Until the site's scenarios are known (the Astro bundle hands
 * them to the app on its first on-demand request, src/middleware.ts) Astro's route answers, so ingest
 * always replays against exactly the built content.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CandystormApp } from '../app.ts';
import { ApiProblem } from './api.ts';
import { answerRunPost } from './runs-post.ts';

/** The body (already read by the server within its limit) as text; beyond `limit` an ApiProblem. */
async function readText(body: Buffer, limit: number): Promise<string> {
  if (body.length > limit) throw new ApiProblem('body-too-large', { limit });
  return body.toString('utf8');
}

async function answer(app: CandystormApp, req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
  const { status, body: answered, headers } = await answerRunPost(app, {
    authorization: req.headers.authorization,
    contentType: req.headers['content-type'],
    contentLength: Number(req.headers['content-length'] ?? 0),
    readText: (limit) => readText(body, limit),
  });
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(answered));
}

/**
 * The fast path for `app`: answers POST /api/runs and returns true; anything else (and runs sent
 * before the site's scenarios are known) is left to Astro (false).
 */
export function runsEndpoint(app: CandystormApp): (req: IncomingMessage, res: ServerResponse, body: Buffer) => boolean {
  return (req, res, body) => {
    if (req.method !== 'POST' || (req.url !== '/api/runs' && req.url !== '/api/runs/')) return false;
    if (!app.scenarios.ready) return false;
    void answer(app, req, res, body);
    return true;
  };
}
