import type { APIRoute } from 'astro';
import { appOf, publicOriginOf } from '../../../../server/http/locals.ts';
import { handle } from '../../../../server/http/api.ts';
import { requireTrainerClass } from '../../../../server/http/request-auth.ts';
import { joinUrl } from '../../../../server/services/classes.ts';
import { qrSvg } from '../../../../server/services/qr.ts';

export const prerender = false;

/** The join link as an SVG QR code, for the projector; `?locale=en` links to the English join page. */
export const GET: APIRoute = ({ request, cookies, params, url, locals }) =>
  handle(request, async () => {
    const { db } = appOf(locals);
    const { cls } = await requireTrainerClass(db, request, cookies, params['id']);
    const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'de';
    return new Response(await qrSvg(joinUrl(publicOriginOf(locals, url), cls.join_code, locale)), {
      headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'private, no-store' },
    });
  });
