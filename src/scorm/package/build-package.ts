/**
 * Builds a SCORM package (a zip) from the built site: the chosen lesson pages as SCOs (one per
 * module), the help, law and glossary pages of the same language (a learner in trouble finds help
 * from inside the LMS too), the islands' scripts and sounds, the reporter and imsmanifest.xml.
 * Used by `npm run scorm` and the trainer's download, so both give the same package.
 * Server/CLI side (node:fs); it returns result codes, the callers put them into words.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { isLeanPagesFile } from '../../build/lean-pages.mjs';
import { glossaryUrl, helpUrl, lawUrl, lessonUrl } from '../../i18n/routes.ts';
import { lessonSlug } from '../../lessons/lesson-schema.ts';
import type { ScormVersion } from '../limits.ts';
import { buildManifest, type ManifestSco } from './manifest.ts';
import { rewritePage } from './rewrite-page.ts';

export interface PackageRequest {
  /** Module numbers, or 'all'. Ignored when `scenarioId` is given. */
  modules: readonly number[] | 'all';
  /** One scenario: its module's lesson page, reporting on this scenario only. */
  scenarioId?: string | undefined;
  lang: 'de' | 'en';
  version: ScormVersion;
  /** Send written replies' text to the LMS (otherwise only their analysed features). */
  withText: boolean;
}

export interface PackageSources {
  /** The project folder (holds content/lessons). */
  root: string;
  /** The built site (dist/client). */
  client: string;
  /** The bundled reporter script (reporter-bundle.ts). */
  reporterJs: string;
}

export type PackageResult =
  | { ok: true; zip: Uint8Array; fileName: string; manifest: string; files: string[] }
  | { ok: false; code: 'no-build' | 'unknown-module' | 'unknown-scenario'; detail: string };

/** A lesson of one language as the package needs it. */
export interface PackagedLesson {
  module: number;
  title: string;
  description: string;
  /** The page in dist/client and in the package, e.g. `module/deeskalieren/index.html`. */
  page: string;
}

export const REPORTER_FILE = 'scorm-reporter.js';

const pageFile = (url: string) => `${url.replace(/^\//, '')}index.html`;

