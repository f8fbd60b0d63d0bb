import type { APIRoute } from 'astro';
import { join } from 'node:path';
import { SCORM_WORDS } from '../../i18n/scorm-words.ts';
import { SESSION_COOKIE, sessionTrainer } from '../../server/auth/sessions.ts';
import { appOf } from '../../server/http/locals.ts';
import { buildScormPackage } from '../../scorm/package/build-package.ts';
import { downloadStatus, readDownloadRequest, type DownloadProblem } from '../../scorm/package/download-request.ts';
import { bundleReporter } from '../../scorm/package/reporter-bundle.ts';

export const prerender = false;

/**
 * A signed-in trainer's SCORM package: the same zip as `npm run scorm -- export`, built from the
 * site this server serves (dist/client under the working directory, or CANDYSTORM_ROOT). Bad
 * parameters get a 4xx with a sentence in the requested language (German by default).
 */
export const GET: APIRoute = async ({ url, cookies, locals }) => {
  const locale = url.searchParams.get('lang') === 'en' ? 'en' : 'de';
  const refuse = (code: DownloadProblem) =>
    new Response(SCORM_WORDS[locale].problems[code], { status: downloadStatus(code), headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' } });
  const trainer = await sessionTrainer(appOf(locals).db, cookies.get(SESSION_COOKIE)?.value);
  if (!trainer) return refuse('sign-in-needed');
  const read = readDownloadRequest(url.searchParams);
  if (!read.ok) return refuse(read.code);
  const root = process.env['CANDYSTORM_ROOT'] ?? process.cwd();
  const built = buildScormPackage(read.request, { root, client: join(root, 'dist', 'client'), reporterJs: await bundleReporter(root) });
  if (!built.ok) return refuse(built.code);
  return new Response(built.zip as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${built.fileName}"`,
      'content-length': String(built.zip.length),
      'cache-control': 'private, no-store',
    },
  });
};
