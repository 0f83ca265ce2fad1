/**
 * Issue 7 "Bad input": the backup restore (lib/settings/backup.ts, utils/backup.ts) given giant,
 * binary, wrongly encoded and deeply nested files. Each must be refused with a specific problem,
 * never throw or hang, and leave what is stored exactly as it was.
 */
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  backupText,
  MAX_BACKUP_BYTES,
  parseBackup,
  type BackupProblem,
  type ParsedBackup,
} from '../../../lib/settings/backup';
import { applyBackup, exportBackup, readBackupFile, restorePlan } from '../../../utils/backup';
import { addPersonalTerm } from '../../../utils/rules';
import { saveSettings } from '../../../utils/settings';
import { setList } from '../../../utils/changes';
import { installWebLocks } from '../helpers/web-locks';
import {
  asUtf8,
  badText,
  GIANT,
  nestedArrays,
  nestedObjects,
  timed,
  utf16le,
  windows1252,
} from './inputs';

const KNOWN = ['nl-starter', 'en-starter'];
const KINDS = new Set<BackupProblem['kind']>([
  'too-large',
  'encoding',
  'not-json',
  'not-backup',
  'version',
  'field',
  'too-many',
]);

/** The options page's path for a chosen file: parse; a good file is planned and restored. */
async function restoreText(text: string): Promise<ParsedBackup> {
  const parsed = parseBackup(text);
  if (parsed.ok) {
    const plan = await restorePlan(parsed.backup, KNOWN);
    if (plan.termsFit) await applyBackup(parsed.backup, KNOWN, false);
  }
  return parsed;
}

/**
 * The same for a chosen file's bytes, read as the page reads them (utils/backup.ts; Node has no
 * Worker, so the check runs in place, as it does where a worker cannot start).
 */
async function restoreBytes(bytes: Uint8Array): Promise<ParsedBackup> {
  const parsed = await readBackupFile(new Blob([bytes.slice()]));
  if (parsed.ok) {
    const plan = await restorePlan(parsed.backup, KNOWN);
    if (plan.termsFit) await applyBackup(parsed.backup, KNOWN, false);
  }
  return parsed;
}

/** UTF-16 BE from UTF-16 LE: each pair of bytes swapped. */
const swapPairs = (bytes: Uint8Array): Uint8Array =>
  Uint8Array.from(bytes, (_, i) => bytes[i ^ 1]!);

/** `text` (here all in the first plane) as UTF-32 LE without a byte order mark. */
const utf32le = (text: string): Uint8Array =>
  Uint8Array.from({ length: text.length * 4 }, (_, i) =>
    i % 4 < 2 ? (text.charCodeAt(i >> 2) >> ((i % 4) * 8)) & 0xff : 0,
  );

const stored = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

function expectRefused(parsed: ParsedBackup, kind?: BackupProblem['kind']): void {
  expect(parsed.ok).toBe(false);
  if (parsed.ok) return;
  expect(parsed.problems.length).toBeGreaterThan(0);
  for (const p of parsed.problems) expect(KINDS.has(p.kind)).toBe(true);
  if (kind) expect(parsed.problems[0]!.kind).toBe(kind);
}

beforeAll(installWebLocks);
beforeEach(async () => {
  fakeBrowser.reset();
  await saveSettings({ strictness: 'strict', region: 'BE-VL', language: 'nl' });
  await addPersonalTerm('giraffe');
  await setList('en-starter', false);
});

