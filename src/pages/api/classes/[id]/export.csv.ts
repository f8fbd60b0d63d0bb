import type { APIRoute } from 'astro';
import { isLocale } from '../../../../engine/index.ts';
import { appOf } from '../../../../server/http/locals.ts';
import { handle } from '../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../server/http/request-auth.ts';
import { listLearners } from '../../../../server/repos/learners.ts';
import { listRunsOfClass } from '../../../../server/repos/runs.ts';
import { runsCsv } from '../../../../server/services/csv.ts';

export const prerender = false;

/** All runs of the class as CSV; `?locale=de` (default) for German Excel, `en` for English. */
export const GET: APIRoute = ({ request, cookies, params, url, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
    const requested = url.searchParams.get('locale');
    const locale = isLocale(requested) ? requested : 'de';
    const names = new Map((await listLearners(db, cls.id)).map((l) => [l.id, l.pseudonym]));
    const runs = (await listRunsOfClass(db, cls.id)).map((r) => ({ ...r, pseudonym: names.get(r.learner_id) ?? '' }));
    const file = `${cls.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'klasse'}.csv`;
    return new Response(runsCsv(runs, locale), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${encodeURIComponent(file)}"`,
        'cache-control': 'private, no-store',
      },
    });
  });
