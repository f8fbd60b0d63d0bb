/**
 * GET /api/classes/{id}/events: a `text/event-stream` for the trainer's open class page. It carries
 * no data, only `event: changed` when a run, a join or a progress report arrived (coalesced by
 * services/class-changes.ts); the page then fetches the grid fragment, which checks the session
 * again. Answered by the Node server itself, like the live streams (live-endpoint.ts), because a
 * stream must reach Node's response unbuffered. The trainer's session cookie decides; another
 * trainer's class is a 404 as everywhere (services/classes.ts findOwnClass).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CandystormApp } from '../app.ts';
import { SESSION_COOKIE, sessionTrainer } from '../auth/sessions.ts';
import { EVENT_STREAM_HEADERS, HEARTBEAT_MS } from '../live/live-streams.ts';
import { findOwnClass } from '../services/classes.ts';
import type { ProblemCode } from '../result.ts';
import { describeProblem } from './problems.ts';

const ROUTE = /^\/api\/classes\/([0-9a-f-]{36})\/events\/?$/;
/** How long a browser waits before reconnecting after the stream broke. */
const RETRY_MS = 3000;

function refuse(res: ServerResponse, code: ProblemCode, headers: Record<string, string> = {}): void {
  const { status, message } = describeProblem(code);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(JSON.stringify({ error: message, code }));
}

/** The session cookie's value, if the request carries one. */
export function sessionCookieOf(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

async function open(app: CandystormApp, req: IncomingMessage, res: ServerResponse, classId: string, heartbeatMs: number): Promise<void> {
  if (req.method !== 'GET') return refuse(res, 'method-not-allowed', { allow: 'GET' });
  const trainer = await sessionTrainer(app.db, sessionCookieOf(req.headers.cookie));
  if (!trainer) return refuse(res, 'sign-in-needed');
  const found = await findOwnClass(app.db, trainer.id, classId);
  if (!found.ok) return refuse(res, found.code);
  res.writeHead(200, { ...EVENT_STREAM_HEADERS, 'cache-control': 'no-cache, no-transform, private' });
  res.socket?.setNoDelay(true);
  res.write(`retry: ${RETRY_MS}\n\n`);
  const stop = app.classChanges.subscribe(classId, () => res.write('event: changed\ndata: {}\n\n'));
  // A comment now and then keeps proxies (nginx: 60 s) from closing a quiet stream.
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  heartbeat.unref();
  res.on('close', () => {
    clearInterval(heartbeat);
    stop();
  });
}

/** The fast path for class pages' streams: answers its route and returns true; anything else false. */
export function classEventsEndpoint(app: CandystormApp, options: { heartbeatMs?: number } = {}): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const match = ROUTE.exec((req.url ?? '').split('?')[0]!);
    if (!match) return false;
    open(app, req, res, match[1]!, options.heartbeatMs ?? HEARTBEAT_MS).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) refuse(res, 'server-error');
      else res.destroy();
    });
    return true;
  };
}
