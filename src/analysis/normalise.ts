/**
 * Folding of one word for matching: typos and spellings learners really use should meet the word
 * lists, while offsets stay those of the original text (a token keeps its original start and end).
 */

/** Zero-width characters, soft hyphen and bidi controls: invisible, so they never change a match. */
export const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

// Leetspeak, only applied to tokens that mix letters and these characters ("1d10t", "l0s3r"),
// so numbers on their own (a phone number, "24 Stunden") stay numbers.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/**
 * Lowercase, NFKD without diacritics (ä→a, é→e; fullwidth letters become plain), ß→ss, apostrophes
 * dropped ("you're"→"youre", "geht's"→"gehts"), invisible characters removed, leetspeak decoded.
 */
export function foldWord(raw: string): string {
  // Fast path for the common case, plain ASCII letters: the full folding below is the costly part.
  if (/^[a-zA-Z]+$/.test(raw)) return raw.toLowerCase();
  let word = raw.replace(INVISIBLE, '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/['’`´]/g, '');
  if (/\p{L}/u.test(word) && /[0-9@$]/.test(word)) word = word.replace(/[0134579@$]/g, (c) => LEET[c] ?? c);
  return word;
}

/** Collapses every run of a repeated letter to one ("sooorry"→"sory", "idiooot"→"idiot"). */
export function skeleton(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}

/** True when a word has a letter three or more times in a row, i.e. was stretched for effect. */
export function isStretched(word: string): boolean {
  // A plain loop: this runs for every word of every reply, and a back-referencing regex costs more.
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2) && LETTER.test(word[i]!)) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;
