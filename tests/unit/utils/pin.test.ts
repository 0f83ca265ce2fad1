import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../lib/settings/settings';
import { hashPin, PIN_ITERATIONS, pinDelayMs, pinProblem, verifyPin } from '../../../utils/pin';

describe('PIN hashing', () => {
  it('stores PBKDF2 with a random salt and at least 100,000 iterations, never the PIN', async () => {
    const a = await hashPin('4711');
    const b = await hashPin('4711');
    expect(a.iterations).toBe(PIN_ITERATIONS);
    expect(a.iterations).toBeGreaterThanOrEqual(100_000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('4711');
    expect(atob(a.salt)).toHaveLength(16);
    expect(atob(a.hash)).toHaveLength(32);
  });

  it('verifies the right PIN and refuses others', async () => {
    const stored = await hashPin('2468', 100_000);
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
    expect(await verifyPin('24680', stored)).toBe(false);
  });

  it('is a valid settings value', async () => {
    const pin = await hashPin('2468', 100_000);
    expect(parseSettings({ v: 2, pin }).pin).toEqual(pin);
  });

  it('treats composed and decomposed accents as one PIN', async () => {
    const stored = await hashPin('caf\u00e9', 100_000);
    expect(await verifyPin('cafe\u0301', stored)).toBe(true);
  });
});

describe('PIN rules', () => {
  it.each([
    ['', 'short'],
    ['123', 'short'],
    ['1234', null],
    ['x'.repeat(64), null],
    ['x'.repeat(65), 'long'],
  ])('%j → %s', (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });

  it.each([
    [0, 0],
    [2, 0],
    [3, 5_000],
    [4, 10_000],
    [8, 30_000],
    [100, 30_000],
  ])('after %i wrong tries the next waits %i ms (never a lockout)', (wrong, ms) => {
    expect(pinDelayMs(wrong)).toBe(ms);
  });
});
