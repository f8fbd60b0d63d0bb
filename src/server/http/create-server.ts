/**
 * The Candystorm server: one Node HTTP server in front of the built Astro site. Every response gets
 * the security headers and, for text, compression; prerendered files are served straight from
 * dist/client; everything else (trainer pages, the API) goes to Astro's on-demand handler.
 */
import compression from 'compression';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { inlineScriptHashes } from './inline-script-hashes.ts';
import { describeProblem } from './problems.ts';
import { clientAddressOf, isCrossSite, requestOrigin, type OriginSettings, type PublicSide } from './public-origin.ts';
import { securityHeaders } from './security-headers.ts';
import { sendFile, staticFileFor } from './static-files.ts';

type AstroHandler = (req: IncomingMessage, res: ServerResponse, next: () => void, side: PublicSide) => Promise<void> | void;

export interface ServerOptions {
  /** The build output folder (holds client/ and server/). */
  dist: string;
  /** Astro's handler from dist/server/entry.mjs. */
  astro: AstroHandler;
  /** Routes answered before Astro (returns true when it answered): see runs-endpoint.ts. */
  direct?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** PUBLIC_URL and TRUST_PROXY (public-origin.ts); without them, origins come from the connection. */
  origins?: OriginSettings;
}

const NO_PROXY: OriginSettings = { publicOrigin: undefined, trustProxy: false };

export function createCandystormServer({ dist, astro, direct, origins = NO_PROXY }: ServerOptions): Server {
  const client = join(dist, 'client');
  const compress = compression({ threshold: 512 });
  const headers = securityHeaders(inlineScriptHashes(client));
  // Served over HTTPS (PUBLIC_URL says so): browsers are to come back over HTTPS only, for a year.
  if (origins.publicOrigin?.startsWith('https:')) headers['strict-transport-security'] = 'max-age=31536000';
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    compress(req as never, res as never, () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const file = req.method === 'GET' || req.method === 'HEAD' ? staticFileFor(client, path) : undefined;
      if (file) return sendFile(req, res, file);
      const side: PublicSide = {
        publicOrigin: requestOrigin(origins, req.headers, 'encrypted' in req.socket && req.socket.encrypted === true),
        clientKey: clientAddressOf(origins, req.headers, req.socket.remoteAddress),
      };
      // The one cross-site check, for every route (Astro's is off: it would compare with http://).
      if (isCrossSite(req.method, req.headers, side.publicOrigin)) {
        const { status, message } = describeProblem('foreign-origin');
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify({ error: message }));
        return;
      }
      if (direct?.(req, res)) return;
      const notFound = () => {
        const page = staticFileFor(client, '/404.html');
        if (page) return sendFile(req, res, page, 404);
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      };
      Promise.resolve(astro(req, res, notFound, side)).catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"Internal error"}');
      });
    });
  });
}
