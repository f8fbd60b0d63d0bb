/**
 * The words of the help page besides the contact list: the emergency line, intimate images, and
 * cyberbullying told apart from a conflict. Written in our own words from the sources in
 * HELP_SOURCES; kept here so the page component only arranges them.
 */
import type { Localised } from './help-contacts.ts';

export interface Source {
  /** Author or body, year and title, as a reader cites it. */
  label: string;
  /** The language the label is written in, so screen readers pronounce it right on the other page. */
  lang: 'de' | 'en';
  /** Where it can be read, when it is online. */
  url?: string;
}

export const HELP_TEXT = {
  title: { de: 'Hilfe holen', en: 'Getting help' },
  description: {
    de: 'Wohin du dich wenden kannst, wenn du im Netz angegriffen oder gemobbt wirst: Notruf, Beratung und Meldestellen in Deutschland, Österreich und der Schweiz.',
    en: 'Where to turn when you are attacked or bullied online: emergency numbers, advice and reporting centres in Germany, Austria and Switzerland.',
  },
  emergencyTitle: { de: 'In Gefahr? Ruf sofort an.', en: 'In danger? Call now.' },
  emergency: {
    de: 'Polizei 110, Feuerwehr und Rettungsdienst 112 (in Österreich Polizei 133, in der Schweiz Polizei 117; die 112 funktioniert in ganz Europa). Auch wenn jemand droht, sich oder anderen etwas anzutun.',
    en: 'Police 110, fire brigade and ambulance 112 in Germany (police 133 in Austria, 117 in Switzerland; 112 works all over Europe). Also when someone threatens to harm themselves or others.',
  },
  lead: {
    de: 'Du musst nichts allein aushalten. Sprich mit einer erwachsenen Person, der du vertraust: Eltern, Klassenleitung, Vertrauenslehrkraft, Schulsozialarbeit. Wenn das gerade nicht geht, helfen die Stellen unten, viele davon kostenlos und ohne dass du deinen Namen sagen musst.',
    en: 'You do not have to cope with anything alone. Talk to an adult you trust: a parent, your form tutor, a trusted teacher, the school social worker. If that is not possible right now, the services below can help, many of them free and without you giving your name.',
  },
  imagesTitle: { de: 'Nacktbilder und intime Bilder: nicht speichern, nicht weiterleiten', en: 'Nude and intimate images: do not save, do not forward' },
  images: {
    de: [
      'Wenn dir jemand ein Nacktbild oder ein sexuelles Bild von einer Person unter 18 schickt: Speichere es nicht, mach keinen Screenshot und leite es nicht weiter, auch nicht „als Beweis“ und nicht an Erwachsene. Schon das Besitzen und Weiterleiten kann eine Straftat sein (§§ 184b, 184c StGB).',
      'Sag einer erwachsenen Person, der du vertraust, dass es so ein Bild gibt und wo es herumgeht. Sie schaltet die Schulleitung oder die Polizei ein; die Polizei sichert die Beweise selbst.',
      'Wenn es um ein Bild von dir geht: Du bist nicht schuld. Hol dir Hilfe, zum Beispiel bei der Nummer gegen Kummer oder bei krisenchat.',
    ],
    en: [
      'If someone sends you a nude or sexual image of a person under 18: do not save it, do not screenshot it and do not forward it, not even "as evidence" and not to adults. Just having it or passing it on can be a crime (sections 184b and 184c of the German Criminal Code).',
      'Tell an adult you trust that such an image exists and where it is going round. They involve the head teacher or the police; the police secure the evidence themselves.',
      'If the image is of you: it is not your fault. Get help, for example from Nummer gegen Kummer or krisenchat.',
    ],
  },
  contactsTitle: { de: 'Beratung und Meldestellen', en: 'Advice and reporting centres' },
  checked: {
    de: 'Stand: {date}. Nummern, Zeiten und Angebote können sich ändern: Prüfe sie auf der Website des Angebots, bevor du sie im Unterricht weitergibst.',
    en: 'Checked: {date}. Numbers, hours and services can change: check them on the service’s website before passing them on in class.',
  },
  forWhat: { de: 'Wofür', en: 'What for' },
  forWhom: { de: 'Für wen', en: 'Who for' },
  reach: { de: 'So erreichst du sie', en: 'How to reach them' },
  terms: { de: 'Kosten und Anonymität', en: 'Cost and anonymity' },
  phone: { de: 'Telefon', en: 'Phone' },
  website: { de: 'Website', en: 'Website' },
  bullyingTitle: { de: 'Cybermobbing: kein Streit unter Gleichen', en: 'Cyberbullying: not a fight between equals' },
  bullyingDefinition: {
    de: 'Von Mobbing spricht man, wenn drei Dinge zusammenkommen: Jemand will einer Person schaden (Absicht), es passiert immer wieder (Wiederholung), und die angegriffene Person kann sich nicht gut wehren, weil die anderen stärker, mehr oder beliebter sind (Ungleichgewicht der Macht). Cybermobbing ist Mobbing mit dem Handy oder im Netz: im Klassenchat, mit Stickern aus einem Foto, mit Kommentaren unter einem Video. Es hört nach der Schule nicht auf und erreicht viele Menschen auf einmal.',
    en: 'We speak of bullying when three things come together: someone means to hurt a person (intent), it happens again and again (repetition), and the person attacked cannot easily defend themselves because the others are stronger, more numerous or more popular (an imbalance of power). Cyberbullying is bullying by phone or online: in the class chat, with stickers made from a photo, with comments under a video. It does not stop when school ends, and it reaches many people at once.',
  },
  conflictVsBullying: {
    de: 'Ein Streit zwischen zwei Gleichen ist etwas anderes: Beide können sich wehren, beide haben eine Sicht. Einen solchen Konflikt können die Beteiligten mit Hilfe klären, etwa mit Streitschlichtung (Mediation). Bei Mobbing ist das anders: Wer gemobbt wird, sitzt nicht auf Augenhöhe am Tisch. Ein Schlichtungsgespräch würde so tun, als seien beide gleich verantwortlich, und kann das Opfer weiter unter Druck setzen. Deshalb ist Mediation bei Mobbing das falsche Werkzeug.',
    en: 'A fight between two equals is something else: both can defend themselves, both have a point of view. The people involved can settle such a conflict with help, for example through peer mediation. Bullying is different: the person being bullied does not sit at the table as an equal. A mediation meeting would treat both sides as equally responsible and can put the target under even more pressure. That is why mediation is the wrong tool for bullying.',
  },
  schoolTitle: { de: 'Was Schulen stattdessen tun', en: 'What schools do instead' },
  school: {
    de: 'Viele Schulen haben ein Konzept gegen Mobbing, das festlegt, wer was tut. Ein verbreitetes Verfahren ist der No Blame Approach: Eine Lehrkraft oder die Schulsozialarbeit spricht zuerst mit der betroffenen Person, bildet dann eine Unterstützungsgruppe aus denen, die mitgemacht haben, aus Mitlaufenden und aus Unbeteiligten, und fragt, was jede und jeder tun kann, damit es der betroffenen Person besser geht. Es gibt keine Schuldzuweisung, aber Nachgespräche nach ein bis zwei Wochen. Wenn Straftaten im Spiel sind, schaltet die Schulleitung die Polizei ein.',
    en: 'Many schools have an anti-bullying policy that says who does what. A widely used procedure is the No Blame Approach: a teacher or the school social worker first talks with the person being bullied, then forms a support group of those who took part, those who went along and some who were not involved, and asks what each of them can do to make things better for the person. Nobody is blamed, but there are follow-up talks one or two weeks later. Where crimes are involved, the head teacher calls in the police.',
  },
  pupilTitle: { de: 'Was du tun kannst', en: 'What you can do' },
  pupil: {
    de: [
      'Bleib nicht allein damit. Sag es einer erwachsenen Person, der du vertraust, oder wende dich an eine der Stellen oben. Hilfe holen ist kein Petzen.',
      'Antworte nicht mit Gegenangriffen; das liefert neuen Stoff.',
      'Sichere Beweise: Screenshots mit Datum, Uhrzeit und Namen von gemeinen Nachrichten und Kommentaren. Ausnahme: Nacktbilder und intime Bilder. Die speicherst du nicht, du sagst nur, dass es sie gibt (siehe oben).',
      'Melde die Inhalte auf der Plattform und blockiere die Personen, die dich angreifen.',
      'Wenn du siehst, dass jemand anderes gemobbt wird: Schreib der Person privat, dass sie nicht allein ist, und hol Hilfe. Du musst es nicht allein stoppen.',
    ],
    en: [
      'Do not stay alone with it. Tell an adult you trust, or contact one of the services above. Getting help is not snitching.',
      'Do not hit back; it only gives them new material.',
      'Save evidence: screenshots of nasty messages and comments, with date, time and names. The exception is nude and intimate images. You do not save those; you only say that they exist (see above).',
      'Report the content on the platform and block the people attacking you.',
      'If you see someone else being bullied: message them privately that they are not alone, and get help. You do not have to stop it on your own.',
    ],
  },
  lawLink: { de: 'Was ist strafbar? Zur rechtlichen Orientierung', en: 'What is a crime? Legal orientation' },
  sourcesTitle: { de: 'Quellen', en: 'Sources' },
} satisfies Record<string, Localised | Record<'de' | 'en', string[]>>;

