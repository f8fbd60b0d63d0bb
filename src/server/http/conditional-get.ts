/**
 * Conditional GET for the static files (RFC 9110 §13): does the browser's cached copy, named by an
 * entity tag (If-None-Match) or a date (If-Modified-Since), still match the file we would send?
 * Hand-written because the small libraries that do this (`fresh`, `etag`) are in node_modules only
 * as other packages' dependencies, and the rules fit in this file.
 */

/** The validators of one representation (one file on disk: the plain file or a compressed twin). */
export interface Validators {
  /** A strong entity tag, quotes included: `"abc"`. */
  etag: string;
  /** Last modification in milliseconds since the epoch. */
  lastModifiedMs: number;
}

/** The request's conditional header fields (as node:http gives them). */
export interface Conditions {
  ifNoneMatch?: string | string[] | undefined;
  ifModifiedSince?: string | string[] | undefined;
}

/** The opaque part of an entity tag: `W/"x"` and `"x"` both give `x` (weak comparison needs no more). */
function opaqueTag(tag: string): string {
  return tag.replace(/^W\//, '');
}

/**
 * Whether an If-None-Match field value names `etag`, by weak comparison (RFC 9110 §13.1.2: `W/"x"`
 * matches `"x"`). `*` matches any existing representation. Entity tags may contain commas, so the
 * list is read tag by tag rather than split at commas; a value that holds no valid tag matches nothing.
 */
export function ifNoneMatchHits(fieldValue: string, etag: string): boolean {
  if (fieldValue.trim() === '*') return true;
  const wanted = opaqueTag(etag);
  for (const [tag] of fieldValue.matchAll(/(?:W\/)?"[^"]*"/g)) {
    if (opaqueTag(tag) === wanted) return true;
  }
  return false;
}

/**
 * Whether the representation is unchanged since an If-Modified-Since date (RFC 9110 §13.1.3).
 * HTTP dates have whole seconds, so the file's time is compared at that precision; a value that is
 * not a date is ignored (the full answer is sent).
 */
export function unmodifiedSince(fieldValue: string, lastModifiedMs: number): boolean {
  const since = Date.parse(fieldValue);
  if (Number.isNaN(since)) return false;
  return Math.floor(lastModifiedMs / 1000) * 1000 <= since;
}

/** One field value from node:http's header (repeated If-None-Match lines form one list). */
function joined(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Whether a GET or HEAD can be answered with 304 Not Modified. If-None-Match takes precedence:
 * when it is present, If-Modified-Since is not looked at (RFC 9110 §13.2.2).
 */
export function isNotModified(conditions: Conditions, validators: Validators): boolean {
  const noneMatch = joined(conditions.ifNoneMatch);
  if (noneMatch !== undefined) return ifNoneMatchHits(noneMatch, validators.etag);
  const since = conditions.ifModifiedSince;
  // More than one date is not a valid field value: ignore it (§13.1.3).
  if (since === undefined || Array.isArray(since)) return false;
  return unmodifiedSince(since, validators.lastModifiedMs);
}
