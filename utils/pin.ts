/**
 * The optional PIN of the options page ([4/6]). Never stored as such: only PBKDF2-SHA-256 of it
 * (WebCrypto) with a random 16-byte salt, in `settings.pin`. A PIN of a few digits can be found
 * by trying them all in seconds by anyone who can read the browser's storage: it stops a glance,
 * not someone who can open the developer tools or remove the extension (the options say so).
 */
import type { PinHash } from '@/lib/settings/settings';
import { fromBase64, toBase64 } from '@/lib/util/base64';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; about a third of a second on a laptop. */
export const PIN_ITERATIONS = 600_000;
export const PIN_MIN = 4;
export const PIN_MAX = 64;

/** Why a PIN cannot be used, or null when it can. */
export function pinProblem(pin: string): 'short' | 'long' | null {
  if (pin.length < PIN_MIN) return 'short';
  if (pin.length > PIN_MAX) return 'long';
  return null;
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(pin.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, iterations);
  return { salt: toBase64(salt), hash: toBase64(hash), iterations };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  if (actual.length !== expected.length) return false;
  // Compare every byte, so the time taken says nothing about where a guess went wrong.
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff |= actual[i]! ^ expected[i]!;
  return diff === 0;
}

/**
 * How long the lock screen waits before the next try, after `wrong` wrong PINs in a row: none for
 * the first three (typos), then 5 s more for each, at most 30 s. Never a lockout: the person can
 * always try again, or ask for the PIN's removal (which waits the cooling-off period).
 */
export function pinDelayMs(wrong: number): number {
  if (wrong < 3) return 0;
  return Math.min(30_000, (wrong - 2) * 5_000);
}
