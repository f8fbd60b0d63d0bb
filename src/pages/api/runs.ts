import type { APIRoute } from 'astro';
import { database } from '../../server/db/instance.ts';
import { handle, HttpError, json, readBody } from '../../server/http/api.ts';
import { requireSendingLearner } from '../../server/http/request-auth.ts';
import { siteScenarios } from '../../server/services/astro-scenarios.ts';
import { ingestRun, runSubmissionSchema } from '../../server/services/ingest.ts';
import { runWriterFor } from '../../server/services/run-writer.ts';

export const prerender = false;

/**
 * A finished run from a learner's device. Answers 201 when stored now, 200 when it was stored
 * before (a resend after a lost answer): either way the device may forget it.
 */
export const POST: APIRoute = ({ request }) =>
  handle(request, async () => {
    const { db } = await database();
    const learner = await requireSendingLearner(db, request.headers.get('authorization'));
    if (learner.archived) throw new HttpError(403, 'This class is archived and takes no more results.');
    const submission = await readBody(request, runSubmissionSchema, 16 * 1024);
    const answer = await ingestRun(db, runWriterFor(db), siteScenarios, learner, submission);
    return json(answer, answer.created ? 201 : 200);
  });
