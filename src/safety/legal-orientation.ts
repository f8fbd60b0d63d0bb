/**
 * Legal orientation for /recht/ and /en/law/: what German law says about insults, threats, images
 * and platforms, in our own words, each statement with the law it rests on and a link to the
 * official text. Orientation, not advice; dated, because laws change.
 */
import type { Localised } from './help-contacts.ts';

/** The day the statements below were last checked against the linked texts. */
export const LAW_CHECKED = '2026-12-03';

/** A link to the official text a statement rests on. */
export interface LawSource {
  /** How the law is cited, e.g. "§ 185 StGB". */
  label: string;
  /** The official text online; left out where no official link was checked. */
  url?: string;
}

/** One statement: a heading, what it means in plain words, and its sources. */
export interface LawItem {
  id: string;
  title: Localised;
  text: Localised;
  sources: LawSource[];
}

export interface LawSection {
  id: string;
  title: Localised;
  items: LawItem[];
}

const stgb = (section: string): LawSource => ({ label: `§ ${section} StGB`, url: `https://www.gesetze-im-internet.de/stgb/__${section}.html` });
const dsa = (article: number): LawSource => ({ label: `Art. ${article} DSA, Verordnung (EU) 2022/2065`, url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj' });

const offences: LawItem[] = [
  {
    id: 'beleidigung',
    title: { de: 'Beleidigung (§ 185 StGB)', en: 'Insult (section 185 StGB)' },
    text: {
      de: 'Wer einen anderen Menschen herabwürdigt, etwa mit Schimpfwörtern oder verächtlichen Gesten, kann sich strafbar machen. Geschieht das öffentlich oder durch Verbreiten eines Inhalts, zum Beispiel in einem Post, droht eine höhere Strafe.',
      en: 'Anyone who shows contempt for another person, for example with abusive words or gestures, may commit a crime. If it happens in public or by spreading content, for example in a post, the possible penalty is higher.',
    },
    sources: [stgb('185')],
  },
  {
    id: 'ueble-nachrede',
    title: { de: 'Üble Nachrede (§ 186 StGB)', en: 'Defamation (section 186 StGB)' },
    text: {
      de: 'Wer über jemanden eine Tatsache behauptet oder weitererzählt, die diese Person verächtlich machen kann, und die nicht nachweislich wahr ist, kann sich strafbar machen. Auch Weiterleiten kann Verbreiten sein.',
      en: 'Anyone who asserts or passes on a claim of fact about someone that can bring them into contempt, and that cannot be proven true, may commit a crime. Forwarding can count as spreading.',
    },
    sources: [stgb('186')],
  },
  {
    id: 'verleumdung',
    title: { de: 'Verleumdung (§ 187 StGB)', en: 'Intentional defamation (section 187 StGB)' },
    text: {
      de: 'Wer wider besseres Wissen eine unwahre Tatsache über jemanden verbreitet, also weiß, dass sie falsch ist, wird strenger bestraft als bei übler Nachrede.',
      en: 'Anyone who spreads an untrue claim of fact about someone while knowing it is false faces a harsher penalty than for defamation.',
    },
    sources: [stgb('187')],
  },
  {
    id: 'volksverhetzung',
    title: { de: 'Volksverhetzung (§ 130 StGB)', en: 'Incitement to hatred (section 130 StGB)' },
    text: {
      de: 'Wer gegen eine Gruppe, etwa wegen ihrer Herkunft oder Religion, oder gegen Einzelne wegen ihrer Zugehörigkeit zu so einer Gruppe zum Hass aufstachelt, zu Gewalt auffordert oder ihre Menschenwürde angreift, und zwar so, dass der öffentliche Frieden gestört werden kann, macht sich strafbar. Die Staatsanwaltschaft verfolgt das von Amts wegen, ein Strafantrag ist nicht nötig.',
      en: 'Anyone who stirs up hatred against a group, for example because of origin or religion, or against individuals because they belong to such a group, calls for violence against them or attacks their human dignity, in a way that can disturb public peace, commits a crime. Prosecutors act on their own; no complaint by the victim is needed.',
    },
    sources: [stgb('130')],
  },
  {
    id: 'androhung',
    title: { de: 'Störung des öffentlichen Friedens durch Androhung von Straftaten (§ 126 StGB)', en: 'Disturbing public peace by threatening crimes (section 126 StGB)' },
    text: {
      de: 'Wer schwere Straftaten androht, zum Beispiel einen Anschlag, oder wahrheitswidrig behauptet, so eine Tat stehe bevor, und zwar so, dass der öffentliche Frieden gestört werden kann, macht sich strafbar, auch wenn es „nur ein Witz“ sein sollte.',
      en: 'Anyone who threatens serious crimes, for example an attack, or falsely claims that such a crime is about to happen, in a way that can disturb public peace, commits a crime, even if it was "only a joke".',
    },
    sources: [stgb('126')],
  },
  {
    id: 'bedrohung',
    title: { de: 'Bedrohung (§ 241 StGB)', en: 'Threats (section 241 StGB)' },
    text: {
      de: 'Wer einem Menschen androht, gegen ihn oder eine ihm nahestehende Person eine Straftat zu begehen, etwa gegen Körper, Freiheit oder Leben, macht sich strafbar. Geschieht das öffentlich oder durch Verbreiten eines Inhalts, droht eine höhere Strafe. Bei einer Drohung: Beweise sichern und die Polizei einschalten, bei Gefahr sofort 110.',
      en: 'Anyone who threatens a person with a crime against them or someone close to them, for example against their body, freedom or life, commits a crime. Done in public or by spreading content, the possible penalty is higher. If you are threatened: save evidence and contact the police; in danger, call 110 at once.',
    },
    sources: [stgb('241')],
  },
  {
    id: 'bildaufnahmen',
    title: { de: 'Verletzung des höchstpersönlichen Lebensbereichs durch Bildaufnahmen (§ 201a StGB)', en: 'Violating someone’s most private sphere with images (section 201a StGB)' },
    text: {
      de: 'Strafbar kann sein, unbefugt Fotos oder Videos von jemandem in einer Wohnung oder einem besonders geschützten Raum (etwa einer Umkleide) zu machen, die Hilflosigkeit eines Menschen zur Schau zu stellen oder eine Aufnahme anderen zugänglich zu machen, die dem Ansehen der gezeigten Person erheblich schaden kann.',
      en: 'It can be a crime to take photos or videos of someone without permission in a home or a specially protected room (such as a changing room), to put someone’s helplessness on show, or to make an image available to others that can seriously damage the reputation of the person shown.',
    },
    sources: [stgb('201a')],
  },
  {
    id: 'missbrauchsdarstellungen',
    title: { de: 'Sexuelle Bilder von Kindern und Jugendlichen (§§ 184b, 184c StGB)', en: 'Sexual images of children and young people (sections 184b, 184c StGB)' },
    text: {
      de: 'Sexuelle Darstellungen von Kindern unter 14 (§ 184b) und von Jugendlichen unter 18 (§ 184c) zu besitzen, sich zu beschaffen oder zu verbreiten ist strafbar. Das gilt auch für Schülerinnen und Schüler und auch für Erwachsene, die solche Bilder „zur Beweissicherung“ speichern oder weiterleiten. Lehrkräfte sammeln solche Bilder deshalb nicht selbst, sondern schalten Schulleitung und Polizei ein. Eine enge Ausnahme gilt nur für Jugendliche ab 14, die einvernehmlich Bilder von sich selbst nur untereinander austauschen (§ 184c Abs. 4).',
      en: 'Possessing, obtaining or spreading sexual depictions of children under 14 (section 184b) or of young people under 18 (section 184c) is a crime. This applies to pupils too, and to adults who save or forward such images "to secure evidence". Teachers therefore do not collect such images themselves; they involve the head teacher and the police. A narrow exception covers only young people aged 14 and over who consensually exchange images of themselves only with each other (section 184c (4)).',
    },
    sources: [stgb('184b'), stgb('184c')],
  },
];

const procedure: LawItem[] = [
  {
    id: 'strafantrag',
    title: { de: 'Drei Monate für den Strafantrag bei Beleidigung (§§ 77b, 194 StGB)', en: 'Three months to file a complaint for insults (sections 77b, 194 StGB)' },
    text: {
      de: 'Beleidigung, üble Nachrede und Verleumdung werden in der Regel nur verfolgt, wenn die verletzte Person einen Strafantrag stellt (§ 194). Dafür hat sie drei Monate Zeit, gerechnet ab dem Tag, an dem sie von der Tat und der Person dahinter erfährt (§ 77b). Bei Minderjährigen stellen die Eltern den Antrag. Ausnahmen, in denen die Staatsanwaltschaft auch ohne Antrag handeln kann, nennt § 194, etwa bei Beleidigungen von Menschen des politischen Lebens (§ 188) oder wenn die Tat an die Verfolgung einer Gruppe unter nationalsozialistischer Gewaltherrschaft anknüpft. Bedrohung und Volksverhetzung werden immer von Amts wegen verfolgt.',
      en: 'Insult, defamation and intentional defamation are usually prosecuted only if the victim files a criminal complaint (section 194). The victim has three months to do so, counted from the day they learn of the act and who did it (section 77b). For minors, the parents file it. Section 194 names exceptions in which prosecutors may act without a complaint, for example insults against people in political life (section 188) or acts linked to the persecution of a group under National Socialist rule. Threats and incitement to hatred are always prosecuted ex officio.',
    },
    sources: [stgb('77b'), stgb('194'), stgb('188')],
  },
  {
    id: 'strafmuendigkeit',
    title: { de: 'Strafmündig ab 14 (§ 19 StGB)', en: 'Criminal responsibility from 14 (section 19 StGB)' },
    text: {
      de: 'Wer bei der Tat noch keine 14 Jahre alt ist, kann nicht bestraft werden. Ab 14 gilt das Jugendstrafrecht: Jugendliche können für Beleidigung, Bedrohung oder das Weiterleiten von Bildern verantwortlich gemacht werden. Auch unter 14 kann es Folgen geben, etwa schulische Maßnahmen oder zivilrechtliche Ansprüche.',
      en: 'Nobody under 14 at the time of the act can be punished. From 14, juvenile criminal law applies: young people can be held responsible for insults, threats or forwarding images. Under 14 there can still be consequences, such as school measures or civil claims.',
    },
    sources: [stgb('19'), { label: '§ 1 JGG', url: 'https://www.gesetze-im-internet.de/jgg/__1.html' }],
  },
  {
    id: 'recht-am-bild',
    title: { de: 'Recht am eigenen Bild (§ 22 KUG)', en: 'The right to one’s own image (section 22 KUG)' },
    text: {
      de: 'Fotos und Videos, auf denen jemand erkennbar ist, dürfen grundsätzlich nur mit Einwilligung dieser Person verbreitet oder öffentlich gezeigt werden. Bei Kindern und Jugendlichen entscheiden die Eltern mit, Jugendliche selbst zunehmend mit. Ausnahmen (etwa Bilder aus dem Zeitgeschehen) regelt § 23 KUG; ein Sticker aus dem Foto eines Mitschülers gehört nicht dazu.',
      en: 'Photos and videos in which someone can be recognised may, as a rule, be shared or shown publicly only with that person’s consent. For children and young people, parents decide too, and young people themselves increasingly do. Section 23 KUG lists exceptions (such as images of current events); a sticker made from a classmate’s photo is not one of them.',
    },
    sources: [{ label: '§ 22 KUG', url: 'https://www.gesetze-im-internet.de/kunsturhg/__22.html' }, { label: '§ 23 KUG', url: 'https://www.gesetze-im-internet.de/kunsturhg/__23.html' }],
  },
];

const platforms: LawItem[] = [
  {
    id: 'dsa',
    title: { de: 'Digital Services Act (DSA): Melden, Begründen, Widersprechen', en: 'Digital Services Act (DSA): report, reasons, appeal' },
    text: {
      de: 'Seit dem 17. Februar 2024 gilt der Digital Services Act der EU für alle Plattformen. Sie müssen ein einfaches Verfahren anbieten, mit dem man rechtswidrige Inhalte melden kann (Art. 16). Wer von einer Löschung oder Sperre betroffen ist, bekommt eine Begründung (Art. 17). Gegen Entscheidungen kann man sich über ein kostenloses internes Beschwerdesystem wehren (Art. 20) und eine zertifizierte außergerichtliche Streitbeilegungsstelle anrufen (Art. 21).',
      en: 'Since 17 February 2024 the EU’s Digital Services Act applies to all platforms. They must offer an easy way to report illegal content (Art. 16). Anyone whose content is removed or whose account is restricted gets a statement of reasons (Art. 17). Decisions can be challenged through a free internal complaint-handling system (Art. 20) and before a certified out-of-court dispute settlement body (Art. 21).',
    },
    sources: [dsa(16), dsa(17), dsa(20), dsa(21)],
  },
  {
    id: 'ddg',
    title: { de: 'Digitale-Dienste-Gesetz (DDG)', en: 'Digitale-Dienste-Gesetz (DDG, the German Digital Services Act)' },
    text: {
      de: 'Das Digitale-Dienste-Gesetz setzt den DSA in Deutschland um und gilt seit dem 14. Mai 2024. Es hat das Telemediengesetz und den größten Teil des Netzwerkdurchsetzungsgesetzes (NetzDG) abgelöst. Die Koordinierungsstelle für digitale Dienste bei der Bundesnetzagentur nimmt Beschwerden entgegen, wenn sich eine Plattform nicht an den DSA hält.',
      en: 'The Digitale-Dienste-Gesetz implements the DSA in Germany and has been in force since 14 May 2024. It replaced the Telemedia Act and most of the Network Enforcement Act (NetzDG). The Digital Services Coordinator at the Federal Network Agency (Bundesnetzagentur) takes complaints when a platform does not follow the DSA.',
    },
    sources: [{ label: 'Digitale-Dienste-Gesetz (DDG)', url: 'https://www.gesetze-im-internet.de/ddg/' }],
  },
  {
    id: 'oeffentliche-stellen',
    title: { de: 'Öffentliche Stellen dürfen Kritik nicht einfach verstecken (Art. 1 Abs. 3, Art. 5 GG)', en: 'Public bodies must not simply hide criticism (Art. 1(3), Art. 5 Basic Law)' },
    text: {
      de: 'Staatliche Stellen sind an die Grundrechte gebunden (Art. 1 Abs. 3 GG). Das gilt für eine öffentliche Schule und auch für Unternehmen, die mehrheitlich der öffentlichen Hand gehören, etwa kommunale Stadtwerke (Bundesverfassungsgericht, Fraport-Urteil vom 22. Februar 2011, 1 BvR 699/06). Betreiben sie einen Social-Media-Account, schützt die Meinungsfreiheit (Art. 5 Abs. 1 GG) auch Kritik an ihnen. Kommentare nur deshalb auszublenden oder zu löschen, weil sie kritisch oder unbequem sind, ist darum nicht zulässig. Beleidigungen, Drohungen, Spam und Themenfremdes dürfen sie nach klaren, veröffentlichten Regeln (Netiquette) entfernen, die für alle gleich gelten.',
      en: 'Public authorities are bound by fundamental rights (Art. 1(3) Basic Law). That applies to a state school and also to companies mostly owned by the state, such as a municipal utility (Federal Constitutional Court, Fraport judgment of 22 February 2011, 1 BvR 699/06). When they run a social-media account, freedom of expression (Art. 5(1) Basic Law) protects criticism of them too. Hiding or deleting comments merely because they are critical or awkward is therefore not allowed. Insults, threats, spam and off-topic posts may be removed under clear, published rules (netiquette) applied equally to everyone.',
    },
    sources: [
      { label: 'Art. 1 GG', url: 'https://www.gesetze-im-internet.de/gg/art_1.html' },
      { label: 'Art. 5 GG', url: 'https://www.gesetze-im-internet.de/gg/art_5.html' },
      { label: 'BVerfG, Urteil vom 22.02.2011, 1 BvR 699/06 (Fraport), BVerfGE 128, 226', url: 'https://www.bundesverfassungsgericht.de/SharedDocs/Entscheidungen/DE/2011/02/rs20110222_1bvr069906.html' },
    ],
  },
];

/** The page's sections in reading order. */
export const LAW_SECTIONS: LawSection[] = [
  { id: 'straftaten', title: { de: 'Was strafbar sein kann', en: 'What can be a crime' }, items: offences },
  { id: 'verfahren', title: { de: 'Anzeige, Alter und das eigene Bild', en: 'Complaints, age and your own image' }, items: procedure },
  { id: 'plattformen', title: { de: 'Plattformen und öffentliche Stellen', en: 'Platforms and public bodies' }, items: platforms },
];

export const LAW_TEXT = {
  title: { de: 'Recht: eine erste Orientierung', en: 'The law: a first orientation' },
  description: {
    de: 'Was deutsches Recht zu Beleidigung, Bedrohung, Bildern und Plattformen sagt: eine Orientierung mit Quellen, keine Rechtsberatung.',
    en: 'What German law says about insults, threats, images and platforms: an orientation with sources, not legal advice.',
  },
  notAdvice: {
    de: 'Diese Seite ist eine Orientierung, keine Rechtsberatung. Ob etwas im Einzelfall strafbar ist, entscheiden Staatsanwaltschaft und Gericht. Wer betroffen ist, wendet sich an die Polizei, eine Beratungsstelle wie HateAid oder eine Anwältin oder einen Anwalt.',
    en: 'This page is an orientation, not legal advice. Whether something is a crime in a particular case is for prosecutors and courts to decide. If you are affected, contact the police, an advice service such as HateAid, or a lawyer.',
  },
  checked: {
    de: 'Stand: {date}. Gesetze ändern sich: Prüfe den aktuellen Wortlaut über die verlinkten amtlichen Texte.',
    en: 'Checked: {date}. Laws change: check the current wording in the official texts linked.',
  },
  otherCountries: {
    de: 'Österreich und die Schweiz haben eigene Gesetze; die Regeln dort weichen ab. Der DSA gilt in der ganzen EU, also auch in Österreich, nicht aber in der Schweiz.',
    en: 'Austria and Switzerland have their own laws, and the rules there differ. The DSA applies throughout the EU, so in Austria too, but not in Switzerland.',
  },
  sources: { de: 'Quelle', en: 'Source' },
  stand: { de: 'Stand: {date}', en: 'checked {date}' },
  helpLink: { de: 'Hilfe und Beratung', en: 'Help and advice' },
} satisfies Record<string, Localised>;
