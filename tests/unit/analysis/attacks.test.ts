/**
 * The precision-critical features (insult, threat, shouting, personal-data) and the other attacks
 * (you-accusation, sarcasm): each row says whether the feature must be found, so every rule has
 * its negative case beside it.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureId } from '../../../src/analysis/index.ts';
import { finds, type Row } from './found.ts';

const TABLES: Record<string, [FeatureId, Row[]]> = {
  insult: ['insult', [
    ['de', 'Ich will dich nicht beleidigen, aber du bist ein Idiot.', true],
    ['en', "I'm not trying to insult you, but you're an idiot.", true],
    ['de', 'Du bist nicht dumm.', false],
    ['en', "You're not stupid, you were just angry.", false],
    ['de', 'Du bist nicht nur dumm, sondern auch laut.', true],
    ['de', 'Du hast mich „Idiot“ genannt. Das verletzt mich.', false],
    ['en', 'You called me a "loser". That hurt.', false],
    ['de', 'du lauch', true],
    ['de', 'bist du lost oder was', true],
    ['de', 'Das Video ist cringe.', false],
    ['de', 'du bist so cringe digga', true],
    ['de', 'digga chill mal', false],
    ['en', 'bro calm down', false],
    ['de', 'Hurensohn', true],
    ['de', 'halt die fresse du wichser', true],
    ['de', 'Sie war Opfer von Hass im Netz.', false],
    ['de', 'Du Opfer.', true],
    ['en', 'stfu', true],
    ['en', 'kys', true],
    ['en', 'you clown', true],
    ['en', 'I lost my parcel last week.', false],
    ['en', 'ur such a 1d10t', true],
    ['en', 'what an idiooot', true],
    ['de', 'DU ARSCHLOCH', true],
    ['de', 'id\u200Biot', true],
    ['en', 'nice take 🤡', true],
    ['en', 'Thank you 🙏❤️', false],
    ['en', 'Clowns are coming to the school fair.', false],
    ['de', 'Das war eine dumme Idee von mir.', false],
    ['de', 'Kommen Sie mal runter, Sie Schreihals.', true],
    ['de', 'Sie war Opfer von Hass im Netz.', false],
    ['en', 'I know where you live, troll.', true],
    ['de', 'Lächerlich.', true],
    ['de', 'Dumm gelaufen, sorry.', false],
    ['de', 'Fett, danke!', false],
    ['en', 'Crazy, right? We will fix it today.', false],
    ['de', 'Das war unser Fehler, peinlich.', false],
    ['en', 'his shoes tho 💀💀', true],
    ['de', 'mein fehler 💀', false],
    ['en', 'imagine caring this much lol', true],
  ]],
  threat: ['threat', [
    ['de', 'Das ist keine Drohung, aber ich weiß, wo du wohnst.', true],
    ['en', 'Not a threat, but I know where you live.', true],
    ['de', 'Ich melde dich bei deinem Arbeitgeber.', true],
    ['en', "One more comment and I'll tell your boss.", true],
    ['en', "You'll regret this.", true],
    ['de', 'Ich mach dich fertig.', true],
    ['de', 'Beleidigende Kommentare löschen wir.', false],
    ['en', 'We will report this to the police.', false],
    ['de', 'Das ist keine Drohung, nur ein Hinweis: Beleidigungen werden gelöscht.', false],
    ['en', 'Councillors get no extra pay for this.', false],
    ['de', 'Er sagte: „Ich weiß, wo du wohnst.“', false],
    ['de', 'Wenn Sie hier weiter hetzen, stehen wir mal bei Ihnen vor der Tür.', true],
    ['de', 'Wer braucht schon Luft, wenn man direkt vor der Tür parken kann.', false],
    ['en', "Delete it or I'll tell everyone your secret.", true],
  ]],
  shouting: ['shouting', [
    ['de', 'Das ist NICHT ok.', false],
    ['de', 'Das regelt die DSGVO.', false],
    ['en', 'Send it via DHL or UPS.', false],
    ['de', 'Wirklich?!', false],
    ['de', 'Warum???', true],
    ['en', 'Thanks!!!', true],
    ['de', 'DAS IST FALSCH', true],
    ['en', 'ABSOLUTELY not.', true],
    ['en', 'I asked on Monday, OK?', false],
  ]],
  'personal-data': ['personal-data', [
    ['de', 'Ich wohne in der Hauptstraße 12.', true],
    ['en', 'Come by, I live at 42 Baker Street.', true],
    ['de', 'Ruf die Nummer gegen Kummer an: 116 111.', false],
    ['en', 'Call Childline on 0800 1111.', false],
    ['de', 'Im Notfall: 110.', false],
    ['de', 'Telefonseelsorge: 0800 111 0 111', false],
    ['de', 'Meine Nummer: 0171 2345678', true],
    ['en', 'Text me on 07700 900123.', true],
    ['en', 'Mail me: max.mustermann@example.com', true],
    // 1.3: every e-mail address counts, an organisation's role mailbox too (house rule; all labelled sets read it so).
    ['de', 'Schreib an support@shop.example', true],
    ['de', 'Deine Bestellnummer 12345678 ist angekommen.', false],
    ['de', 'Wir warten seit 3 Wochen.', false],
    ['de', 'Auf dem Heimweg 2 Stunden im Stau.', false],
    ['en', 'It arrived on 03.12.2026.', false],
  ]],
  'you-accusation': ['you-accusation', [
    ['de', 'Du hast keine Ahnung.', true],
    ['en', "It's your own fault.", true],
    ['en', "It's not your fault.", false],
    ['de', 'Das ist nicht deine Schuld.', false],
    ['de', 'Sorry, aber du hast die Lieferzeit nicht gelesen.', true],
    ['en', 'You always complain.', true],
    ['de', 'Du bist so ein Lauch.', true],
    ['de', 'Ich verstehe dich.', false],
    ['en', "Sorry, but you've complained about every single trip.", true],
    ['de', 'Sie haben offenbar keine Ahnung, wie das funktioniert.', true],
  ]],
  sarcasm: ['sarcasm', [
    ['de', 'Na toll, wieder so ein Experte.', true],
    ['en', 'Thanks for nothing.', true],
    ['en', 'Oh wow, so original 🙄', true],
    ['de', 'Danke für deine Geduld.', false],
    ['en', 'Great news: your parcel is on its way.', false],
  ]],
};

for (const [name, [id, rows]] of Object.entries(TABLES)) {
  describe(name, () => {
    it.each(rows)('[%s] %j → found: %s', (lang, text, expected) => {
      expect(finds(text, lang, id)).toBe(expected);
    });
  });
}
