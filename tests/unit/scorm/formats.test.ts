import { describe, expect, it } from 'vitest';
import { choiceLetter, formatDuration, formatMoment, interactionId, within } from '../../../src/scorm/formats.ts';
import { checkScormValue } from '../../../src/scorm/limits.ts';

describe('SCORM formats', () => {
  it.each([
    [0, '0000:00:00.00', 'PT0H0M0S'],
    [61_234, '0000:01:01.23', 'PT0H1M1.23S'],
    [3_600_000 * 5 + 7_000, '0005:00:07.00', 'PT5H0M7S'],
  ])('writes %i ms as %s (1.2) and %s (2004)', (ms, v12, v2004) => {
    expect(formatDuration('1.2', ms)).toBe(v12);
    expect(formatDuration('2004', ms)).toBe(v2004);
    expect(checkScormValue('1.2', 'cmi.core.session_time', v12)).toBeUndefined();
    expect(checkScormValue('2004', 'cmi.session_time', v2004)).toBeUndefined();
  });

  it('caps a 1.2 session at 9999 hours instead of writing a fifth digit', () => {
    expect(formatDuration('1.2', 3_600_000 * 20_000)).toMatch(/^9999:/);
  });

  it('writes moments in UTC, a time of day for 1.2 and a timestamp for 2004', () => {
    const at = new Date('2026-12-03T07:08:09.999Z');
    expect(formatMoment('1.2', at)).toBe('07:08:09');
    expect(formatMoment('2004', at)).toBe('2026-12-03T07:08:09.0Z');
    expect(checkScormValue('2004', 'cmi.interactions.0.timestamp', formatMoment('2004', at))).toBeUndefined();
  });

  it('makes identifiers each version accepts, even from odd ids', () => {
    for (const [scenario, node] of [['paket-verspaetet', 'start'], ['ä ö/ü', 'x y'], ['', '']]) {
      expect(checkScormValue('1.2', 'cmi.interactions.0.id', interactionId('1.2', scenario!, node!, 3))).toBeUndefined();
      expect(checkScormValue('2004', 'cmi.interactions.0.id', interactionId('2004', scenario!, node!, 3))).toBeUndefined();
    }
  });

  it('gives choices 0-9 then a-z as 1.2 letters and nothing beyond the 36th', () => {
    expect([0, 9, 10, 35, 36, -1].map(choiceLetter)).toEqual(['0', '9', 'a', 'z', undefined, undefined]);
  });

  it('cuts text to the limit without splitting an emoji', () => {
    expect(within('abc', 3)).toBe('abc');
    expect(within('abcdef', 4)).toBe('abc…');
    const cut = within('ab😀😀', 4);
    expect(cut.length).toBeLessThanOrEqual(4);
    expect(cut).toBe('ab…');
  });
});
