/**
 * One HTTP request with node:http, for what fetch will not send: any method token, any Host header,
 * a body streamed in chunks at the pace the test chooses. Resolves with the status, headers and
 * body, or rejects when no answer came within `timeoutMs` (the request is then destroyed).
 */
import { request, type IncomingHttpHeaders } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface RawOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as is; with `chunks`, sent repeatedly as a chunked body until answered or `chunks` sent. */
  body?: string | Buffer;
  chunks?: number;
  timeoutMs?: number;
}

/** Sends the request to `base` (http://host:port) + `path`. */
export function rawRequest(base: string, path: string, options: RawOptions = {}): Promise<RawAnswer> {
  const target = new URL(base);
  const timeoutMs = options.timeoutMs ?? 15_000;
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        // The test's Host header (if any) goes out exactly as given.
        setHost: !options.headers || !Object.keys(options.headers).some((h) => h.toLowerCase() === 'host'),
        agent: false,
      },
      (res) => {
        answered = true;
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(parts).toString('utf8') });
        });
        res.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${options.method ?? 'GET'} ${path}`));
    }, timeoutMs);
    // Writing after the server answered and closed fails with EPIPE/ECONNRESET: the answer counts.
    req.on('error', (error) => {
      if (!answered) {
        clearTimeout(timer);
        reject(error);
      }
    });
    if (options.chunks && options.body !== undefined) {
      let sent = 0;
      const body = options.body;
      const pump = () => {
        while (!answered && !req.destroyed && sent < options.chunks!) {
          sent++;
          if (!req.write(body)) return void req.once('drain', pump);
        }
        if (!answered && !req.destroyed) req.end();
      };
      pump();
    } else {
      req.end(options.body);
    }
  });
}
