import type { APIRoute } from 'astro';
import { ApiProblem, handle, readBody } from '../../server/http/api.ts';
import { appOf } from '../../server/http/locals.ts';
import { requireSendingLearner } from '../../server/http/request-auth.ts';
import { progressReportSchema, reportProgress } from '../../server/services/progress-report.ts';

export const prerender = false;

/** The most a progress report weighs: three small fields. */
const PROGRESS_BODY_LIMIT = 1024;

/**
 * Where a learner is in an assigned scenario (services/progress-report.ts), from their device:
 * 204 when stored or ignored alike, so a device learns nothing about what it may not see.
 */
export const POST: APIRoute = ({ request, locals }) =>
  handle(request, async () => {
    const app = appOf(locals);
    const learner = await requireSendingLearner(app.sendingLearners, request.headers.get('authorization'));
    const wait = app.progressLimiter.take(learner.id);
    if (wait > 0) throw new ApiProblem('progress-rate-limited', { retryAfter: wait });
    if (!(request.headers.get('content-type') ?? '').includes('application/json')) throw new ApiProblem('unsupported-type');
    await reportProgress(app, learner, await readBody(request, progressReportSchema, PROGRESS_BODY_LIMIT));
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  });
