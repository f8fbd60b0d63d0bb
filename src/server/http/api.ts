/**
 * Small helpers for API routes: JSON responses, errors a person can act on, and reading a JSON body
 * with a size limit and a zod schema. Routes stay thin: parse, call a service, answer.
 */
import type { z } from 'zod';
import type { Failure, ProblemCode, ProblemParams } from '../result.ts';
import { jsonTooDeep, MAX_JSON_DEPTH } from './json-depth.ts';
import { describeProblem } from './problems.ts';
import { isUniqueViolation } from './unique-violation.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** `{ "error": message }` with a 4xx/5xx status; `details` lists what exactly was wrong. */
function problemJson(status: number, error: string, details?: unknown, headers: Record<string, string> = {}): Response {
  return json(details === undefined ? { error } : { error, details }, status, headers);
}

/**
 * A request the HTTP layer refuses, by problem code (http/problems.ts gives status and words).
 * Thrown inside routes only, so a route can stop anywhere; services return codes instead.
 */
export class ApiProblem extends Error {
  readonly code: ProblemCode;
  readonly params: ProblemParams;
  readonly details: unknown;
  constructor(code: ProblemCode, params: ProblemParams = {}, details?: unknown) {
    super(code);
    this.code = code;
    this.params = params;
    this.details = details;
  }

  /** The service's refusal, to be answered by `handle`. */
  static of(failure: Failure): ApiProblem {
    return new ApiProblem(failure.code, failure.params);
  }
}

/** The JSON answer to a problem: `{ error, details? }` with the code's status. */
export function problemResponse(problem: ApiProblem): Response {
  const { status, message, headers } = describeProblem(problem.code, problem.params);
  return problemJson(status, message, problem.details, headers);
}

/** True when the request came from an HTML form (and wants a redirect, not JSON, in reply). */
export function isForm(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded');
}

/**
 * Reads and validates a body sent as JSON or from an HTML form; throws ApiProblem (413/415/400) for
 * anything else. Form fields arrive as strings: schemas coerce where they need numbers.
 */
export async function readBody<S extends z.ZodType>(request: Request, schema: S, limit = MAX_BODY_BYTES): Promise<z.output<S>> {
  const type = request.headers.get('content-type') ?? '';
  const form = isForm(request);
  if (!form && !type.includes('application/json')) throw new ApiProblem('unsupported-type');
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw new ApiProblem('body-too-large', { limit });
  const text = await readLimited(request, limit);
  if (!form && jsonTooDeep(text)) throw new ApiProblem('body-too-deep', { limit: MAX_JSON_DEPTH });
  let value: unknown;
  try {
    value = form ? Object.fromEntries(new URLSearchParams(text)) : JSON.parse(text);
  } catch {
    throw new ApiProblem('body-not-json');
  }
  // NUL is no text anyone types, and PostgreSQL refuses to store it.
  if (JSON.stringify(value).includes('\\u0000')) throw new ApiProblem('nul-text');
  // Form-only fields: where to go next and which action a POST stands for.
  if (form && typeof value === 'object' && value) for (const key of ['redirect', '_action']) delete (value as Record<string, unknown>)[key];
  return validate(schema, value);
}

/** The value as the schema's output, or ApiProblem 'invalid-request' listing what exactly is wrong. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new ApiProblem('invalid-request', { summary: details.map((d) => `${d.path || 'body'}: ${d.message}`).join('; ') }, details);
  }
  return parsed.data;
}

/** The body of a Web Request as text, refusing (ApiProblem) beyond `limit` bytes as it streams. */
export async function readLimited(request: Request, limit: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling one branch of a cloned (tee'd) body never settles.
      void reader.cancel().catch(() => undefined);
      throw new ApiProblem('body-too-large', { limit });
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * The fields of a form post, read from a copy of the request within the size limit (413 beyond it,
 * declared or streamed); empty for a body that is not a form.
 */
export async function peekForm(request: Request): Promise<URLSearchParams> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw new ApiProblem('body-too-large', { limit: MAX_BODY_BYTES });
  if (!isForm(request)) return new URLSearchParams();
  return new URLSearchParams(await readLimited(request.clone(), MAX_BODY_BYTES));
}

/** Where a form asked to go next: a path on this site only, never another host. */
async function formRedirect(request: Request): Promise<string | undefined> {
  if (!isForm(request)) return undefined;
  try {
    const target = (await peekForm(request)).get('redirect') ?? '';
    return isSameSitePath(target) ? target : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True for a path on this site: one leading `/`, not `//` or `/\` (which browsers read as another
 * host), and only URL-safe characters (plus `{}` for the `{id}` placeholder).
 */
export function isSameSitePath(target: string): boolean {
  return /^\/(?![/\\])[\w\-./?=&%{}]*$/.test(target);
}

function redirect(to: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { location: to, ...headers } });
}

/**
 * Runs a route body and turns ApiProblems (and any surprise) into JSON answers, never a crash page.
 * For HTML forms the answer is a redirect to the form's `redirect` field, with `?error=<code>` on failure.
 */
export async function handle(request: Request, run: () => Promise<Response>): Promise<Response> {
  const back = await formRedirect(request);
  try {
    const response = await run();
    if (back && response.ok) {
      const headers: Record<string, string> = {};
      const cookie = response.headers.get('set-cookie');
      if (cookie) headers['set-cookie'] = cookie;
      // `{id}` in the redirect becomes the id of what was just created (e.g. a new class).
      let to = back;
      if (to.includes('{id}')) {
        const created = (await response.clone().json().catch(() => ({}))) as { class?: { id?: string } };
        to = to.replace('{id}', encodeURIComponent(created.class?.id ?? ''));
      }
      // Checked again after the substitution: `/{id}/evil.example` with an empty id is `//evil.example`.
      if (!isSameSitePath(to)) return response;
      return redirect(to, headers);
    }
    return response;
  } catch (error) {
    const problem = asProblem(error);
    // Only the code travels: the page puts it into words of its own language (i18n/page-problems.ts).
    if (back) return redirect(`${back.split('?')[0]}?error=${encodeURIComponent(problem.code)}`);
    return problemResponse(problem);
  }
}

/** The error as a problem; anything unexpected is logged and becomes 'server-error'. */
export function asProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  // Two requests at once creating the same thing (e.g. the same pseudonym): the loser is told so.
  if (isUniqueViolation(error)) return new ApiProblem('conflict');
  console.error(error);
  return new ApiProblem('server-error');
}
