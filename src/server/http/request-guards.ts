/**
 * Checks the Node server makes before any route sees a request, so hostile input gets a 4xx at
 * once instead of a 500 (or no answer) deep inside Astro: the method must be one the site uses
 * (405 with Allow), the Host header must be a plain host name (400), and a body is read into memory
 * only up to its limit — beyond it, declared or streamed in chunks, the answer is 413 and the
 * connection is closed, so a client that keeps sending holds nothing.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ProblemCode, ProblemParams } from '../result.ts';
import { describeProblem } from './problems.ts';

/** The methods the site answers; anything else (TRACE, PROPFIND, …) is a 405. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The most any request body may weigh (the API's JSON and form limit). */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

/**
 * The trainer's scenario editor posts a whole scenario (published ones weigh up to 66 KB, and a form
 * encodes umlauts and line breaks as several bytes each), so its routes take more; the service
 * still refuses scenarios beyond its own limit (services/own-scenario-check.ts) with a message.
 */
export const SCENARIO_EDITOR_BODY_BYTES = 384 * 1024;
const SCENARIO_EDITOR_PATHS = /^\/(?:trainer\/szenarien\/|en\/trainer\/scenarios\/|api\/trainer-scenarios(?:[/?]|$))/;

/** The most a request to `url` may weigh. */
export function bodyLimitFor(url: string | undefined): number {
  return SCENARIO_EDITOR_PATHS.test(url ?? '') ? SCENARIO_EDITOR_BODY_BYTES : MAX_REQUEST_BODY_BYTES;
}

/** How long a client that keeps sending after its 413 is read (and ignored) before the socket closes. */
const DRAIN_AFTER_REFUSAL_MS = 1000;

/** A host name or IP literal with an optional port, at most 255 characters: no user part, no path. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.?|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/** Answers a problem as JSON; `close` ends the connection after the answer. */
export function answerProblem(res: ServerResponse, code: ProblemCode, params: ProblemParams = {}, extra: Record<string, string> = {}): void {
  const { status, message } = describeProblem(code, params);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra }).end(JSON.stringify({ error: message }));
}

/**
 * The problem with the request line or headers, if any: an unknown method or a Host header that is
 * not a plain host (a user part such as `a@b`, a path, 256 characters and more).
 */
export function headerProblem(req: IncomingMessage): { code: ProblemCode; params?: ProblemParams; headers?: Record<string, string> } | undefined {
  if (!(ALLOWED_METHODS as readonly string[]).includes(req.method ?? '')) return { code: 'method-not-allowed', params: { allow: ALLOWED_METHODS.join(', ') }, headers: { allow: ALLOWED_METHODS.join(', ') } };
  const host = req.headers.host;
  if (host !== undefined && (host.length > 255 || !HOST.test(host))) return { code: 'bad-host' };
  return undefined;
}

/**
 * The answer to a request Node's parser refused before any handler saw it (the server's
 * 'clientError'): a method that is no HTTP token we know (`FOO /`) is a 405 with Allow like TRACE,
 * a timeout a 408, headers too large a 431, anything else a 400; then the connection closes.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  const allow = ALLOWED_METHODS.join(', ');
  const code: ProblemCode =
    error.code === 'HPE_INVALID_METHOD'
      ? 'method-not-allowed'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'request-timeout'
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? 'headers-too-large'
          : 'bad-request';
  const { status, message } = describeProblem(code, { allow });
  const body = Buffer.from(JSON.stringify({ error: message }));
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    ...(code === 'method-not-allowed' ? [`allow: ${allow}`] : []),
    'content-type: application/json; charset=utf-8',
    `content-length: ${body.length}`,
    'connection: close',
  ];
  socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]));
}

/** True when the request carries a body (declared length above 0, or chunked). */
function hasBody(req: IncomingMessage): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

/**
 * Reads the body into memory up to `limit` bytes. Beyond it, answers 413 with `Connection: close`,
 * reads (and drops) what the client still sends for a moment so it can see the answer, then closes
 * the socket; resolves undefined. Without a body resolves an empty buffer.
 */
export function readCappedBody(req: IncomingMessage, res: ServerResponse, limit = MAX_REQUEST_BODY_BYTES): Promise<Buffer | undefined> {
  if (!hasBody(req)) return Promise.resolve(Buffer.alloc(0));
  const refuse = () => {
    const socket = req.socket;
    // A lingering close: after the answer Node would destroy the socket at once, and the client,
    // still sending, would see the reset before our 413. Instead only our side is closed (FIN; the
    // server's sockets allow half-open), what still arrives is read and dropped, and the socket
    // closes when the client closes its side too, or after a moment at the latest.
    socket.destroySoon = () => void socket.end();
    const timer = setTimeout(() => socket.destroy(), DRAIN_AFTER_REFUSAL_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    req.resume();
    answerProblem(res, 'body-too-large', { limit }, { connection: 'close' });
  };
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    refuse();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', collect);
      refuse();
      resolve(undefined);
    };
    req.on('data', collect);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    // A client that went away: nobody to answer.
    req.on('error', () => resolve(undefined));
  });
}