describe('backup restore with bad files', () => {
  const expected: Record<string, BackupProblem['kind']> = {
    '20 MB of one letter': 'too-large',
    '20 MB JSON string': 'too-large',
    '1 MB of NUL bytes': 'not-json',
    '100k nested arrays': 'not-backup',
    '100k nested objects': 'not-backup',
    '1M lines': 'too-large',
    '1M empty lines': 'not-json',
    '2 MB random bytes as UTF-8': 'too-large',
    '2 MB random bytes as latin1': 'too-large',
  };
  for (const [name, make] of Object.entries(GIANT)) {
    it(`refuses ${name} and changes nothing`, async () => {
      const before = await stored();
      const text = make();
      const parsed = await timed(`backup: ${name}`, () => restoreText(text));
      expectRefused(parsed, expected[name]);
      expect(await stored()).toBe(before);
    });
  }

  it('refuses a good backup with 100k levels of nesting in a field, naming the field', async () => {
    const before = await stored();
    const good = JSON.parse((await exportBackup()).text);
    const deepStrictness = JSON.stringify({
      ...good,
      settings: { ...good.settings, strictness: 0 },
    }).replace('"strictness":0', `"strictness":${nestedObjects(100_000)}`);
    const parsed = await timed('backup: 100k nested in settings.strictness', () =>
      restoreText(deepStrictness),
    );
    expectRefused(parsed, 'field');
    expect(!parsed.ok && parsed.problems).toContainEqual({
      kind: 'field',
      field: 'settings.strictness',
    });
    expect(await stored()).toBe(before);
    const deepOff = JSON.stringify({ ...good, off: 0 }).replace(
      '"off":0',
      `"off":[${nestedArrays(100_000)}]`,
    );
    const off = await timed('backup: 100k nested in off', () => restoreText(deepOff));
    expect(!off.ok && off.problems).toEqual([{ kind: 'field', field: 'off[0]' }]);
    expect(await stored()).toBe(before);
  });

  it('refuses the deepest nesting that fits under the size limit', async () => {
    const before = await stored();
    const arrays = nestedArrays(Math.floor(MAX_BACKUP_BYTES / 2));
    const objects = nestedObjects(Math.floor((MAX_BACKUP_BYTES - 1) / 6));
    expectRefused(await timed('backup: 512k nested arrays', () => restoreText(arrays)));
    expectRefused(await timed('backup: 175k nested objects', () => restoreText(objects)));
    expect(await stored()).toBe(before);
  });

  it('refuses nesting the JSON parser gives up on (RangeError) as unreadable JSON', async () => {
    const before = await stored();
    const parse = vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      expectRefused(await restoreText(nestedArrays(100_000)), 'not-json');
    } finally {
      parse.mockRestore();
    }
    expect(await stored()).toBe(before);
  });

  it('refuses a backup saved as UTF-16LE with a byte order mark', async () => {
    const before = await stored();
    const { text } = await exportBackup();
    expectRefused(await restoreText(asUtf8(utf16le(text))), 'not-json');
    expect(await stored()).toBe(before);
  });

  it('refuses a Windows-1252 backup with non-ASCII text in a field by naming that field', async () => {
    const before = await stored();
    const good = JSON.parse((await exportBackup()).text);
    good.settings.reach = { ...good.settings.reach, campaign: 'CAFÉ' };
    const parsed = await restoreText(asUtf8(windows1252(backupText(good))));
    expectRefused(parsed, 'field');
    expect(await stored()).toBe(before);
  });

  it.each([
    ['UTF-16 LE with a byte order mark', (t: string) => utf16le(t), 'utf-16'],
    ['UTF-16 LE without one', (t: string) => utf16le(t).subarray(2), 'utf-16'],
    ['UTF-16 BE without one', (t: string) => swapPairs(utf16le(t).subarray(2)), 'utf-16'],
    ['UTF-32 LE', (t: string) => utf32le(t), 'utf-32'],
    ['Windows-1252 with a non-ASCII letter', (t: string) => windows1252(t), 'not-utf-8'],
    [
      'a PNG signature before it',
      (t: string) =>
        Uint8Array.of(
          0x89,
          0x50,
          0x4e,
          0x47,
          0x0d,
          0x0a,
          0x1a,
          0x0a,
          ...new TextEncoder().encode(t),
        ),
      'binary',
    ],
  ] as const)(
    'refuses a good backup file saved as %s by naming the encoding',
    async (_name, save, encoding) => {
      const before = await stored();
      const good = JSON.parse((await exportBackup()).text);
      good.settings.reach = { ...good.settings.reach, campaign: 'CAFÉ' };
      const parsed = await restoreBytes(save(backupText(good)));
      expect(parsed).toEqual({ ok: false, problems: [{ kind: 'encoding', encoding }] });
      expect(await stored()).toBe(before);
    },
  );

  it('restores a good backup file with a UTF-8 byte order mark', async () => {
    await saveSettings({ strictness: 'gentle' });
    const { text } = await exportBackup();
    await saveSettings({ strictness: 'strict' });
    const parsed = await restoreBytes(
      Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)),
    );
    expect(parsed.ok).toBe(true);
    expect(JSON.stringify(await fakeBrowser.storage.local.get('settings'))).toContain(
      '"strictness":"gentle"',
    );
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    const before = await stored();
    const file = new Blob([new Uint8Array(MAX_BACKUP_BYTES + 1)]);
    const read = vi.spyOn(file, 'arrayBuffer');
    expect(await readBackupFile(file)).toEqual({ ok: false, problems: [{ kind: 'too-large' }] });
    expect(read).not.toHaveBeenCalled();
    expect(await stored()).toBe(before);
  });

  it('refuses random bytes as a file, changing nothing (property)', async () => {
    const before = await stored();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        expectRefused(await restoreBytes(bytes));
        expect(await stored()).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses random bytes and strings, changing nothing (property)', async () => {
    const before = await stored();
    await fc.assert(
      fc.asyncProperty(badText(), async (text) => {
        const parsed = await restoreText(text);
        expectRefused(parsed);
        expect(await stored()).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a good backup with random bytes spliced in, or restores it whole (property)', async () => {
    const good = (await exportBackup()).text;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: good.length }),
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        async (at, bytes) => {
          const before = await stored();
          const text = good.slice(0, at) + asUtf8(bytes) + good.slice(at);
          const parsed = await restoreText(text);
          if (!parsed.ok) {
            expectRefused(parsed);
            expect(await stored()).toBe(before);
          }
          // Otherwise the bytes made another valid backup (inside a string value): restored whole.
        },
      ),
      { numRuns: 200 },
    );
  });
});
