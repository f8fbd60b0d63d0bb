/**
 * Resume codes: shown once to a learner after joining, so they can continue on another device with
 * their pseudonym. 12 characters in three groups ("K7PM-3QXA-RT2W") from the join codes' alphabet
 * (no look-alikes): 28^12 ≈ 2.3·10^17, and resume attempts are rate-limited per address and per
 * pseudonym, so guessing one is hopeless. It holds no personal data; only its hash is stored.
 */
import { randomInt } from 'node:crypto';
import { hashToken } from '../auth/tokens.ts';
import { JOIN_ALPHABET } from './join-code.ts';

export const RESUME_CODE_PATTERN = /^[ACDEFGHJKMNPQRTUVWXYZ2346789]{4}-[ACDEFGHJKMNPQRTUVWXYZ2346789]{4}-[ACDEFGHJKMNPQRTUVWXYZ2346789]{4}$/;

/** A new resume code. */
export function newResumeCode(): string {
  const group = () => Array.from({ length: 4 }, () => JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}

/** What a learner typed, made comparable: upper case, spaces and dashes tolerated. */
export function normaliseResumeCode(input: string): string {
  const plain = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return plain.length === 12 ? `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}` : plain;
}

/** The stored form of a resume code (SHA-256, as for device tokens: the code is random, not a password). */
export function hashResumeCode(code: string): string {
  return hashToken(`resume:${normaliseResumeCode(code)}`);
}
