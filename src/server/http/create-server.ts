/**
 * The Candystorm server: one Node HTTP server in front of the built Astro site. Every response gets
 * the security headers and, for text, compression; prerendered files are served straight from
 * dist/client; everything else (trainer pages, the API) goes to Astro's on-demand handler, after
 * the checks of request-guards.ts (method, Host, body size) have passed.
 */
import compression from 'compression';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { inlineScriptHashes } from './inline-script-hashes.ts';
import { acceptsCrossSite } from '../lti/cross-site.ts';
import { clientAddressOf, isCrossSite, requestOrigin, type OriginSettings, type PublicSide } from './public-origin.ts';
import { answerClientError, answerProblem, bodyLimitFor, headerProblem, readCappedBody } from './request-guards.ts';
import { securityHeaders } from './security-headers.ts';
import { sendFile, staticFileFor } from './static-files.ts';

type AstroHandler = (req: IncomingMessage, res: ServerResponse, next: () => void, side: PublicSide) => Promise<void> | void;

/**
 * Server timeouts (ms): a client gets this long for its headers, for its whole request, and an idle
 * keep-alive connection is closed after the last. Slow-sending clients hold no socket for longer.
 */
export const SERVER_TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000 } as const;

export interface ServerOptions {
  /** The build output folder (holds client/ and server/). */
  dist: string;
  /** Astro's handler from dist/server/entry.mjs. */
  astro: AstroHandler;
  /**
   * Routes answered before Astro (returns true when it answered): see runs-endpoint.ts. Gets the
   * request's body, already read within the size limit.
   */
  direct?: (req: IncomingMessage, res: ServerResponse, body: Buffer) => boolean;
  /**
   * Requests whose answers skip the compression wrapper: live votes and joins answer a few dozen
   * bytes (never compressed) 2,000 times a second, and the wrapper's per-response work shows there.
   */
  uncompressed?: (url: string | undefined) => boolean;
  /** PUBLIC_URL and TRUST_PROXY (public-origin.ts); without them, origins come from the connection. */
  origins?: OriginSettings;
}

const NO_PROXY: OriginSettings = { publicOrigin: undefined, trustProxy: false };

/** A path of plain segments (letters, digits, `_`, `-`): the URL parser would return it unchanged. */
const PLAIN_PATH = /^(?:\/[\w-]+)*\/?$/;

/** The path of a request target, or undefined for one that is no URL at all (`http://[`). */
export function pathOf(target: string | undefined): string | undefined {
  // Most requests (POST /api/runs, pages) name a plain path: no need to build a URL (about 1 µs).
  const query = target?.indexOf('?') ?? -1;
  const raw = query < 0 ? target : target!.slice(0, query);
  if (raw && PLAIN_PATH.test(raw)) return raw;
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

export function createCandystormServer({ dist, astro, direct, uncompressed, origins = NO_PROXY }: ServerOptions): Server {
  const client = join(dist, 'client');
  const compress = compression({ threshold: 512 });
  const headers = securityHeaders(inlineScriptHashes(client));
  // Served over HTTPS (PUBLIC_URL says so): browsers are to come back over HTTPS only, for a year.
  if (origins.publicOrigin?.startsWith('https:')) headers['strict-transport-security'] = 'max-age=31536000';
  // Node checks the header and request timeouts every connectionsCheckingInterval (30 s by
  // default): once a second keeps a 10 s limit near 10 s.
  const server = createServer({ ...SERVER_TIMEOUTS, connectionsCheckingInterval: 1000 }, (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const handle = () => {
      // Nothing may leave a request without an answer, not even a surprise in the routing itself.
      route(req, res).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) answerProblem(res, 'server-error');
        else res.destroy();
      });
    };
    if (uncompressed?.(req.url)) handle();
    else compress(req as never, res as never, handle);
  });
  server.on('clientError', answerClientError);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refused = headerProblem(req);
    if (refused) return answerProblem(res, refused.code, refused.params, refused.headers);
    const path = pathOf(req.url);
    if (path === undefined) return answerProblem(res, 'bad-request');
    const file = req.method === 'GET' || req.method === 'HEAD' ? staticFileFor(client, path) : undefined;
    if (file) return sendFile(req, res, file);
    const side: PublicSide = {
      publicOrigin: requestOrigin(origins, req.headers, 'encrypted' in req.socket && req.socket.encrypted === true),
      clientKey: clientAddressOf(origins, req.headers, req.socket.remoteAddress),
    };
    // The one cross-site check, for every route (Astro's is off: it would compare with http://).
    // LTI's login and launch are cross-site by design and check their signed input instead (lti/cross-site.ts).
    if (isCrossSite(req.method, req.headers, side.publicOrigin) && !acceptsCrossSite(path)) return answerProblem(res, 'foreign-origin');
    const body = await readCappedBody(req, res, bodyLimitFor(req.url));
    if (!body) return;
    if (direct?.(req, res, body)) return;
    // Astro's adapter takes a body it finds on the request instead of reading the stream again.
    if (body.length) (req as IncomingMessage & { body?: Buffer }).body = body;
    const notFound = () => {
      const page = staticFileFor(client, '/404.html');
      if (page) return sendFile(req, res, page, 404);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    };
    try {
      await astro(req, res, notFound, side);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) answerProblem(res, 'server-error');
    }
  }
  return server;
}
