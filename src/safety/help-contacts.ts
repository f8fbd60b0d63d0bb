/**
 * Help contacts for Germany, Austria and Switzerland, shown on /hilfe/ and /en/help/.
 * Every entry was checked against the service's own page or an official page on the date in
 * HELP_CHECKED; numbers and opening hours change, so the page tells readers to check them again.
 * Services whose details could not be verified are left out rather than guessed.
 */
import type { Locale } from '../engine/locales.ts';

/** A text in every locale. */
export type Localised = Record<Locale, string>;

/** The month the contacts below were last checked (shown as "Stand: 2026-12"). */
export const HELP_CHECKED = '2026-12';

/** One help service: what it is for, who it is for, how to reach it and what it costs. */
export interface HelpContact {
  /** Stable id, used as the HTML anchor. */
  id: string;
  /** The service's own name (not translated). */
  name: string;
  /** What the service helps with. */
  forWhat: Localised;
  /** Who may contact it. */
  forWhom: Localised;
  /** How to reach it besides the phone numbers: chat, messenger, web form, e-mail. */
  reach: Localised;
  /** Cost and anonymity, as far as the service states them. */
  terms: Localised;
  /** Phone numbers as written for people (with spaces); dialled without spaces. */
  phones: string[];
  /** The service's own website, the source the entry was checked against. */
  url: string;
}

/** The contacts of one country. */
export interface HelpRegion {
  id: 'de' | 'at' | 'ch';
  title: Localised;
  contacts: HelpContact[];
}

