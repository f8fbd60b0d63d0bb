import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUES, cueForOutcome } from '../../src/audio/cues.ts';
import { OUTCOMES } from '../../src/engine/index.ts';

const soundDir = fileURLToPath(new URL('../../public/sounds/', import.meta.url));
const script = readFileSync(fileURLToPath(new URL('../../scripts/make-sounds.sh', import.meta.url)), 'utf8');
const MAX_BYTES = 40 * 1024;

/** Magic bytes: an Ogg page, or an MP3 with an ID3 tag or starting on a frame sync. */
const looksLike = {
  ogg: (bytes: Buffer) => bytes.subarray(0, 4).toString('latin1') === 'OggS',
  mp3: (bytes: Buffer) => bytes.subarray(0, 3).toString('latin1') === 'ID3' || (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0),
};

describe('sound files', () => {
  describe.each(CUES)('%s', (cue) => {
    it.each(['ogg', 'mp3'] as const)('has a non-empty .%s under 40 KB in public/sounds', (ext) => {
      const path = `${soundDir}${cue}.${ext}`;
      const size = statSync(path).size;
      expect(size).toBeGreaterThan(0);
      expect(size).toBeLessThan(MAX_BYTES);
      expect(looksLike[ext](readFileSync(path)), `${cue}.${ext} is not ${ext} data`).toBe(true);
    });
  });

  it('has no file that belongs to no cue', () => {
    const expected = CUES.flatMap((cue) => [`${cue}.mp3`, `${cue}.ogg`]).sort();
    expect(readdirSync(soundDir).sort()).toEqual(expected);
  });

  it('are made by the script for exactly the cues the code knows', () => {
    const made = [...script.matchAll(/^finish (\S+)/gm)].map((m) => m[1]);
    expect(made.sort()).toEqual([...CUES].sort());
  });
});

describe('cueForOutcome', () => {
  it.each(OUTCOMES)('gives the %s ending a cue of its own', (outcome) => {
    expect(CUES).toContain(cueForOutcome(outcome));
  });

  it('gives every ending a different cue', () => {
    expect(new Set(OUTCOMES.map(cueForOutcome)).size).toBe(OUTCOMES.length);
  });
});
