/**
 * Polite and ordinary replies, written apart from the word lists, must never be flagged with the
 * features that accuse a learner (insult, threat, shouting, personal-data): precision first.
 */
import { describe, expect, it } from 'vitest';
import { analyseReply, type ReplyLang } from '../../../src/analysis/index.ts';

const ACCUSING = ['insult', 'threat', 'shouting', 'personal-data'];

const POLITE: [ReplyLang, string][] = [
  ['de', 'Oh nein, das ist echt blöd gelaufen. Wir schauen uns das heute an und melden uns per DM.'],
  ['de', 'Fett, danke für den Tipp! Das probiere ich nächste Runde aus.'],
  ['de', 'Peinlich für uns, das hätte nicht passieren dürfen. Entschuldigung!'],
  ['de', 'Du bist nicht allein damit. Die Nummer gegen Kummer (116 111) hilft kostenlos.'],
  ['de', 'Wir haben am Samstag 3:1 gewonnen, komm doch mal um 15 Uhr vorbei!'],
  ['de', 'Sie war heute echt mutig, finde ich. Lasst sie bitte in Ruhe.'],
  ['de', 'Ich bin kein Profi, aber ich helfe gern. Was genau ist passiert?'],
  ['de', 'Deine Bestellung Nr. 48213377 ist unterwegs, sie kommt morgen.'],
  ['de', 'Das Paket liegt in der Filiale, gleich am Marktplatz, nicht in der Hauptstraße.'],
  ['de', 'Wir öffnen um 7 Uhr, ab 8 Uhr gibt es frische Brötchen.'],
  ['de', 'OK, DHL hat sich gemeldet, das Paket kommt per UPS.'],
  ['en', "Crazy week, right? We'll sort your refund by Friday."],
  ['en', "Don't worry, you're not stupid for asking. It confused me too."],
  ['en', 'Our opening hours are 8 to 6, and the store is on the high street.'],
  ['en', 'Call 999 in an emergency, or Childline on 0800 1111.'],
  ['en', 'We lost the match, but the kids played brilliantly.'],
  ['en', 'That joke about the clowns at the fair was actually funny 😂'],
  ['en', "I'm sorry, that was my mistake 💀 I'll stay behind you next fight."],
  ['en', 'Your order 12345678 was shipped on 03.12.2026.'],
  ['en', 'The FAQ and the GDPR page explain how we use your data.'],
  // Written for analyser 1.1, near its broader lists: service, school and club talk.
  ['de', 'Wir machen deine Daten nicht öffentlich, versprochen.'],
  ['de', 'Sie werden es nicht bereuen: Das Probetraining ist kostenlos.'],
  ['de', 'Wir holen dich um 8 Uhr am Bahnhof ab und kommen zu dir nach Hause, wenn der Techniker da ist.'],
  ['de', 'Wenn du Opfer von Mobbing bist, melde dich bei Frau Kaya, sie hilft dir.'],
  ['de', 'Du hast doch nichts falsch gemacht, das war unser Fehler.'],
  ['de', 'Die Schranke ist idiotensicher beschriftet, und der Torpfosten wird morgen repariert.'],
  ['de', 'Schwein gehabt: Dein Paket ist doch angekommen!'],
  ['de', 'Wir haben Ihre Adresse aktualisiert, die Lieferung kommt morgen.'],
  ['de', 'Hau rein beim Turnier, wir drücken dir die Daumen!'],
  ['en', "We'll make sure everyone knows the new opening hours by Friday."],
  ['en', "Have you lost your card? Block it in the app and we'll send a new one."],
  ['en', "I'll pull up your order and hit you up with the tracking number."],
  ['en', 'If you see a bully at school, tell a teacher or report it to the form tutor.'],
  ['en', "You can feed the pigs at the farm day, and there's a clown show for the kids."],
  ['en', 'Hope your family is safe after the storm. We are killing time until the power is back.'],
  ['en', 'This is not a threat, just a reminder of our house rules.'],
  ['en', "We're so sorry. We'll make sure this never happens again."],
  ['en', "We'll end your contract today as you asked, and we will beat your current price if you stay."],
  ['en', 'We will destroy your old card for you, as the rules require.'],
  ['en', "We'll make sure nobody has to wait that long again."],
  ['en', "I'm not going to hurt you, I just want to talk. We're going to end your contract as you asked."],
  ['de', 'Wir sorgen dafür, dass alle Kunden ihr Geld zurückbekommen.'],
  ['en', "You guys are amazing, you never give up. Thanks for reporting the racist comments."],
];

describe('polite replies are never accused', () => {
  it.each(POLITE)('[%s] %j', (lang, text) => {
    const accused = analyseReply(text, lang).features.filter((f) => ACCUSING.includes(f.id)).map((f) => `${f.id}: ${f.ranges.map(([s, e]) => text.slice(s, e)).join(', ')}`);
    expect(accused).toEqual([]);
  });
});
