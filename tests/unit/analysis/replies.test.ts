/**
 * The features a good reply shows (acknowledge, apology, thanks, question, next-step, limit) and
 * boilerplate (stock-phrase), with the rules where a definition leaves room, each with its negative.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureId } from '../../../src/analysis/index.ts';
import { finds, type Row } from './found.ts';

const TABLES: Record<string, [FeatureId, Row[]]> = {
  acknowledge: ['acknowledge', [
    ['de', 'Ich verstehe deinen Ärger.', true],
    ['en', 'That sounds really frustrating.', true],
    ['de', 'Deine Tochter ist bestimmt enttäuscht.', true],
    ['en', 'Your daughter must be so disappointed.', true],
    ['de', 'Da hast du recht.', false],
    ['en', "You're right.", false],
    ['en', 'I agree.', false],
    ['de', 'Ich verstehe nicht, warum du dich aufregst.', false],
    ['en', "I don't understand why you're upset.", false],
    ['de', 'Das ist nicht nachvollziehbar.', false],
    ['en', "I'm sorry you're upset.", false],
    ['de', 'Stell dir vor, wie sich Leonie fühlt, wenn sie das liest.', true],
  ]],
  apology: ['apology', [
    ['de', 'Das tut mir leid, das war unser Fehler.', true],
    ['en', 'sooorry, my bad', true],
    ['en', 'We apologise for any inconvenience.', true],
    ['de', 'Wir entschuldigen uns für die Unannehmlichkeiten.', true],
    ['en', 'We regret the inconvenience.', false],
    ['de', 'Wir bedauern das.', false],
    ['en', "I'm sorry you feel that way.", false],
    ['de', 'Es tut mir leid, dass du das so siehst.', false],
    ['de', 'Sorry, aber du hast keine Ahnung.', false],
    ['en', "Sorry, but you didn't read it.", false],
    ['en', "I'm not sorry.", false],
    ['de', 'Tut mir leid für dich.', false],
  ]],
  thanks: ['thanks', [
    ['de', 'Danke, dass du Bescheid sagst!', true],
    ['en', 'Thank you for your feedback.', true],
    ['de', 'Vielen Dank für Ihr Feedback.', true],
    ['en', 'Thanks for nothing.', false],
    ['de', 'Danke für nichts.', false],
    ['de', 'Nein danke.', false],
    ['en', '🙏', false],
  ]],
  question: ['question', [
    ['de', 'Was genau ist passiert?', true],
    ['en', 'When did you place the order?', true],
    ['de', 'Kannst du mir bitte deine Bestellnummer schicken?', false],
    ['en', 'Could you please send us your order number?', false],
    ['de', "Geht's noch?", false],
    ['en', 'Are you serious?', false],
    ['de', 'Bist du dumm?', false],
    ['de', 'Warum?!', false],
    ['en', 'Why are you such an idiot?', false],
    ['de', 'Was ist passiert', false],
    ['de', 'Nie wieder? Dann eben nicht.', false],
    ['en', 'Useless liars? Says the person who cannot find a doorstep.', false],
    ['de', 'Alles okay? Ich bin da.', true],
    ['en', 'How would you feel if someone wrote that about you?', false],
    ['de', 'Wie viel hast du denn bezahlt?? Lol.', false],
  ]],
  'next-step': ['next-step', [
    ['en', "I'll look into it.", false],
    ['de', 'Ich kümmere mich darum.', false],
    ['de', 'Schreib uns eine DM.', true],
    ['de', 'Ich melde mich morgen bei dir.', true],
    ['en', "I'll get back to you by Friday.", true],
    ['en', 'Please DM us your order number.', true],
    ['de', 'Ruf die Nummer gegen Kummer an: 116 111.', true],
    ['en', 'We are working on it.', false],
    ['de', 'Probetraining jeden Dienstag um 17:30 Uhr.', true],
    ['en', 'For questions about joining, email juniors@chess.example.', true],
    ['de', 'Ich weiß, wo du wohnst: Gartenstraße 5, du Opfer.', false],
  ]],
  limit: ['limit', [
    ['de', 'Beleidigende Kommentare löschen wir.', true],
    ['en', 'We will report this to the police.', true],
    ['en', 'Comments with insults will be hidden.', true],
    ['de', 'Bitte bleib sachlich.', true],
    ['de', 'Ich melde dich bei deinem Arbeitgeber.', false],
    ['de', 'WIR LÖSCHEN BELEIDIGUNGEN!!!', false],
    ['en', 'Please keep it respectful, you idiot.', false],
    ['en', 'Oh no, a parcel is late, call the police 🙄', false],
    ['en', 'Thanks to everyone who reported it.', false],
    ['de', 'Wer das teilt, fliegt raus.', true],
  ]],
  'stock-phrase': ['stock-phrase', [
    ['en', 'We regret the inconvenience.', true],
    ['en', "I'm sorry you feel that way.", true],
    ['de', 'Es tut mir leid, dass du das so siehst.', true],
    ['en', 'Thank you for your feedback.', true],
    ['de', 'Wir entschuldigen uns für die Unannehmlichkeiten.', true],
    ['de', 'Danke, dass du Bescheid sagst!', false],
    ['en', 'That was our mistake, sorry.', false],
  ]],
};

for (const [name, [id, rows]] of Object.entries(TABLES)) {
  describe(name, () => {
    it.each(rows)('[%s] %j → found: %s', (lang, text, expected) => {
      expect(finds(text, lang, id)).toBe(expected);
    });
  });
}
