/** A persona's mood told in the words of its scale: a bullied pupil is hurt or safe, never "angrier". */
import { describe, expect, it } from 'vitest';
import { MOOD_SCALES, moodBand, personaSchema, type MoodBand } from '../../src/engine/index.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { moodChange, moodWord } from '../../src/i18n/mood-words.ts';
import { fill } from '../../src/i18n/translate.ts';

const BANDS: MoodBand[] = ['furious', 'angry', 'neutral', 'friendly', 'delighted'];
const lookup = (dict: Record<string, string>) => (key: string, vars?: Record<string, string | number>) => fill(dict[key] ?? key, vars);

describe('mood words', () => {
  it('keeps the angry-friendly words for a persona without a scale', () => {
    expect(moodWord(lookup(en), undefined, moodBand(-30))).toBe('annoyed');
    expect(moodWord(lookup(de), 'angry-friendly', moodBand(70))).toBe('begeistert');
    expect(moodChange(lookup(en), undefined, 'Kim', false)).toBe('Kim gets angrier');
  });

  it('tells a hurt-safe persona in words of hurt and safety, on the same bands', () => {
    expect(moodWord(lookup(de), 'hurt-safe', moodBand(-30))).toBe('verletzt');
    expect(moodWord(lookup(en), 'hurt-safe', moodBand(-80))).toBe('deeply hurt');
    expect(moodWord(lookup(en), 'hurt-safe', moodBand(65))).toBe('safe');
    expect(moodChange(lookup(en), 'hurt-safe', 'Noah', true)).toBe('Noah feels safer');
    expect(moodChange(lookup(de), 'hurt-safe', 'Noah', false)).toBe('Noah geht es schlechter');
    for (const locale of [de, en] as Record<string, string>[]) {
      for (const b of BANDS) expect(moodWord(lookup(locale), 'hurt-safe', b)).not.toMatch(/angry|wütend|verärgert|annoyed|moodHurt/);
    }
  });

  it('has a word for every band of every scale in both languages, each band its own', () => {
    for (const dict of [de, en] as Record<string, string>[]) {
      for (const scale of MOOD_SCALES) {
        const words = BANDS.map((b) => moodWord(lookup(dict), scale, b));
        expect(words.every((w) => !w.startsWith('mood')), `${scale}: ${words.join(', ')}`).toBe(true);
        expect(new Set(words).size).toBe(BANDS.length);
      }
    }
  });

  it('accepts `scale` on a persona and refuses an unknown one', () => {
    const persona = { name: 'Noah', role: { de: 'Mitschüler', en: 'classmate' }, motive: 'complainant' };
    expect(personaSchema.parse({ ...persona, scale: 'hurt-safe' }).scale).toBe('hurt-safe');
    expect(personaSchema.parse(persona).scale).toBeUndefined();
    expect(personaSchema.safeParse({ ...persona, scale: 'sad-happy' }).success).toBe(false);
  });
});
