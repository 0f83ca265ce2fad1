import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readHelpDisplay, takeTurn, writeHelpDisplay } from '../../../utils/help-display';
import { saveSettings } from '../../../utils/settings';

/** A `localStorage` stand-in (Node has none), optionally refusing writes as a full quota does. */
function memoryStorage(refuseWrites = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      if (refuseWrites) throw new DOMException('full', 'QuotaExceededError');
      items.set(k, String(v));
    },
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('without localStorage (the service worker)', () => {
  it('has no cache, turn 0, and writing is a no-op', () => {
    expect(typeof localStorage).toBe('undefined');
    expect(readHelpDisplay()).toBeNull();
    expect(() => writeHelpDisplay({ language: 'nl', region: 'BE-VL' })).not.toThrow();
    expect(takeTurn(true)).toBe(0);
  });
});

describe('the display cache', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));

  it('is empty at first', () => {
    expect(readHelpDisplay()).toBeNull();
  });

  it('gives back what was written', () => {
    writeHelpDisplay({ language: 'fr', region: 'BE-VL' });
    expect(readHelpDisplay()).toEqual({ language: 'fr', region: 'BE-VL' });
    writeHelpDisplay({ language: 'auto', region: 'auto' });
    expect(readHelpDisplay()).toEqual({ language: 'auto', region: 'auto' });
  });

  it('keeps only language and region', () => {
    writeHelpDisplay({ language: 'nl', region: 'NL', strictness: 'gentle' } as never);
    expect(localStorage.getItem('keerpunt:help-display')).toBe('{"language":"nl","region":"NL"}');
  });

  it('reads a damaged value as no cache, and a bad field as auto', () => {
    localStorage.setItem('keerpunt:help-display', '{not json');
    expect(readHelpDisplay()).toBeNull();
    localStorage.setItem('keerpunt:help-display', '42');
    expect(readHelpDisplay()).toBeNull();
    localStorage.setItem('keerpunt:help-display', '{"language":"xx","region":"BE-VL"}');
    expect(readHelpDisplay()).toEqual({ language: 'auto', region: 'BE-VL' });
  });

  it('is written when settings are saved', async () => {
    fakeBrowser.reset();
    await saveSettings({ language: 'nl', region: 'BE-VL' });
    expect(readHelpDisplay()).toEqual({ language: 'nl', region: 'BE-VL' });
  });
});

describe('the turn of the message variants', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));

  it('advances by one per caught search', () => {
    expect([takeTurn(true), takeTurn(true), takeTurn(true)]).toEqual([0, 1, 2]);
  });

  it('does not advance for a page the person opened', () => {
    takeTurn(true);
    expect(takeTurn(false)).toBe(1);
    expect(takeTurn(false)).toBe(1);
    expect(takeTurn(true)).toBe(1);
    expect(takeTurn(true)).toBe(2);
  });

  it('starts again at 0 from a damaged or out-of-range value, and wraps', () => {
    for (const bad of ['-3', 'abc', '1.5', '1000000']) {
      localStorage.setItem('keerpunt:help-turn', bad);
      expect(takeTurn(true)).toBe(0);
    }
    localStorage.setItem('keerpunt:help-turn', '999999');
    expect(takeTurn(true)).toBe(999999);
    expect(takeTurn(true)).toBe(0);
  });
});

describe('a localStorage that refuses writes', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage(true)));

  it('never throws: no cache, turn 0', () => {
    expect(() => writeHelpDisplay({ language: 'nl', region: 'BE-VL' })).not.toThrow();
    expect(readHelpDisplay()).toBeNull();
    expect(takeTurn(true)).toBe(0);
  });
});
