/**
 * What the scenario editor page shows, worked out from its request: the text to edit (an own
 * scenario, a copy of a published one, the template, or what was posted), the checker's result for
 * it, and what a save did. Pages call this; it answers with a view or a redirect, never throws.
 * The form works without JavaScript: it posts to the page itself, which checks and renders again.
 */
import type { AstroGlobal } from 'astro';
import type { FileProblem } from '../../content-check/file-problem.ts';
import type { Locale } from '../../engine/index.ts';
import { editUrl, type ScenarioPageCode } from '../../i18n/trainer-scenarios-words.ts';
import { SESSION_COOKIE, sessionTrainer } from '../../server/auth/sessions.ts';
import { ApiProblem, isForm, readLimited } from '../../server/http/api.ts';
import { appOf } from '../../server/http/locals.ts';
import { describeProblem } from '../../server/http/problems.ts';
import { SCENARIO_EDITOR_BODY_BYTES } from '../../server/http/request-guards.ts';
import type { ProblemParams } from '../../server/result.ts';
import { checkOwnScenario, type PlayableScenario } from '../../server/services/own-scenario-check.ts';
import { findOwnScenario, saveOwnScenario, takeEdit } from '../../server/services/own-scenarios.ts';
import { copyWithNewId, publishedYaml, templateYaml } from '../../server/services/scenario-texts.ts';
import { markPrivate, trainerHomeUrl } from './trainer-pages.ts';

export interface EditorView {
  yaml: string;
  /** Errors first, each with its line; empty when the text was not checked (a refusal). */
  problems: FileProblem[];
  playable?: PlayableScenario;
  /** A refusal of the whole text (too large, rate limited, …), for the page to put into words. */
  refusal?: { code: ScenarioPageCode; params: ProblemParams };
  /** After a save: the id and version stored, and whether the text changed. */
  saved?: { id: string; version: number; changed: boolean };
}

export type EditorLoad = { ok: true; view: EditorView } | { ok: false; code: 'own-scenario-not-found' };

/** The editor's view for this request, or a redirect (signed out; after a save: to the saved scenario). */
export async function loadEditor(astro: AstroGlobal, locale: Locale): Promise<EditorLoad | Response> {
  markPrivate(astro);
  const app = appOf(astro.locals);
  const trainer = await sessionTrainer(app.db, astro.cookies.get(SESSION_COOKIE)?.value);
  if (!trainer) return astro.redirect(trainerHomeUrl(locale), 303);
  const query = astro.url.searchParams;

  if (astro.request.method === 'POST') {
    const form = await readForm(astro.request);
    if ('refusal' in form) {
      refuse(astro, form.refusal);
      return { ok: true, view: { yaml: '', problems: [], refusal: form.refusal } };
    }
    const { yaml, action } = form;
    if (action === 'save') {
      const saved = await saveOwnScenario(app.db, app.ownScenarios, app.scenarios, trainer.id, yaml);
      if (saved.ok) {
        // Post, redirect, get: a reload shows the saved scenario instead of posting again.
        const to = `${editUrl(locale, { id: saved.scenarioId })}&saved=${saved.version}${saved.changed ? '' : '&unchanged=1'}`;
        return astro.redirect(to, 303);
      }
      refuse(astro, saved);
      // The text is shown again with the checker's messages, so nothing typed is lost.
      const view = saved.code === 'scenario-saves-rate-limited' ? { yaml, problems: [] } : checked(yaml);
      return { ok: true, view: { ...view, refusal: { code: saved.code, params: saved.params ?? {} } } };
    }
    const limited = takeEdit(app.ownScenarios, trainer.id);
    if (limited) {
      refuse(astro, limited);
      return { ok: true, view: { yaml, problems: [], refusal: { code: limited.code, params: limited.params ?? {} } } };
    }
    const view = checked(yaml);
    if (view.refusal) refuse(astro, view.refusal);
    return { ok: true, view };
  }

  const id = query.get('id');
  if (id) {
    const own = await findOwnScenario(app.db, app.ownScenarios, trainer.id, id);
    if (!own.ok) {
      astro.response.status = 404;
      return { ok: false, code: own.code };
    }
    const version = Number(query.get('saved'));
    const saved = Number.isInteger(version) && version > 0 ? { id, version, changed: query.get('unchanged') !== '1' } : undefined;
    return { ok: true, view: { ...checked(own.stored.yaml), ...(saved ? { saved } : {}) } };
  }
  const from = query.get('from');
  if (from) {
    const published = /^[a-z0-9-]{1,80}$/.test(from) ? await publishedYaml(from) : undefined;
    if (published === undefined) {
      astro.response.status = 404;
      return { ok: false, code: 'own-scenario-not-found' };
    }
    return { ok: true, view: checked(copyWithNewId(published, copyId(from, locale))) };
  }
  return { ok: true, view: checked(templateYaml()) };
}

/** The page's status (and Retry-After) for a refusal, as the API would answer it. */
function refuse(astro: AstroGlobal, failure: { code: ScenarioPageCode; params?: ProblemParams | undefined }): void {
  const { status, headers } = describeProblem(failure.code, failure.params ?? {});
  astro.response.status = status;
  for (const [name, value] of Object.entries(headers)) astro.response.headers.set(name, value);
}

/** The checker's view of a text; a refusal (too large, too deep) instead of problems. */
function checked(yaml: string): EditorView {
  const check = checkOwnScenario(yaml);
  if (!check.ok) return { yaml, problems: [], refusal: { code: check.code, params: check.params ?? {} } };
  return { yaml, problems: check.problems, ...(check.playable ? { playable: check.playable } : {}) };
}

/** A new id for a copy: the original's, marked as a copy, with a short random tail so copies never clash. */
function copyId(from: string, locale: Locale): string {
  const tail = Math.random().toString(36).slice(2, 6).replace(/[^a-z0-9]/g, 'x').padEnd(4, 'x');
  return `${from.slice(0, 60)}-${locale === 'de' ? 'kopie' : 'copy'}-${tail}`;
}

/** The posted form's `yaml` and `action`, within the editor's size limit. */
async function readForm(request: Request): Promise<{ yaml: string; action: string } | { refusal: { code: ScenarioPageCode; params: ProblemParams } }> {
  if (!isForm(request)) return { yaml: '', action: 'check' };
  try {
    const fields = new URLSearchParams(await readLimited(request, SCENARIO_EDITOR_BODY_BYTES));
    // Browsers send line breaks in a textarea as CRLF; the stored text uses LF like the repository's
    // files. NUL is no text anyone types, and PostgreSQL refuses to store it.
    const yaml = (fields.get('yaml') ?? '').replace(/\r\n?/g, '\n').split('\u0000').join('');
    return { yaml, action: fields.get('action') === 'save' ? 'save' : 'check' };
  } catch (error) {
    if (error instanceof ApiProblem && error.code === 'body-too-large') return { refusal: { code: 'body-too-large', params: error.params } };
    throw error;
  }
}
