/**
 * How deeply a JSON text nests, found by one pass over its characters before anything parses it:
 * JSON.parse, zod and JSON.stringify all recurse, so a body of 30,000 `[` would cost a stack
 * overflow (a 500) there. No body this API accepts nests deeper than a few levels.
 */

/** The deepest body any route accepts: far above what a real request uses (at most 2). */
export const MAX_JSON_DEPTH = 32;

/** True when `text` opens more than `limit` arrays or objects inside each other (strings are skipped). */
export function jsonTooDeep(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
