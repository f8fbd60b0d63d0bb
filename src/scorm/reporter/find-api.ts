/**
 * Finds the LMS's SCORM API object the way both standards describe it: look in this window's
 * parents, nearest first, then in the opener and its parents. SCORM 1.2's object is `API`, SCORM
 * 2004's `API_1484_11`. (SCORM 1.2 RTE 3.3.6.1; SCORM 2004 4th ed. RTE 3.1.3, with ADL's sample
 * "API discovery" algorithm, which gives up after 500 steps so a loop of frames cannot hang.)
 */
import type { ScormVersion } from '../limits.ts';
import type { ScormApi12, ScormApi2004 } from './lms.ts';

const MAX_STEPS = 500;

/** The part of a window the search needs (a `Window` satisfies it; tests pass plain objects). */
export interface FrameLike {
  parent?: FrameLike | null;
  opener?: FrameLike | null;
  [name: string]: unknown;
}

function readApi(frame: FrameLike, name: string): unknown {
  try {
    return frame[name] ?? undefined;
  } catch {
    // A frame of another origin throws on access: the API is not there.
    return undefined;
  }
}

function searchUp(start: FrameLike, name: string): unknown {
  let frame: FrameLike | null | undefined = start;
  for (let steps = 0; frame && steps < MAX_STEPS; steps++) {
    const api = readApi(frame, name);
    if (api) return api;
    let parent: FrameLike | null | undefined;
    try {
      parent = frame.parent;
    } catch {
      parent = undefined;
    }
    if (!parent || parent === frame) return undefined;
    frame = parent;
  }
  return undefined;
}

/** The API object for `version`, or `undefined` when this page does not run inside an LMS. */
export function findApi(version: '1.2', win: FrameLike): ScormApi12 | undefined;
export function findApi(version: '2004', win: FrameLike): ScormApi2004 | undefined;
export function findApi(version: ScormVersion, win: FrameLike): ScormApi12 | ScormApi2004 | undefined;
export function findApi(version: ScormVersion, win: FrameLike): ScormApi12 | ScormApi2004 | undefined {
  const name = version === '1.2' ? 'API' : 'API_1484_11';
  let opener: FrameLike | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = undefined;
  }
  const api = searchUp(win, name) ?? (opener ? searchUp(opener, name) : undefined);
  return (api as ScormApi12 | ScormApi2004 | undefined) ?? undefined;
}
