/**
 * What services return instead of throwing: a discriminated union. Services speak in codes, never
 * in HTTP; http/problems.ts turns a code into a status and words for the API, and pages turn codes
 * into words in their own language.
 */
import type { apiEn } from '../i18n/api-en.ts';

/** Every code a service or the HTTP layer can answer with. */
export type ProblemCode = keyof typeof apiEn;

/** Values a problem's message names (a scenario id, a limit, …). */
export type ProblemParams = Readonly<Record<string, string | number>>;

/** A refusal: a code, and the values its message needs. */
export interface Failure<C extends ProblemCode = ProblemCode> {
  ok: false;
  code: C;
  params?: ProblemParams;
}

/** Success with its fields, or a failure with one of the codes `C`. */
export type Result<T extends object, C extends ProblemCode> = ({ ok: true } & T) | Failure<C>;

/** A failure with `code` (and the values its message names). */
export function fail<C extends ProblemCode>(code: C, params?: ProblemParams): Failure<C> {
  return params ? { ok: false, code, params } : { ok: false, code };
}
