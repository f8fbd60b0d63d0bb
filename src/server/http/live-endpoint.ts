/**
 * The live session's routes for phones and projectors, answered by the Node server itself (like the
 * runs fast path, runs-endpoint.ts): they are the hot ones (a room votes within seconds) and the
 * event stream must reach Node's response directly, unbuffered. The trainer's routes (create a
 * session, reveal, follow, …) are Astro routes under src/pages/api/live/, since they need the site's
 * scenarios and the trainer's cookie, and are few.
 *
 *   GET  /api/live/{code}/events   text/event-stream of the session's snapshots (live-streams.ts);
 *                                  `?tallies=1` (the projector) also between actions, as votes come in
 *   POST /api/live/{code}/join     { pseudonym } or { learnerToken } (a member of the session's class)
 *                                  → { token, participantId, pseudonym }    (no account)
 *   POST /api/live/{code}/votes    { round, choiceId }, Authorization: Bearer <token>
 *   POST /api/live/{code}/replies  { round, text }, Authorization: Bearer <token> (a `write:` decision)
 *   GET  /api/live/{code}/me       Authorization: Bearer <token> → { pseudonym, votes, replies }
 *
 * Refusals answer `{ error }` in the session's language (src/i18n/live-problems.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Locale } from '../../engine/locales.ts';
import { liveProblemText } from '../../i18n/live-problems.ts';
import type { CandystormApp } from '../app.ts';
import { LiveStreams } from '../live/live-streams.ts';
import { JOIN_CODE_PATTERN, normaliseJoinCode } from '../services/join-code.ts';
import { hasConsistentScripts, normalisePseudonym } from '../services/pseudonym.ts';
import type { ProblemCode, ProblemParams } from '../result.ts';
import { describeProblem } from './problems.ts';
import { clientAddressOf } from './public-origin.ts';
import { jsonTooDeep } from './json-depth.ts';
import { checkVoteBody } from './live-vote-body.ts';

const ROUTE = /^\/api\/live\/([A-Za-z0-9-]{8,12})\/(events|join|votes|replies|me)\/?$/;
const MAX_LIVE_BODY = 2048;

/** The same name rules as joining a class (src/pages/api/join.ts): normalised, one script, a name's characters. */
export const joinBodySchema = z.strictObject({
  pseudonym: z
    .string()
    .transform(normalisePseudonym)
    .pipe(
      z
        .string()
        .min(2)
        .max(30)
        .regex(/^[\p{L}\p{N}\p{M} _.'-]+$/u)
        .refine(hasConsistentScripts),
    ),
});
/** A learner of the session's class joins with their class device token instead of a name. */
export const learnerJoinBodySchema = z.strictObject({ learnerToken: z.string().regex(/^[\w-]{20,200}$/) });

/** German unless the browser prefers English: for refusals before the session (and its language) is known. */
function localeOf(req: IncomingMessage): Locale {
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'de';
}

function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));
}

function refuse(res: ServerResponse, locale: Locale, code: ProblemCode, params: ProblemParams = {}): void {
  const { status, headers } = describeProblem(code, params);
  answer(res, status, { error: liveProblemText(code, locale, params) }, headers);
}

function bearer(req: IncomingMessage): string | undefined {
  return /^Bearer ([\w-]{20,200})$/.exec(req.headers.authorization ?? '')?.[1];
}

/** The JSON body, parsed but not yet checked; or undefined after answering the refusal. */
function readJson(req: IncomingMessage, res: ServerResponse, body: Buffer, locale: Locale): unknown {
  if (!(req.headers['content-type'] ?? '').includes('application/json')) return void refuse(res, locale, 'unsupported-type');
  if (body.length > MAX_LIVE_BODY) return void refuse(res, locale, 'body-too-large', { limit: MAX_LIVE_BODY });
  const text = body.toString('utf8');
  // NUL is no text anyone types, and PostgreSQL refuses to store it; JSON writes it only as \u0000
  // (a raw control character is no JSON at all), so the text shows it without serialising again.
  if (text.includes('\\u0000')) return void refuse(res, locale, 'nul-text');
  try {
    if (jsonTooDeep(text)) throw new Error('too deep');
    return JSON.parse(text) as unknown;
  } catch {
    return void refuse(res, locale, 'body-not-json');
  }
}

