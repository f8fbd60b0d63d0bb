/** Any string is a reply: the analyser never throws, stays fast and keeps its ranges inside the text. */
import { describe, expect, it } from 'vitest';
import { analyseReply, MAX_ANALYSED_LENGTH, type ReplyLang } from '../../../src/analysis/index.ts';

const CASES: [string, string][] = [
  ['empty', ''],
  ['whitespace only', ' \n\t  \u00A0 '],
  ['10,000 characters', 'Ich verstehe dich, aber bitte bleib sachlich. '.repeat(218).slice(0, 10_000)],
  ['one 10,000-letter word', 'a'.repeat(10_000)],
  ['emoji only', '🙏❤️😂🤡'.repeat(100)],
  ['another language', 'Je suis vraiment désolé, merci pour votre patience. 非常抱歉。'],
  ['markup and script', '<script>alert("hi")</script><b onclick="x()">Idiot</b>'],
  ['zero-width characters', '\u200B\u200C\u200D\uFEFF'.repeat(50)],
  ['bidi overrides', '\u202Eolleh\u202C \u2066du Idiot\u2069'],
  ['lone surrogates', '\uD800 \uDC00 abc'],
  ['control characters', '\u0000\u0001\u0007 hallo'],
  ['only punctuation', '!?!?.,;:'.repeat(500)],
  ['unclosed quotes', '„Idiot und "noch mehr'],
  ['far over the limit', 'x '.repeat(MAX_ANALYSED_LENGTH)],
];

describe('bad input', () => {
  for (const lang of ['de', 'en'] as ReplyLang[]) {
    it.each(CASES)(`[${lang}] %s: never throws, ranges inside the text, fast`, (_name, text) => {
      const started = performance.now();
      const analysis = analyseReply(text, lang);
      const ms = performance.now() - started;
      expect(analysis.lang).toBe(lang);
      expect(analysis.text.length).toBe(text.length);
      for (const f of analysis.features) for (const [s, e] of f.ranges) expect(0 <= s && s < e && e <= text.length).toBe(true);
      // Generous for a busy shared machine: the real budget (5 ms at 500 characters) is in the bench.
      expect(ms).toBeLessThan(2_000);
    });
  }

  it('finds nothing in empty or whitespace-only text', () => {
    expect(analyseReply('', 'de').features).toEqual([]);
    expect(analyseReply('   ', 'en').features).toEqual([]);
    expect(analyseReply('   ', 'en').text.words).toBe(0);
  });

  it('reads markup as text: an insult inside tags is still an insult, nothing runs', () => {
    expect(analyseReply('<b>du Idiot</b>', 'de').features.map((f) => f.id)).toContain('insult');
  });

  it('says when it saw invisible characters and when it cut a long text', () => {
    expect(analyseReply('id\u200Biot', 'en').text.hadInvisibleCharacters).toBe(true);
    expect(analyseReply('hello', 'en').text.hadInvisibleCharacters).toBe(false);
    expect(analyseReply('x'.repeat(MAX_ANALYSED_LENGTH + 1), 'en').text.truncated).toBe(true);
  });

  it('survives a caller outside TypeScript passing no string or an unknown language', () => {
    expect(() => analyseReply(undefined as unknown as string, 'fr' as ReplyLang)).not.toThrow();
    expect(analyseReply('du Idiot', 'fr' as ReplyLang).lang).toBe('de');
  });
});
