/**
 * The shape of one language's word lists. Lists of single words hold folded words (case, umlauts and
 * apostrophes do not matter); every other list holds patterns in the language of `../pattern.ts`.
 */
export interface LexiconData {
  /** Single words that negate what follows in their clause ("nicht", "not"). */
  negators: string[];
  /** Words that undo a negation right before them ("nicht nur", "not only"). */
  negationCancellers: string[];
  /** Conjunctions that open a new clause, so a negation before them does not reach past them. */
  clauseStarters: string[];
  /** Upper-case words that are acronyms, never shouting. */
  acronyms: string[];
  /** Words that address the reader, for words that insult only when aimed at someone ("du Lauch"). */
  you: string[];
  /** A you-statement's opening ("du bist", "you're"); an insult after it is also a you-accusation. */
  youStatement: string[];
  /** Insults, name-calling, slurs and mocking that insult wherever they stand. */
  insult: string[];
  /** Words that insult only when aimed at someone ("lost", "Opfer", "dumm"). */
  insultAddressed: string[];
  /**
   * Innocent uses of insulting words: an insult that overlaps one of these is none ("Opfer von
   * Mobbing", "idiotensicher", "the clown at the circus").
   */
  insultExcept: string[];
  /**
   * Single words for naming or calling someone something ("nennt", "calling"): an insult next to one
   * is reported, not used by the writer ("jemand, der andere Vollpfosten nennt", "calling staff clowns").
   */
  namingVerbs: string[];
  /**
   * A verdict about a third person ("der Typ ist ein absoluter", "is run by"): a name from
   * `insultAddressed` right after it, closing its clause, insults ("der Typ ist ein Clown").
   */
  verdictFrame: string[];
  /** Single words that laugh at someone ("lol", "lmao"): with a you-accusation they mock, so insult. */
  laughing: string[];
  youAccusation: string[];
  threat: string[];
  /** "If you keep…", "noch ein Wort und…": the opening of a conditional escalation. */
  threatCondition: string[];
  /**
   * What makes a consequence disproportionate (everyone, publishing, family, a whole chain): after a
   * `threatCondition` in the same sentence, a threat, however calm it sounds.
   */
  threatEscalation: string[];
  /**
   * Service talk that shares words with a threat: a threat that overlaps one of these is none ("we'll
   * make sure this never happens again", "wir sorgen dafür, dass alle Kunden ihr Geld bekommen").
   */
  threatExcept: string[];
  limit: string[];
  acknowledge: string[];
  apology: string[];
  /** Sentences with these are not a sincere apology ("sorry, aber du…", "sorry you feel that way"). */
  apologyExcept: string[];
  thanks: string[];
  /** Sentences with these are not sincere thanks ("danke für nichts", "no thanks"). */
  thanksExcept: string[];
  stockPhrase: string[];
  /** A request phrased as a question ("Kannst du mir bitte … schicken?") is no question. */
  questionRequest: string[];
  /** Rhetorical, attacking questions ("Geht's noch?"). */
  questionRhetorical: string[];
  /** Someone will do something or the reader is asked to: the "what/who" of a next step. */
  nextStepAction: string[];
  /** A concrete channel (DM, e-mail, phone, form…). */
  nextStepChannel: string[];
  /** A concrete time (today, by Friday, within 24 hours…). */
  nextStepTime: string[];
  sarcasm: string[];
  /** Words just before a number that make it a phone number ("Tel.", "Handy", "call me"). */
  phoneCue: string[];
  /** Words just before a number that make it no phone number ("Bestellnummer", "order"). */
  notPhoneCue: string[];
}