/** Where the statements on the help page come from. */
export const HELP_SOURCES: Source[] = [
  { label: 'Olweus, Dan (1993): Bullying at School. What We Know and What We Can Do. Oxford: Blackwell', lang: 'en' },
  { label: 'Maines, Barbara; Robinson, George (from the mid-1980s): The No Blame Approach, England', lang: 'en' },
  { label: 'Blum, Heike; Beck, Detlef (2016): No Blame Approach. Mobbing-Intervention in der Schule. Praxishandbuch, 5. Auflage. Köln: fairaend', lang: 'de' },
  { label: 'Bundeskriminalamt: Häufige Fragen zur Kampagne #dontsendit', lang: 'de', url: 'https://www.bka.de/DE/UnsereAufgaben/Deliktsbereiche/Kinderpornografie/DontsenditFAQ/dontsenditFAQ.html' },
  { label: 'Polizeiliche Kriminalprävention der Länder und des Bundes: Sexting – wann sind Nacktbilder strafbar?', lang: 'de', url: 'https://www.polizei-beratung.de/aktuelles/detailansicht/sexting-wann-sind-nacktbilder-strafbar/' },
  { label: '§§ 184b, 184c StGB', lang: 'de', url: 'https://www.gesetze-im-internet.de/stgb/__184b.html' },
];
