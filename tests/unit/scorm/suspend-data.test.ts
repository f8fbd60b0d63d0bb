import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, type SuspendState } from '../../../src/scorm/suspend-data.ts';

const written = { write: { features: ['names-feeling', 'offers-help'] as never[], analyser: 'a1', length: 42, text: 'Das tut mir leid, Kim.', lang: 'de' as const } };

describe('suspend_data', () => {
  it('keeps paths, seeds and best scores as plain JSON while they fit, without written texts', () => {
    const state: SuspendState = { f: 1, sc: { 'paket-verspaetet': { v: 2, p: ['listen', written], s: 7, b: 81.5, e: true } } };
    const text = encodeSuspendData(state, 4096)!;
    expect(text.startsWith('{')).toBe(true);
    expect(text).not.toContain('tut mir leid');
    const back = decodeSuspendData(text)!;
    expect(back.sc['paket-verspaetet']).toEqual({ v: 2, p: ['listen', { write: { features: ['names-feeling', 'offers-help'], analyser: 'a1', length: 42 } }], s: 7, b: 81.5, e: true });
  });

  it('compresses what would not fit into SCORM 1.2’s 4,096 characters, and reads it back', () => {
    const path = Array.from({ length: 200 }, (_, i) => `choice-with-a-rather-long-id-${i % 5}`);
    const state: SuspendState = { f: 1, sc: { a: { v: 1, p: path }, b: { v: 3, p: path.slice(0, 50) } } };
    expect(JSON.stringify(state).length).toBeGreaterThan(4096);
    const text = encodeSuspendData(state, 4096)!;
    expect(text.startsWith('z:')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(decodeSuspendData(text)).toEqual(state);
  });

  it('drops ended runs’ paths before giving up, and gives up when even that does not fit', () => {
    // Random ids do not compress: only dropping the ended path brings this under the limit.
    const noise = (n: number) => Array.from({ length: n }, (_, i) => `${i}-${Math.sin(i * 7919).toString(36).slice(3, 12)}`);
    const state: SuspendState = { f: 1, sc: { ended: { v: 1, p: noise(400), b: 50, e: true }, open: { v: 1, p: ['x'] } } };
    const text = encodeSuspendData(state, 4096)!;
    expect(decodeSuspendData(text)?.sc['ended']).toEqual({ v: 1, p: [], b: 50, e: true });
    expect(decodeSuspendData(text)?.sc['open']?.p).toEqual(['x']);
    expect(encodeSuspendData({ f: 1, sc: { open: { v: 1, p: noise(2000) } } }, 4096)).toBeUndefined();
  });

  it.each([[''], ['not json'], ['{"f":2,"sc":{}}'], ['z:%%%'], ['[1,2]']])('reads %j as nothing to resume', (text) => {
    expect(decodeSuspendData(text)).toBeUndefined();
  });

  it('skips a malformed scenario entry and keeps the others', () => {
    const text = JSON.stringify({ f: 1, sc: { bad: { v: 'x', p: [] }, good: { v: 1, p: ['a'], b: 140 } } });
    expect(decodeSuspendData(text)).toEqual({ f: 1, sc: { good: { v: 1, p: ['a'] } } });
  });
});
