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
  youAccusation: string[];
  threat: string[];
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