/** The JSON body, checked with `schema`; or undefined after answering the refusal. */
function parse<S extends z.ZodType>(req: IncomingMessage, res: ServerResponse, body: Buffer, schema: S, locale: Locale): z.output<S> | undefined {
  const value = readJson(req, res, body, locale);
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) return void refuse(res, locale, 'invalid-request', { summary: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') });
  return parsed.data;
}

async function route(app: CandystormApp, streams: LiveStreams, req: IncomingMessage, res: ServerResponse, body: Buffer, code: string, action: string): Promise<void> {
  const found = await app.live.findByCode(code);
  // An ended session still streams (its debrief); joining and voting need one that runs.
  if (!found.ok && !(found.code === 'live-session-closed' && req.method === 'GET')) return refuse(res, localeOf(req), found.code);
  const session = found.ok ? found.session : (await app.live.findAnyByCode(code))!;
  const locale = session.locale;
  if (action === 'events') {
    if (req.method !== 'GET') return refuse(res, locale, 'method-not-allowed', { allow: 'GET' });
    const last = req.headers['last-event-id'];
    const tallies = new URL(req.url ?? '/', 'http://x').searchParams.get('tallies') === '1';
    return streams.open(session.id, res, typeof last === 'string' ? last : undefined, tallies);
  }
  if (action === 'join') {
    if (req.method !== 'POST') return refuse(res, locale, 'method-not-allowed', { allow: 'POST' });
    const input = parse(req, res, body, z.union([joinBodySchema, learnerJoinBodySchema]), locale);
    if (!input) return;
    const joined = await app.live.join(code, input, clientAddressOf(app.origins, req.headers, req.socket.remoteAddress) ?? 'unknown');
    if (!joined.ok) return refuse(res, locale, joined.code, joined.params);
    return answer(res, 201, { token: joined.token, participantId: joined.participantId, pseudonym: joined.pseudonym, sessionLocale: locale });
  }
  const token = bearer(req);
  const participant = token ? await app.live.participant(token, code) : undefined;
  if (!participant) return refuse(res, locale, 'live-token-unknown');
  if (action === 'me') {
    if (req.method !== 'GET') return refuse(res, locale, 'method-not-allowed', { allow: 'GET' });
    return answer(res, 200, await app.live.me(participant));
  }
  if (req.method !== 'POST') return refuse(res, locale, 'method-not-allowed', { allow: 'POST' });
  if (action === 'replies') {
    // Length is checked against the decision's own limit (in the service); this only bounds the body.
    const reply = parse(req, res, body, z.strictObject({ round: z.int().min(1), text: z.string().max(20_000) }), locale);
    if (!reply) return;
    const sent = await app.live.reply(participant, reply.round, reply.text);
    if (!sent.ok) return refuse(res, locale, sent.code, sent.params);
    return answer(res, 200, { round: sent.round, replyId: sent.replyId });
  }
  // The hot path: checked by hand (live-vote-body.ts), not with zod.
  const value = readJson(req, res, body, locale);
  if (value === undefined) return;
  const checked = checkVoteBody(value);
  if (!checked.ok) return refuse(res, locale, 'invalid-request', { summary: checked.summary });
  const voted = await app.live.vote(participant, checked.vote.round, checked.vote.choiceId);
  if (!voted.ok) return refuse(res, locale, voted.code, voted.params);
  return answer(res, 200, { round: voted.round, choiceId: voted.choiceId });
}

/** True for the routes of this fast path (their answers are small or event streams: never compressed). */
export function isLiveRoute(url: string | undefined): boolean {
  return ROUTE.test((url ?? '').split('?')[0]!);
}

/** The fast path for live sessions: answers the routes above and returns true; anything else false. */
export function liveEndpoint(app: CandystormApp, streams: LiveStreams = new LiveStreams(app.live)): (req: IncomingMessage, res: ServerResponse, body: Buffer) => boolean {
  return (req, res, body) => {
    const match = ROUTE.exec((req.url ?? '').split('?')[0]!);
    if (!match) return false;
    const code = normaliseJoinCode(match[1]!);
    if (!JOIN_CODE_PATTERN.test(code)) {
      refuse(res, localeOf(req), 'live-session-unknown');
      return true;
    }
    route(app, streams, req, res, body, code, match[2]!).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) refuse(res, localeOf(req), 'server-error');
      else res.destroy();
    });
    return true;
  };
}