const germany: HelpContact[] = [
  {
    id: 'nummer-gegen-kummer',
    name: 'Nummer gegen Kummer – Kinder- und Jugendtelefon',
    forWhat: {
      de: 'Zuhören und gemeinsam überlegen bei allen Sorgen: Streit, Mobbing, Ärger in der Schule oder zu Hause, Gewalt, Liebeskummer.',
      en: 'Someone who listens and helps you think things through, whatever the worry: fights, bullying, trouble at school or at home, violence, heartbreak.',
    },
    forWhom: { de: 'Kinder und Jugendliche', en: 'Children and young people' },
    reach: { de: 'Telefon 116 111; Chat und E-Mail über die Website. Sprechzeiten stehen auf der Website.', en: 'Phone 116 111; chat and e-mail via the website. Opening hours are on the website.' },
    terms: { de: 'Kostenlos, anonym, vertraulich.', en: 'Free, anonymous, confidential.' },
    phones: ['116 111'],
    url: 'https://www.nummergegenkummer.de/',
  },
  {
    id: 'elterntelefon',
    name: 'Nummer gegen Kummer – Elterntelefon',
    forWhat: {
      de: 'Beratung, wenn Eltern sich Sorgen um ihr Kind machen, zum Beispiel weil es im Netz gemobbt wird.',
      en: 'Advice when parents are worried about their child, for example because the child is being bullied online.',
    },
    forWhom: { de: 'Eltern und andere Erziehende', en: 'Parents and other carers' },
    reach: { de: 'Telefon 0800 111 0 550. Sprechzeiten stehen auf der Website.', en: 'Phone 0800 111 0 550. Opening hours are on the website.' },
    terms: { de: 'Kostenlos, anonym.', en: 'Free, anonymous.' },
    phones: ['0800 111 0 550'],
    url: 'https://www.nummergegenkummer.de/',
  },
  {
    id: 'juuuport',
    name: 'JUUUPORT',
    forWhat: {
      de: 'Hilfe bei Problemen im Netz: Cybermobbing, Stress in Chats und sozialen Medien, Hass im Netz. Geschulte junge Leute („Scouts“) beraten Gleichaltrige.',
      en: 'Help with problems online: cyberbullying, trouble in chats and on social media, online hate. Trained young volunteers ("scouts") advise people their own age.',
    },
    forWhom: { de: 'Jugendliche und junge Erwachsene', en: 'Young people and young adults' },
    reach: { de: 'Online-Formular auf der Website, dazu eine Messenger-Beratung; Zeiten stehen auf der Website.', en: 'Online form on the website, plus advice by messenger; times are on the website.' },
    terms: { de: 'Kostenlos, anonym.', en: 'Free, anonymous.' },
    phones: [],
    url: 'https://www.juuuport.de/',
  },
  {
    id: 'krisenchat',
    name: 'krisenchat',
    forWhat: {
      de: 'Chat-Beratung in Krisen, zum Beispiel bei Mobbing, Gewalt, Streit in der Familie oder Gedanken an Suizid.',
      en: 'Counselling by chat in a crisis, for example bullying, violence, family conflict or thoughts of suicide.',
    },
    forWhom: { de: 'Kinder, Jugendliche und junge Erwachsene bis 25', en: 'Children, young people and young adults up to 25' },
    reach: { de: 'Chat rund um die Uhr über WhatsApp, SMS oder den Web-Chat; der Zugang steht auf der Website.', en: 'Chat around the clock via WhatsApp, text message or the web chat; how to start is on the website.' },
    terms: { de: 'Kostenlos, anonym.', en: 'Free, anonymous.' },
    phones: [],
    url: 'https://krisenchat.de/',
  },
  {
    id: 'telefonseelsorge',
    name: 'TelefonSeelsorge',
    forWhat: {
      de: 'Gespräch in jeder Krise, wenn alles zu viel wird, auch bei Gedanken an Suizid.',
      en: 'Someone to talk to in any crisis, when everything gets too much, including thoughts of suicide.',
    },
    forWhom: { de: 'Alle, jeden Alters', en: 'Everyone, any age' },
    reach: { de: 'Telefon rund um die Uhr; Chat und E-Mail über die Website.', en: 'Phone around the clock; chat and e-mail via the website.' },
    terms: { de: 'Kostenlos, anonym; der Anruf erscheint nicht auf der Telefonrechnung.', en: 'Free, anonymous; the call does not appear on the phone bill.' },
    phones: ['0800 111 0 111', '0800 111 0 222', '116 123'],
    url: 'https://www.telefonseelsorge.de/',
  },
  {
    id: 'hateaid',
    name: 'HateAid',
    forWhat: {
      de: 'Beratung bei digitaler Gewalt: Hass, Beleidigung, Bedrohung, intime Bilder ohne Einverständnis. Hilft auch beim Sichern von Beweisen und prüft, ob es die Kosten für ein Gerichtsverfahren übernimmt. Bei Missbrauchsdarstellungen von Minderjährigen ist die Polizei zuständig, nicht HateAid.',
      en: 'Advice on digital violence: hate, insults, threats, intimate images shared without consent. Also helps with securing evidence and checks whether it can pay for a court case. For images of the sexual abuse of minors, go to the police, not HateAid.',
    },
    forWhom: { de: 'Menschen, die im Netz angegriffen werden', en: 'People who are attacked online' },
    reach: { de: 'Telefon 030 252 088 38 zu den Sprechzeiten auf der Website, E-Mail, Chat und Meldeformular.', en: 'Phone 030 252 088 38 during the hours on the website, e-mail, chat and a reporting form.' },
    terms: { de: 'Beratung kostenlos und vertraulich.', en: 'Advice is free and confidential.' },
    phones: ['030 252 088 38'],
    url: 'https://hateaid.org/',
  },
  {
    id: 'jugendschutz-net',
    name: 'jugendschutz.net',
    forWhat: {
      de: 'Meldestelle für Inhalte, die Kindern und Jugendlichen schaden oder verboten sind, zum Beispiel Cybermobbing, sexualisierte Gewalt, Extremismus. Das Team prüft die Meldung und sorgt dafür, dass Verstöße entfernt werden.',
      en: 'A reporting centre for content that harms children and young people or is illegal, for example cyberbullying, sexualised violence, extremism. The team checks each report and has violations removed.',
    },
    forWhom: { de: 'Alle', en: 'Everyone' },
    reach: { de: 'Online-Meldeformular auf der Website; ein Link zum Inhalt ist nötig.', en: 'Online reporting form on the website; a link to the content is needed.' },
    terms: { de: 'Kostenlos; Meldung ohne Namen möglich.', en: 'Free; reports are possible without giving your name.' },
    phones: [],
    url: 'https://www.jugendschutz.net/',
  },
  {
    id: 'internet-beschwerdestelle',
    name: 'Internet-Beschwerdestelle (FSM und eco)',
    forWhat: {
      de: 'Meldestelle für rechtswidrige Inhalte im Netz, zum Beispiel Volksverhetzung oder jugendgefährdende Inhalte. Juristinnen und Juristen prüfen die Meldung.',
      en: 'A reporting centre for illegal content online, for example incitement to hatred or content harmful to minors. Lawyers check each report.',
    },
    forWhom: { de: 'Alle', en: 'Everyone' },
    reach: { de: 'Online-Formulare auf der Website.', en: 'Online forms on the website.' },
    terms: { de: 'Kostenlos; Meldung ohne Namen möglich.', en: 'Free; reports are possible without giving your name.' },
    phones: [],
    url: 'https://www.internet-beschwerdestelle.de/',
  },
  {
    id: 'onlinewache',
    name: 'Onlinewache der Polizei',
    forWhat: {
      de: 'Eine Strafanzeige online erstatten, zum Beispiel wegen Beleidigung, Bedrohung oder Hass im Netz. Sie ersetzt nicht den Notruf.',
      en: 'Filing a criminal complaint online, for example for insults, threats or online hate. It does not replace the emergency number.',
    },
    forWhom: { de: 'Alle; Minderjährige am besten mit einer erwachsenen Person, der sie vertrauen', en: 'Everyone; young people best together with an adult they trust' },
    reach: { de: 'Über die Website der Polizei deines Bundeslandes (Suchwort „Onlinewache“ oder „Internetwache“); in fast allen Ländern möglich.', en: 'Via the website of the police in your federal state (search for "Onlinewache" or "Internetwache"); available in almost every state.' },
    terms: { de: 'Kostenlos; nicht anonym, du gibst deinen Namen an.', en: 'Free; not anonymous, you give your name.' },
    phones: [],
    url: 'https://www.polizei-beratung.de/',
  },
];

