/**
 * Questions to the background that a worker stopped at the wrong moment may leave refused,
 * unanswered or answered with nothing (utils/messages.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askBackgroundFor } from '../../../utils/messages';

const isBoolean = (answer: unknown): answer is boolean => typeof answer === 'boolean';
const QUESTION = { type: 'keerpunt:pass', url: 'https://www.example.org/search?q=zebra' } as const;

/**
 * The background's side: the n-th question (from 1) gets `answer(n)`, as the browser hands it
 * over (the fake browser would drop a `false`).
 */
function background(answer: (n: number) => Promise<unknown>): { asks: number } {
  const seen = { asks: 0 };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    () => answer(++seen.asks) as never,
  );
  return seen;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('asking the background until the answer is of use', () => {
  it('takes the first answer of use, asking once', async () => {
    const seen = background(() => Promise.resolve(false));
    expect(await askBackgroundFor(QUESTION, isBoolean)).toBe(false);
    expect(seen.asks).toBe(1);
  });

  it('asks again after an answer of nothing and after a refusal', async () => {
    const seen = background((n) =>
      n === 1
        ? Promise.resolve(undefined)
        : n === 2
          ? Promise.reject(new Error('closed'))
          : Promise.resolve(true),
    );
    expect(await askBackgroundFor(QUESTION, isBoolean)).toBe(true);
    expect(seen.asks).toBe(3);
  });

  it('asks again after a question left unanswered for its time', async () => {
    vi.useFakeTimers();
    const seen = background((n) =>
      n === 1 ? new Promise(() => undefined) : Promise.resolve(true),
    );
    const asked = askBackgroundFor(QUESTION, isBoolean, 4_000, 1_500);
    await vi.advanceTimersByTimeAsync(1_499);
    expect(seen.asks).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await asked).toBe(true);
    expect(seen.asks).toBe(2);
  });

  it('gives up after its time: undefined', async () => {
    vi.useFakeTimers();
    const seen = background(() => Promise.resolve('not of use'));
    const asked = askBackgroundFor(QUESTION, isBoolean, 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await asked).toBeUndefined();
    // Asked again 100 ms after each answer of no use, until the time was up.
    expect(seen.asks).toBe(10);
  });

  it('a script cut off from the extension (its runtime gone) gets undefined, no throw', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'sendMessage')");
    });
    const asked = askBackgroundFor(QUESTION, isBoolean, 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await asked).toBeUndefined();
  });
});
