/** Ranges are exact UTF-16 offsets into the original text and point at the words that triggered. */
import { describe, expect, it } from 'vitest';
import { analyseReply } from '../../../src/analysis/index.ts';
import { wordsOf } from './found.ts';

describe('ranges', () => {
  it.each([
    ['de', 'Ich will dich nicht beleidigen, aber du bist ein Idiot.', 'insult', ['Idiot']],
    ['de', 'Danke, dass du fragst.', 'thanks', ['Danke']],
    ['en', '🎂🎂 you clown', 'insult', ['clown']],
    ['en', 'ur such a 1d10t', 'insult', ['1d10t']],
    ['de', 'Ruf an: 0171 2345678 oder schreib an lea@example.com', 'personal-data', ['0171 2345678', 'lea@example.com']],
    ['de', 'Das ist NICHT ok!!!', 'shouting', ['!!!']],
    ['en', 'Not a threat, but I know where you live.', 'threat', ['Not a threat, but', 'I know where you live']],
    ['de', 'Ich verstehe deinen Ärger. Schreib uns per DM.', 'acknowledge', ['Ich verstehe deinen Ärger']],
    ['de', 'id\u200Biot', 'insult', ['id\u200Biot']],
  ] as const)('[%s] %j: %s at %j', (lang, text, id, words) => {
    expect(wordsOf(text, lang, id)).toEqual(words);
  });

  it('names the action and the concrete channel or time of a next step', () => {
    expect(wordsOf("I'll email you by Friday.", 'en', 'next-step')).toEqual(["I'll email", 'by Friday']);
  });

  it('covers the whole genuine question, question mark included', () => {
    const text = 'Danke! Was ist genau passiert?';
    expect(wordsOf(text, 'de', 'question')).toEqual(['Was ist genau passiert?']);
  });

  it('lists ranges sorted and without overlaps, and gives a version and evidence', () => {
    const analysis = analyseReply('HALT DIE FRESSE DU SPAST!!! 🤡 🤡', 'de');
    expect(analysis.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const f of analysis.features) {
      expect(f.evidence).toBeTruthy();
      for (let i = 1; i < f.ranges.length; i++) expect(f.ranges[i]![0]).toBeGreaterThan(f.ranges[i - 1]![1] - 1);
    }
    expect(analysis.features.map((f) => f.id)).toEqual(['insult', 'shouting']);
  });
});
