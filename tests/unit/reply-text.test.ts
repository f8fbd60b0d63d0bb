/** The reply box's pure helpers: bad-input codes, display without invisible characters, segments for marks. */
import { describe, expect, it } from 'vitest';
import { analyseReply } from '../../src/analysis/index.ts';
import { hasInvisible, replyProblem, segmentReply, visibleText, wordsOf } from '../../src/islands/reply/reply-text.ts';

describe('replyProblem', () => {
  it.each([
    ['', 'empty'],
    ['   \n\t', 'blank'],
    ['\u200B\u202E \uFEFF', 'blank'],
    ['😡🙄!!! ???', 'no-words'],
    ['x'.repeat(501), 'too-long'],
    ['Danke dir 🙂', undefined],
    ['x'.repeat(500), undefined],
    ['Спасибо за терпение', undefined],
  ])('%j → %s', (text, problem) => {
    expect(replyProblem(text, 500)).toBe(problem);
  });
});

describe('display', () => {
  it('leaves zero-width and bidi-control characters out and says they were there', () => {
    const text = 'a\u200Bb\u202Ec\u202Cd\u2066e\u2069';
    expect(visibleText(text)).toBe('abcde');
    expect(hasInvisible(text)).toBe(true);
    expect(hasInvisible('plain')).toBe(false);
    expect(hasInvisible('plain')).toBe(false); // no leftover regex state between calls
  });

  it('cuts the reply into marked and plain stretches that add up to the text, at the analyser’s offsets', () => {
    const text = 'Du Idiot. Ich verstehe deinen Ärger total. Schick mir bitte per DM deine Nummer.';
    const analysis = analyseReply(text, 'de');
    const segments = segmentReply(text, analysis.features);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const insult = segments.find((s) => s.features.includes('insult'));
    expect(insult?.text).toBe('Idiot');
    expect(wordsOf(text, analysis.features.find((f) => f.id === 'insult'))).toEqual(['Idiot']);
  });

  it('keeps offsets right around invisible characters and drops them from every stretch', () => {
    const text = '\u202EIch \u200Bverstehe deinen Ärger.';
    const analysis = analyseReply(text, 'de');
    const segments = segmentReply(text, analysis.features);
    expect(segments.map((s) => s.text).join('')).toBe(visibleText(text));
    expect(segments.some((s) => s.features.includes('acknowledge'))).toBe(true);
  });

  it('joins words of the same features that only a space separates into one mark', () => {
    const text = 'aa bb cc';
    const segments = segmentReply(text, [{ id: 'acknowledge', ranges: [[0, 2], [3, 5]] }]);
    expect(segments).toEqual([
      { text: 'aa bb', features: ['acknowledge'] },
      { text: ' cc', features: [] },
    ]);
  });
});
