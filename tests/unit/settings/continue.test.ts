import { describe, expect, it } from 'vitest';
import {
  HOLD_MS,
  isHeld,
  mayContinue,
  parseHeld,
  parsePass,
  PASS_MS,
  passes,
  passFor,
  PAUSE_WAIT_MS,
} from '../../../lib/settings/continue';

const URL_A = 'https://www.example.org/search?q=zebra';
const T = 1_800_000_000_000;
const held = { url: URL_A, at: T };

describe('mayContinue', () => {
  it.each([
    ['strict, just caught', 'strict', held, T, { ok: false, reason: 'strict' }],
    ['strict, long after', 'strict', held, T + 60_000, { ok: false, reason: 'strict' }],
    ['gentle, at once', 'gentle', held, T, { ok: true, url: URL_A }],
    ['gentle, nothing held', 'gentle', undefined, T, { ok: false, reason: 'nothing' }],
    [
      'gentle, after five minutes',
      'gentle',
      held,
      T + HOLD_MS + 1,
      { ok: false, reason: 'nothing' },
    ],
    ['gentle, at five minutes', 'gentle', held, T + HOLD_MS, { ok: true, url: URL_A }],
    ['pause, at once', 'pause', held, T, { ok: false, reason: 'wait', waitMs: PAUSE_WAIT_MS }],
    ['pause, after 10 s', 'pause', held, T + 10_000, { ok: false, reason: 'wait', waitMs: 20_000 }],
    ['pause, after 30 s', 'pause', held, T + PAUSE_WAIT_MS, { ok: true, url: URL_A }],
    ['pause, after six minutes', 'pause', held, T + 6 * 60_000, { ok: false, reason: 'nothing' }],
  ] as const)('%s', (_name, strictness, h, now, verdict) => {
    expect(mayContinue(strictness, h, now)).toEqual(verdict);
  });

  it('does not trust a held time in the future (a changed clock)', () => {
    expect(isHeld(held, T - 1)).toBe(false);
    expect(mayContinue('gentle', held, T - 1)).toEqual({ ok: false, reason: 'nothing' });
  });
});

describe('passes', () => {
  it('lets the same URL through until it expires, and nothing else', () => {
    const pass = passFor(URL_A, T);
    expect(passes(pass, URL_A, T)).toBe(true);
    expect(passes(pass, URL_A, T + PASS_MS)).toBe(true);
    expect(passes(pass, URL_A, T + PASS_MS + 1)).toBe(false);
    expect(passes(pass, `${URL_A}&page=2`, T)).toBe(false);
    expect(passes(undefined, URL_A, T)).toBe(false);
  });
});

describe('stored values', () => {
  it.each([
    null,
    undefined,
    'zebra',
    {},
    { url: URL_A },
    { url: 7, at: T },
    { url: URL_A, at: 'x' },
  ])('parseHeld(%j) is undefined', (raw) => expect(parseHeld(raw)).toBeUndefined());

  it('parses good values', () => {
    expect(parseHeld({ url: URL_A, at: T })).toEqual(held);
    expect(parsePass({ url: URL_A, until: T })).toEqual({ url: URL_A, until: T });
    expect(parsePass({ url: URL_A })).toBeUndefined();
  });
});