function frontmatterValue(text: string, key: string): string | undefined {
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const line = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(front)?.[1]?.trim();
  return line?.replace(/^(["'])(.*)\1$/, '$2');
}

/** The lessons of `lang`, by module number, read from content/lessons/<lang>/NN-slug.mdx. */
export function packagedLessons(root: string, lang: 'de' | 'en'): PackagedLesson[] {
  const dir = join(root, 'content', 'lessons', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return {
        module: Number(frontmatterValue(text, 'module')),
        title: frontmatterValue(text, 'title') ?? f,
        description: frontmatterValue(text, 'description') ?? '',
        page: pageFile(lessonUrl(lang, lessonSlug(f.replace(/\.mdx$/, '')))),
      };
    })
    .filter((l) => Number.isInteger(l.module))
    .sort((a, b) => a.module - b.module);
}

/** The scenario ids of a built page's simulators, in page order (from their island props). */
export function simulatorScenarios(html: string): string[] {
  const ids: string[] = [];
  const re = /<script type="application\/json" data-island-props>([\s\S]*?)<\/script><div data-island="Simulator"/g;
  for (const match of html.matchAll(re)) {
    try {
      const id = (JSON.parse(match[1]!) as { scenario?: { id?: unknown } }).scenario?.id;
      if (typeof id === 'string') ids.push(id);
    } catch {
      // Not ours to judge here: the page still works, this simulator is just not reported.
    }
  }
  return ids;
}

function filesUnder(dir: string, base: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && !/\.(br|gz)$/.test(f))
    .map((f) => relative(base, f).split(sep).join('/'))
    .sort();
}

/** Builds the package, or says why not. */
export function buildScormPackage(request: PackageRequest, sources: PackageSources): PackageResult {
  const { client } = sources;
  const lessons = packagedLessons(sources.root, request.lang);
  if (!existsSync(join(client, lessons[0]?.page ?? 'index.html'))) return { ok: false, code: 'no-build', detail: client };
  const html = (page: string) => readFileSync(join(client, page), 'utf8');

  // Which SCOs: one per module, with the scenarios each one reports on.
  let chosen: Array<{ lesson: PackagedLesson; scenarioIds: string[] }>;
  if (request.scenarioId) {
    const lesson = lessons.find((l) => existsSync(join(client, l.page)) && simulatorScenarios(html(l.page)).includes(request.scenarioId!));
    if (!lesson) return { ok: false, code: 'unknown-scenario', detail: request.scenarioId };
    chosen = [{ lesson, scenarioIds: [request.scenarioId] }];
  } else {
    const wanted = request.modules === 'all' ? lessons.map((l) => l.module) : request.modules;
    const missing = wanted.find((m) => !lessons.some((l) => l.module === m));
    if (missing !== undefined) return { ok: false, code: 'unknown-module', detail: String(missing) };
    chosen = lessons.filter((l) => wanted.includes(l.module)).map((lesson) => ({ lesson, scenarioIds: simulatorScenarios(html(lesson.page)) }));
  }

  const supportPages = [helpUrl, lawUrl, glossaryUrl].map((url) => pageFile(url(request.lang))).filter((p) => existsSync(join(client, p)));
  const pages = new Set([...chosen.map((c) => c.lesson.page), ...supportPages]);
  const assetDirs = ['_astro', 'sounds'];
  // The lean twins' script and parts serve the offline worker; a package's pages carry them inline.
  const assetFiles = [...assetDirs.flatMap((d) => filesUnder(join(client, d), client)).filter((f) => !isLeanPagesFile(f)), ...(existsSync(join(client, 'favicon.svg')) ? ['favicon.svg'] : [])];
  const assets = [...assetDirs, 'favicon.svg'];

  const zippable: Zippable = {};
  const text = (s: string) => new TextEncoder().encode(s);
  for (const { lesson, scenarioIds } of chosen) {
    const reporter = { src: REPORTER_FILE, version: request.version, scenarioIds, withText: request.withText };
    zippable[lesson.page] = text(rewritePage(html(lesson.page), { pagePath: lesson.page, pages, assets, reporter }));
  }
  for (const page of supportPages) zippable[page] = text(rewritePage(html(page), { pagePath: page, pages, assets }));
  // Sounds are compressed already: stored as they are.
  for (const file of assetFiles) zippable[file] = [readFileSync(join(client, file)), { level: /\.(mp3|ogg|m4a|webm)$/.test(file) ? 0 : 6 }];
  zippable[REPORTER_FILE] = text(sources.reporterJs);

  const scope = request.scenarioId ?? (request.modules === 'all' ? 'all' : request.modules.map((m) => `m${m}`).join('-'));
  const identifier = `candystorm-${scope}-${request.lang}-scorm${request.version.replace('.', '')}`.replace(/[^A-Za-z0-9-]/g, '-');
  const scos: ManifestSco[] = chosen.map(({ lesson }) => ({ key: `m${lesson.module}`, title: lesson.title, description: lesson.description, href: lesson.page }));
  const single = chosen.length === 1 ? chosen[0]!.lesson : undefined;
  const manifest = buildManifest({
    version: request.version,
    identifier,
    title: single ? `Candystorm: ${single.title}` : 'Candystorm',
    description: single ? single.description : request.lang === 'de' ? 'Wütende Kommentare so beantworten, dass Konflikte abkühlen.' : 'Answering angry comments so that conflicts cool down.',
    lang: request.lang,
    scos,
    assets: [...supportPages, ...assetFiles, REPORTER_FILE],
  });
  zippable['imsmanifest.xml'] = text(manifest);
  return { ok: true, zip: zipSync(zippable, { mtime: new Date('2026-01-01T00:00:00Z') }), fileName: `${identifier}.zip`, manifest, files: Object.keys(zippable).sort() };
}
