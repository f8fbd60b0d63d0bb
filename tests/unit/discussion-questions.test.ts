/** The projector's discussion questions come from the trainer notes of every module, in both languages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discussionQuestionsOf } from '../../src/live/discussion-questions.ts';

const NOTES = join(import.meta.dirname, '..', '..', 'content', 'trainer-notes');
const files = ['de', 'en'].flatMap((locale) => readdirSync(join(NOTES, locale)).map((f) => join(locale, f)));

describe('discussion questions from trainer notes', () => {
  it.each(files)('%s has questions, as plain text', (file) => {
    const source = readFileSync(join(NOTES, file), 'utf8');
    const questions = discussionQuestionsOf(source);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      expect(q).not.toMatch(/^[-*#]|\*\*|\]\(/);
      // Each question is a line of the notes' list (no text from another section slipped in).
      expect(source).toContain(q.slice(0, 20));
    }
  });

  it('takes only the list under the heading, reduces markdown to text and joins continued lines', () => {
    const mdx = ['## Workshop', '- not this', '## Diskussionsfragen', '', '- Wann ist **Löschen** richtig?', '- Siehe [Netiquette](/glossar/netiquette/) und', '  was dann?', '', '## Worauf du achten solltest', '- not this either'].join('\n');
    expect(discussionQuestionsOf(mdx)).toEqual(['Wann ist Löschen richtig?', 'Siehe Netiquette und was dann?']);
    expect(discussionQuestionsOf('## Other\n- x')).toEqual([]);
  });
});
