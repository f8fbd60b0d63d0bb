/**
 * POST /api/runs, answered by the Node server itself rather than through Astro's request pipeline.
 * It is by far the most frequent request (a whole class sends its results within seconds), and
 * Astro's per-request work (a Web Request and Response around Node's, middleware, routing, a dynamic
 * import of the route) costs more than the ingest itself. Same services, same answers and errors as
 * src/pages/api/runs.ts, which still answers in `astro dev`, and answers here too until the site's
 * scenarios are known: the first request goes through Astro, whose bundle then leaves them on
 * globalThis (services/astro-scenarios.ts), so ingest replays against exactly the built content.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { database } from '../db/instance.ts';
import { ingestRun, runSubmissionSchema } from '../services/ingest.ts';
import { runWriterFor } from '../services/run-writer.ts';
import type { ScenarioSource } from '../services/scenario-source.ts';
import { HttpError, validate } from './api.ts';
import { requireSendingLearner } from './request-auth.ts';

const LIMIT = 16 * 1024;

function send(res: ServerResponse, status: number, data: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(data));
}

function readText(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > LIMIT) return reject(new HttpError(413, `The body is larger than ${LIMIT} bytes.`));
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= LIMIT) return void chunks.push(chunk);
      // Too large: answer 413 and let the rest of the body drain unread (not a reset connection).
      req.off('data', collect);
      req.resume();
      reject(new HttpError(413, `The body is larger than ${LIMIT} bytes.`));
    };
    req.on('data', collect);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function answer(req: IncomingMessage, res: ServerResponse, scenarios: ScenarioSource): Promise<void> {
  try {
    const { db } = await database();
    const learner = await requireSendingLearner(db, req.headers.authorization);
    if (learner.archived) throw new HttpError(403, 'This class is archived and takes no more results.');
    if (!(req.headers['content-type'] ?? '').includes('application/json')) throw new HttpError(415, 'Send the body as JSON (content-type: application/json).');
    let body: unknown;
    try {
      body = JSON.parse(await readText(req));
    } catch (error) {
      throw error instanceof HttpError ? error : new HttpError(400, 'The body is not valid JSON.');
    }
    // NUL is no text anyone types, and PostgreSQL refuses to store it (as readBody).
    if (JSON.stringify(body).includes('\\u0000')) throw new HttpError(400, 'Text must not contain NUL characters.');
    const result = await ingestRun(db, runWriterFor(db), scenarios, learner, validate(runSubmissionSchema, body));
    send(res, result.created ? 201 : 200, result);
  } catch (error) {
    if (!(error instanceof HttpError)) console.error(error);
    const status = error instanceof HttpError ? error.status : 500;
    const message = error instanceof HttpError ? error.message : 'Something went wrong on the server. Please try again.';
    if (!res.headersSent) send(res, status, error instanceof HttpError && error.details !== undefined ? { error: message, details: error.details } : { error: message });
  }
}

const SITE_SCENARIOS = Symbol.for('candystorm.siteScenarios');

/** Answers POST /api/runs and returns true; anything else (and the first run) is left to Astro (false). */
export function runsEndpoint(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'POST' || (req.url !== '/api/runs' && req.url !== '/api/runs/')) return false;
  const scenarios = (globalThis as { [SITE_SCENARIOS]?: ScenarioSource })[SITE_SCENARIOS];
  if (!scenarios) return false;
  void answer(req, res, scenarios);
  return true;
}