const austria: HelpContact[] = [
  {
    id: 'rat-auf-draht',
    name: '147 Rat auf Draht',
    forWhat: {
      de: 'Notruf und Beratung bei allen Sorgen, auch bei Mobbing, Gewalt und Problemen im Netz.',
      en: 'Helpline and advice for any worry, including bullying, violence and problems online.',
    },
    forWhom: { de: 'Kinder, Jugendliche und ihre Bezugspersonen', en: 'Children, young people and the adults close to them' },
    reach: { de: 'Telefon 147 rund um die Uhr; Online-Beratung und Chat über die Website.', en: 'Phone 147 around the clock; online advice and chat via the website.' },
    terms: { de: 'Kostenlos, anonym; der Anruf erscheint nicht auf der Telefonrechnung.', en: 'Free, anonymous; the call does not appear on the phone bill.' },
    phones: ['147'],
    url: 'https://www.rataufdraht.at/',
  },
];

const switzerland: HelpContact[] = [
  {
    id: 'pro-juventute-147',
    name: 'Pro Juventute Beratung + Hilfe 147',
    forWhat: {
      de: 'Beratung bei Sorgen und in Krisen, auch bei Mobbing und Cybermobbing; auf Deutsch, Französisch und Italienisch.',
      en: 'Advice with worries and in a crisis, including bullying and cyberbullying; in German, French and Italian.',
    },
    forWhom: { de: 'Kinder, Jugendliche und junge Erwachsene bis 25', en: 'Children, young people and young adults up to 25' },
    reach: { de: 'Telefon 147 rund um die Uhr, WhatsApp-Chat über die Website, E-Mail.', en: 'Phone 147 around the clock, WhatsApp chat via the website, e-mail.' },
    terms: { de: 'Kostenlos, vertraulich.', en: 'Free, confidential.' },
    phones: ['147'],
    url: 'https://www.147.ch/',
  },
];

/** All contacts, Germany first. */
export const HELP_REGIONS: HelpRegion[] = [
  { id: 'de', title: { de: 'Deutschland', en: 'Germany' }, contacts: germany },
  { id: 'at', title: { de: 'Österreich', en: 'Austria' }, contacts: austria },
  { id: 'ch', title: { de: 'Schweiz', en: 'Switzerland' }, contacts: switzerland },
];

/** The number to dial for a number written for people: digits only. */
export function dialable(phone: string): string {
  return phone.replace(/[^0-9+]/g, '');
}
