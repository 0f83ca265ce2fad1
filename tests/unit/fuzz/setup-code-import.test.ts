/**
 * Issue 7 "Bad input": the setup-code import (lib/setup-code/setup-code.ts `decode`,
 * utils/setup-code.ts) given giant, binary, wrongly encoded and nested texts, and random
 * payloads behind a valid checksum. Each must be refused with a specific reason, never throw or
 * hang, and leave what is stored exactly as it was.
 */
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decode, frame, generate, type DecodeError } from '../../../lib/setup-code/setup-code';
import { addPersonalTerm } from '../../../utils/rules';
import { saveSettings } from '../../../utils/settings';
import { setList } from '../../../utils/changes';
import { importSetupCode, previewSetupCode } from '../../../utils/setup-code';
import { installWebLocks } from '../helpers/web-locks';
import { asUtf8, badText, GIANT, timed, utf16le, windows1252 } from './inputs';

const ERRORS = new Set<DecodeError>([
  'empty',
  'too-long',
  'wrong-prefix',
  'unknown-version',
  'bad-character',
  'checksum',
  'damaged',
  'out-of-range',
]);

const stored = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

/** The options page's path: preview first, then import; both must refuse the text. */
async function expectRefused(text: string, error?: DecodeError): Promise<void> {
  const preview = await previewSetupCode(text);
  const outcome = await importSetupCode(text);
  for (const o of [preview, outcome]) {
    expect(o.ok).toBe(false);
    if (o.ok) return;
    if ('error' in o) {
      expect(ERRORS.has(o.error)).toBe(true);
      if (error) expect(o.error).toBe(error);
    } else {
      expect(error).toBeUndefined();
      expect(typeof o.problem).toBe('string');
    }
  }
}

function goodCode(): string {
  const g = generate({
    region: 'NL',
    language: 'nl',
    strictness: 'strict',
    coolingOff: '24h',
    lists: [{ id: 'nl-starter', on: true }],
    campaign: 'CAFE-1',
    terms: ['zebra'],
  });
  if (!g.ok) throw new Error('not generated');
  return g.text;
}

beforeAll(installWebLocks);
beforeEach(async () => {
  fakeBrowser.reset();
  await saveSettings({ strictness: 'pause', region: 'BE-VL', language: 'nl' });
  await addPersonalTerm('giraffe');
  await setList('en-starter', false);
});

describe('setup-code import with bad text', () => {
  for (const [name, make] of Object.entries(GIANT)) {
    it(`refuses ${name} and changes nothing`, async () => {
      const before = await stored();
      const text = make();
      await timed(`setup code: ${name}`, () => expectRefused(text));
      expect(await stored()).toBe(before);
    });
  }

  it('says a giant text is too long', () => {
    expect(decode(GIANT['20 MB of one letter']!())).toEqual({ ok: false, error: 'too-long' });
    expect(decode(GIANT['1M empty lines']!())).toEqual({ ok: false, error: 'too-long' });
  });

  it('refuses a code read as UTF-16LE with a byte order mark, or as Windows-1252 with a dash', async () => {
    const before = await stored();
    const code = goodCode();
    await expectRefused(asUtf8(utf16le(code)), 'wrong-prefix');
    // An en dash saved as Windows-1252 (0x96) reads back as U+FFFD, not as a separator.
    const dashed = code.slice(0, 8) + '\u2013' + code.slice(8);
    expect(decode(dashed).ok).toBe(true);
    await expectRefused(asUtf8(windows1252(dashed.replace('\u2013', '\u0096'))), 'bad-character');
    expect(await stored()).toBe(before);
  });

  it('refuses NUL bytes inside a good code', async () => {
    const before = await stored();
    const code = goodCode();
    await expectRefused(code.slice(0, 6) + '\0' + code.slice(6), 'bad-character');
    expect(await stored()).toBe(before);
  });

  it('refuses random bytes and strings, changing nothing (property)', async () => {
    const before = await stored();
    await fc.assert(
      fc.asyncProperty(badText(), async (text) => {
        await expectRefused(text);
        expect(await stored()).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses random payloads behind a valid checksum without throwing (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1600 }), (payload) => {
        const decoded = decode(frame(payload));
        if (!decoded.ok) expect(ERRORS.has(decoded.error)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a good code with random characters spliced in, changing nothing (property)', async () => {
    const code = goodCode();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: code.length }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
        async (at, junk) => {
          const before = await stored();
          const text = code.slice(0, at) + junk + code.slice(at);
          if (decode(text).ok) return; // only separators were added
          await expectRefused(text);
          expect(await stored()).toBe(before);
        },
      ),
      { numRuns: 200 },
    );
  });
});
