import { describe, expect, it } from 'vitest';
import { findApi, type FrameLike } from '../../../src/scorm/reporter/find-api.ts';

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

/** A chain of frames: the first is the SCO's window, the last the LMS's top window. */
function chain(...frames: FrameLike[]): FrameLike {
  frames.forEach((frame, i) => (frame.parent = frames[i + 1] ?? frame));
  return frames[0]!;
}

describe('finding the LMS API', () => {
  it('finds API (1.2) and API_1484_11 (2004) in the nearest parent that has it', () => {
    const win = chain({}, {}, { API: api12, API_1484_11: api2004 });
    expect(findApi('1.2', win)).toBe(api12);
    expect(findApi('2004', win)).toBe(api2004);
  });

  it('looks in the opener and its parents when no parent has it (a pop-up launch)', () => {
    const opener = chain({}, { API_1484_11: api2004 });
    const win = chain({ opener }, {});
    expect(findApi('2004', win)).toBe(api2004);
    expect(findApi('1.2', win)).toBeUndefined();
  });

  it('skips a frame of another origin that throws on access', () => {
    const foreign: FrameLike = new Proxy({} as FrameLike, {
      get: (_t, key) => {
        if (key === 'parent') return top;
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    const top: FrameLike = { API: api12 };
    top.parent = top;
    const win: FrameLike = { parent: foreign };
    expect(findApi('1.2', win)).toBe(api12);
  });

  it('gives up on a loop of frames instead of hanging', () => {
    const a: FrameLike = {};
    const b: FrameLike = { parent: a };
    a.parent = b;
    expect(findApi('2004', a)).toBeUndefined();
  });
});
