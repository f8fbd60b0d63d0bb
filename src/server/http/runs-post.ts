/**
 * POST /api/runs: the one handler, for the server's fast path (runs-endpoint.ts, Node's request) and
 * for the Astro route (src/pages/api/runs.ts, a Web Request) alike. Only reading the body differs
 * between the two, so each passes its own reader; checks, limits and answers are the same.
 */
import type { CandystormApp } from '../app.ts';
import { ingestRun, runSubmissionSchema } from '../services/ingest.ts';
import { versionForRun } from '../services/own-scenarios.ts';
import { ApiProblem, asProblem, validate } from './api.ts';
import { jsonTooDeep, MAX_JSON_DEPTH } from './json-depth.ts';
import { describeProblem } from './problems.ts';
import { requireSendingLearner } from './request-auth.ts';

/** The most a run may weigh: a path of 200 choice ids fits several times over. */
export const RUN_BODY_LIMIT = 16 * 1024;

/** What the handler needs of a request, whichever server received it. */
export interface RunPost {
  authorization: string | null | undefined;
  contentType: string | null | undefined;
  /** The declared Content-Length (0 when absent). */
  contentLength: number;
  /** The body as text, refusing (ApiProblem 'body-too-large') beyond `limit` bytes. */
  readText(limit: number): Promise<string>;
}

/** Status and JSON body of the answer. */
export interface RunAnswer {
  status: number;
  body: unknown;
  /** Extra headers (Retry-After on 429). */
  headers: Record<string, string>;
}

/**
 * Stores a finished run: 201 when stored now, 200 when it was stored before (a resend after a lost
 * answer): either way the device may forget it. Never throws: every failure is an answer.
 */
export async function answerRunPost(app: CandystormApp, post: RunPost): Promise<RunAnswer> {
  try {
    const learner = await requireSendingLearner(app.sendingLearners, post.authorization);
    if (learner.archived) throw new ApiProblem('class-archived');
    const wait = app.runLimiter.take(learner.id);
    if (wait > 0) throw new ApiProblem('runs-rate-limited', { retryAfter: wait });
    if (!(post.contentType ?? '').includes('application/json')) throw new ApiProblem('unsupported-type');
    if (post.contentLength > RUN_BODY_LIMIT) throw new ApiProblem('body-too-large', { limit: RUN_BODY_LIMIT });
    const text = await post.readText(RUN_BODY_LIMIT);
    if (jsonTooDeep(text)) throw new ApiProblem('body-too-deep', { limit: MAX_JSON_DEPTH });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiProblem('body-not-json');
    }
    // NUL is no text anyone types, and PostgreSQL refuses to store it (as readBody).
    // JSON writes NUL only as the escape \u0000, so the text shows it without serialising the body again.
    if (text.includes('\\u0000')) throw new ApiProblem('nul-text');
    const ownScenario = (classId: string, id: string, version: number) => versionForRun(app.db, app.ownScenarios, classId, id, version);
    const result = await ingestRun(app.db, app.runWriter, app.scenarios, learner, validate(runSubmissionSchema, body), ownScenario);
    if (!result.ok) throw ApiProblem.of(result);
    // Open class pages show the new result (services/class-changes.ts); a resend changed nothing.
    if (result.answer.created) app.classChanges.changed(learner.classId);
    return { status: result.answer.created ? 201 : 200, body: result.answer, headers: {} };
  } catch (error) {
    const problem = asProblem(error);
    const { status, message, headers } = describeProblem(problem.code, problem.params);
    return { status, headers, body: problem.details === undefined ? { error: message } : { error: message, details: problem.details } };
  }
}
