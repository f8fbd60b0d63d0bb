/**
 * Password hashing with scrypt from node:crypto: slow on purpose and salted, so a leaked table does
 * not give away passwords. Stored as `scrypt$N$r$p$salt$hash` so parameters can be raised later.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { HashSlots } from './hash-slots.ts';

/** scrypt on libuv's thread pool; with `slots`, only when one of them is free (auth/hash-slots.ts). */
const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions, slots: HashSlots | undefined) => {
  const hash = () =>
    new Promise<Buffer>((resolve, reject) =>
      scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
    );
  return slots ? slots.run(hash) : hash();
};

/** About 50-100 ms on one core here: slow for an attacker, fine for a sign-in. */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

export const MIN_PASSWORD_LENGTH = 10;

/** The stored form of `password`; the server passes its `slots` (CandystormApp.passwordSlots), a CLI none. */
export async function hashPassword(password: string, slots?: HashSlots): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { ...PARAMS, maxmem: 64 * 1024 * 1024 }, slots);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when `password` matches the stored hash; hashed in one of `slots` when given. */
export async function verifyPassword(password: string, stored: string, slots?: HashSlots): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  }, slots);
  return key.length === expected.length && timingSafeEqual(key, expected);
}
