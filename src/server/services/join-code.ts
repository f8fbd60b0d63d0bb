/**
 * Join codes a teacher can read aloud and a class can type: 8 characters in two groups ("K7PM-3QXA"),
 * from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 8/B). 28^8 ≈ 3.8·10^11 codes, and join
 * attempts are rate-limited, so guessing one is hopeless.
 */
import { randomInt } from 'node:crypto';

export const JOIN_ALPHABET = 'ACDEFGHJKMNPQRTUVWXYZ2346789';
export const JOIN_CODE_PATTERN = /^[ACDEFGHJKMNPQRTUVWXYZ2346789]{4}-[ACDEFGHJKMNPQRTUVWXYZ2346789]{4}$/;

export function newJoinCode(): string {
  const pick = () => JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
  const group = () => Array.from({ length: 4 }, pick).join('');
  return `${group()}-${group()}`;
}

/** What a learner typed, made comparable: upper case, spaces and dashes tolerated. */
export function normaliseJoinCode(input: string): string {
  const plain = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return plain.length === 8 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}
