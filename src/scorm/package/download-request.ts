/**
 * Reads the trainer's download request (`/trainer/scorm?module=4&lang=de&version=2004`, or
 * `scenario=ID` instead of `module`) into a package request, or the code of what is wrong. Pure, so
 * the route only wires it up. The text of written replies is never offered here: that is the
 * operator's decision (`npm run scorm -- … --with-text`), see docs/lms.md.
 */
import type { PackageRequest } from './build-package.ts';

export type DownloadProblem = 'sign-in-needed' | 'bad-module' | 'bad-language' | 'bad-version' | 'bad-scenario' | 'unknown-module' | 'unknown-scenario' | 'no-build';

/** The request, or the first thing wrong with it. */
export function readDownloadRequest(params: URLSearchParams): { ok: true; request: PackageRequest } | { ok: false; code: DownloadProblem } {
  const lang = params.get('lang') ?? 'de';
  if (lang !== 'de' && lang !== 'en') return { ok: false, code: 'bad-language' };
  const version = params.get('version') ?? '2004';
  if (version !== '1.2' && version !== '2004') return { ok: false, code: 'bad-version' };
  const scenario = params.get('scenario');
  if (scenario !== null) {
    if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(scenario)) return { ok: false, code: 'bad-scenario' };
    return { ok: true, request: { modules: [], scenarioId: scenario, lang, version, withText: false } };
  }
  const module = params.get('module') ?? '';
  if (!/^[1-9]\d{0,2}$/.test(module)) return { ok: false, code: 'bad-module' };
  return { ok: true, request: { modules: [Number(module)], lang, version, withText: false } };
}

/** The HTTP status for a problem: who asks (401), what was asked (400), what does not exist (404), our side (503). */
export function downloadStatus(code: DownloadProblem): number {
  if (code === 'sign-in-needed') return 401;
  if (code === 'unknown-module' || code === 'unknown-scenario') return 404;
  if (code === 'no-build') return 503;
  return 400;
}
