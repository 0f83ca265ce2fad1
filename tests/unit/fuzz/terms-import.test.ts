/**
 * Issue 7 "Bad input": adding a personal term on the options page (utils/changes `addTerm`, as
 * Terms.tsx calls it) with giant, binary, wrongly encoded, nested and many-lined text. A bad
 * term is refused with a reason and changes nothing stored; nothing throws or hangs.
 */
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addTerm, setList } from '../../../utils/changes';
import { addPersonalTerm } from '../../../utils/rules';
import { saveSettings } from '../../../utils/settings';
import { installWebLocks } from '../helpers/web-locks';
import { asUtf8, badText, GIANT, MB, timed, utf16le } from './inputs';

const stored = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

beforeAll(installWebLocks);
beforeEach(async () => {
  fakeBrowser.reset();
  await saveSettings({ strictness: 'strict', coolingOff: '24h' });
  await addPersonalTerm('giraffe');
  await setList('en-starter', false);
});

describe('adding a personal term with bad text', () => {
  for (const [name, make] of Object.entries(GIANT)) {
    it(`refuses ${name} with a reason and changes nothing`, async () => {
      const before = await stored();
      const text = make();
      const result = await timed(`term: ${name}`, () => addTerm(text));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThanOrEqual(5);
      expect(await stored()).toBe(before);
    });
  }

  it('names why a giant or binary term is refused', async () => {
    const before = await stored();
    expect(await addTerm('a'.repeat(20 * MB))).toEqual({
      ok: false,
      reason: 'a term may be at most 1000 characters',
    });
    expect(await addTerm('zeb\0ra')).toEqual({
      ok: false,
      reason: 'a control character (U+0000) in the term',
    });
    expect(await addTerm('\n'.repeat(1_000_000))).toEqual({ ok: false, reason: 'empty' });
    expect(await addTerm('zebra\n'.repeat(1_000_000))).toEqual({
      ok: false,
      reason: 'one term or rule at a time',
    });
    expect(await stored()).toBe(before);
    // The limit is the list format's line length: a 1000-character term is still taken.
    expect(await addTerm('zebra'.repeat(201))).toMatchObject({ ok: false });
    expect(await addTerm('zebra'.repeat(200))).toEqual({ ok: true });
  });

  it('refuses a term read as UTF-16LE with a byte order mark (NUL bytes between the letters)', async () => {
    const before = await stored();
    expect(await addTerm(asUtf8(utf16le('zebra')))).toEqual({
      ok: false,
      reason: 'a control character (U+0000) in the term',
    });
    expect(await stored()).toBe(before);
  });

  it('refuses or adds random text, never throwing, and never loses a term (property)', async () => {
    await fc.assert(
      fc.asyncProperty(badText(), async (text) => {
        const before = await stored();
        const result = await addTerm(text);
        if (!result.ok) {
          expect(result.reason.length).toBeGreaterThan(2);
          expect(await stored()).toBe(before);
        } else {
          const { personal } = await fakeBrowser.storage.local.get('personal');
          const ids = (personal as { entries: { id: string }[] }).entries.map((e) => e.id);
          const was = JSON.parse(before).personal.entries.map((e: { id: string }) => e.id);
          expect(ids.slice(0, was.length)).toEqual(was);
        }
      }),
      { numRuns: 200 },
    );
  });
});
