import type { APIRoute } from 'astro';
import { isLocale } from '../../../../engine/index.ts';
import { appOf } from '../../../../server/http/locals.ts';
import { handle } from '../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../server/http/request-auth.ts';
import { classCsvRuns } from '../../../../server/services/class-export.ts';
import { DEFAULT_TIME_ZONE, isTimeZone, runsCsv } from '../../../../server/services/csv.ts';

export const prerender = false;

/**
 * All runs of the class as CSV; `?locale=de` (default) for German Excel, `en` for English; `?tz=`
 * an IANA time zone for the finish times (default: the trainer's setting, services/time-zones.ts;
 * an unknown one falls back to it).
 */
export const GET: APIRoute = ({ request, cookies, params, url, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const { cls, trainer } = await requireTrainerClass(db, request, cookies, params['id']);
    const requested = url.searchParams.get('locale');
    const locale = isLocale(requested) ? requested : 'de';
    const zone = url.searchParams.get('tz') ?? '';
    const timeZone = isTimeZone(zone) ? zone : (trainer.timeZone ?? DEFAULT_TIME_ZONE);
    const runs = await classCsvRuns(db, cls);
    const file = `${cls.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'klasse'}.csv`;
    return new Response(runsCsv(runs, locale, timeZone), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${encodeURIComponent(file)}"`,
        'cache-control': 'private, no-store',
      },
    });
  });
