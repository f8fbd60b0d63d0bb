/**
 * Pseudonyms as learners type them, made comparable and kept honest: normalised (NFKC, so a
 * full-width "Ａｎｎａ" is "Anna"; trimmed; runs of spaces collapsed to one) and refused when they
 * mix scripts the way look-alike names do (a Cyrillic "А" among Latin letters looks exactly like
 * "Anna" on the trainer's list). A name written in any one script stays allowed, and so do the
 * combinations Unicode's "highly restrictive" profile (UTS #39, section 5.2) allows: Latin with
 * Han and Japanese kana, with Han and Bopomofo, or with Han and Hangul. Pure, no dependency: the
 * script of each letter comes from the regular expression's Script property.
 *
 * Names that are each in one script can still look alike ("Рара" in Cyrillic beside "Papa" in
 * Latin): skeletonOf() gives UTS #39's skeleton (section 4), and a join whose skeleton equals that of
 * a name already in the class is refused (services/join.ts). The letter data is in confusables.ts.
 */
import { CONFUSABLE_PROTOTYPES } from './confusables.ts';

/** Scripts we tell apart; a letter of any other script counts as "Other". */
const SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Nko',
  'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam',
  'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Khmer', 'Ethiopic', 'Cherokee', 'Mongolian',
  'Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo', 'Tifinagh', 'Canadian_Aboriginal', 'Yi', 'Vai',
] as const;

const SCRIPT_PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, 'u')] as const);

/** Sets of scripts that may appear together in one name (UTS #39 "highly restrictive"). */
const ALLOWED_MIXES: readonly ReadonlySet<string>[] = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

/** NFKC, trimmed, every run of white space one plain space. */
export function normalisePseudonym(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/gu, ' ');
}

/** The script of one letter (by code point), or undefined for digits, spaces, marks and punctuation. */
function scriptOf(char: string): string | undefined {
  if (!/^\p{L}$/u.test(char)) return undefined;
  return SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other';
}

/** The scripts of the letters in `name`, in order of first appearance. */
export function scriptsOf(name: string): string[] {
  const seen = new Set<string>();
  for (const char of name) {
    const script = scriptOf(char);
    if (script) seen.add(script);
  }
  return [...seen];
}

/** True when the name's letters come from one script, or from a combination real names use. */
export function hasConsistentScripts(name: string): boolean {
  const scripts = scriptsOf(name);
  if (scripts.length <= 1) return true;
  return ALLOWED_MIXES.some((mix) => scripts.every((s) => mix.has(s)));
}

/**
 * The name's skeleton (UTS #39, section 4): NFD, every character replaced by its prototype
 * (confusables.ts), NFD again. Two names with the same skeleton look alike; "Anna" and "Анна" do
 * not (Cyrillic н looks like a small capital H), "Papa" and Cyrillic "Рара" do.
 */
export function skeletonOf(name: string): string {
  let out = '';
  for (const char of name.normalize('NFD')) out += CONFUSABLE_PROTOTYPES.get(char) ?? char;
  return out.normalize('NFD');
}
