/**
 * Passwords, tokens and sessions. Passwords: scrypt with a random salt, stored as
 * `scrypt$N$r$p$salt$hash` (base64url); tokens and session ids: 32 random bytes, stored only as
 * SHA-256 hashes.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_BYTES = 32;

/** How long a dashboard session lasts, in seconds (12 hours). */
export const SESSION_SECONDS = 43_200;
export const SESSION_COOKIE = 'kp_session';

const scryptAsync = (password: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, keylen, { ...opts, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );

/** A new password hash with a random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_BYTES, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` matches `stored`; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64url');
  const expected = Buffer.from(parts[5]!, 'base64url');
  if (![n, r, p].every(Number.isSafeInteger) || expected.length === 0) return false;
  try {
    const key = await scryptAsync(password, salt, expected.length, { N: n, r, p });
    return timingSafeEqual(key, expected);
  } catch {
    return false;
  }
}

/** 32 random bytes, base64url: a token or a session id. */
export const randomSecret = () => randomBytes(32).toString('base64url');

/** The SHA-256 of a secret (hex), as stored. */
export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex');
