import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { load, Matcher } from '../../../lib/matching';
import { generate, type GeneratorInput } from '../../../lib/setup-code/setup-code';
import { parseGuard } from '../../../lib/settings/guard';
import { fromBase64 } from '../../../lib/util/base64';
import { addPersonalTerm, removePersonalText } from '../../../utils/rules';
import { importSetupCode, previewSetupCode } from '../../../utils/setup-code';
import { loadPending, setList } from '../../../utils/changes';
import { installWebLocks } from '../helpers/web-locks';

const INPUT: GeneratorInput = {
  region: 'BE-VL',
  language: 'nl',
  strictness: 'pause',
  coolingOff: '24h',
  lists: [
    { id: 'nl-starter', on: true },
    { id: 'en-starter', on: false },
  ],
  campaign: 'praktijk-1',
  terms: ['zebra'],
};
const ENDPOINT = 'https://tellen.example.org/keerpunt';

function codeText(input: Partial<GeneratorInput> = {}): string {
  const g = generate({ ...INPUT, ...input });
  if (!g.ok) throw new Error('not generated');
  return g.text;
}

async function guardMatches(query: string): Promise<boolean> {
  const { guard } = await fakeBrowser.storage.local.get('guard');
  const sets = parseGuard(guard).personal.map((s) => load(fromBase64(s)));
  return new Matcher(sets).match(query).match;
}

beforeAll(installWebLocks);
beforeEach(() => fakeBrowser.reset());

describe('importSetupCode', () => {
  it('previews without writing anything', async () => {
    const preview = await previewSetupCode(codeText());
    expect(preview.ok).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('applies settings, lists, campaign and rules in one write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const outcome = await importSetupCode(codeText());
    expect(outcome.ok).toBe(true);
    expect(set).toHaveBeenCalledTimes(1);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).sort()).toEqual(['guard', 'personal', 'settings']);
    expect(stored.settings).toMatchObject({
      region: 'BE-VL',
      language: 'nl',
      strictness: 'pause',
      coolingOff: '24h',
      reach: { enabled: false, campaign: 'PRAKTIJK-1', endpoint: '' },
    });
    expect(stored.guard).toMatchObject({ off: ['en-starter'] });
    expect(await guardMatches('a zebra')).toBe(true);
    expect(JSON.stringify(stored)).not.toMatch(/zebra/i);
  });

  it('stores the code’s counting address and leaves counting off', async () => {
    const text = codeText({ endpoint: ENDPOINT });
    const preview = await previewSetupCode(text);
    expect(preview).toMatchObject({ ok: true, countingOn: false });
    expect(preview.ok && preview.changes).toContainEqual({
      kind: 'endpoint',
      from: '',
      to: ENDPOINT,
    });
    expect(await importSetupCode(text)).toMatchObject({ ok: true });
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toMatchObject({
      reach: { enabled: false, campaign: 'PRAKTIJK-1', endpoint: ENDPOINT },
    });
  });

  it('says when counting is on already (a new address then applies at once), and leaves it on', async () => {
    const reach = { enabled: true, campaign: '', endpoint: 'https://mijn.example.org' };
    await fakeBrowser.storage.local.set({ settings: { v: 2, reach } });
    const text = codeText({ endpoint: ENDPOINT });
    expect(await previewSetupCode(text)).toMatchObject({ ok: true, countingOn: true });
    await importSetupCode(text);
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toMatchObject({ reach: { enabled: true, endpoint: ENDPOINT } });
  });

  it('a code without a counting address leaves the stored one alone', async () => {
    const reach = { enabled: false, campaign: '', endpoint: 'https://mijn.example.org' };
    await fakeBrowser.storage.local.set({ settings: { v: 2, reach } });
    await importSetupCode(codeText());
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toMatchObject({
      reach: { enabled: false, endpoint: 'https://mijn.example.org' },
    });
  });

  it('keeps the install’s own terms and key beside the code’s', async () => {
    await addPersonalTerm('giraffe');
    const { personal: before } = await fakeBrowser.storage.local.get('personal');
    await importSetupCode(codeText());
    const { personal, guard } = await fakeBrowser.storage.local.get(['personal', 'guard']);
    expect((personal as { key: string }).key).toBe((before as { key: string }).key);
    expect(parseGuard(guard).personal).toHaveLength(2);
    expect(await guardMatches('giraffe')).toBe(true);
    expect(await guardMatches('zebra')).toBe(true);
  });

  it('an imported term is removed by typing it again', async () => {
    await importSetupCode(codeText());
    expect(await removePersonalText('Zebra')).toBe(true);
    expect(await guardMatches('zebra')).toBe(false);
  });

  it('changes nothing for a damaged code', async () => {
    await addPersonalTerm('giraffe');
    const before = structuredClone(await fakeBrowser.storage.local.get(null));
    const text = codeText();
    const damaged = text.slice(0, 10) + (text[10] === 'A' ? 'B' : 'A') + text.slice(11);
    expect(await importSetupCode(damaged)).toEqual({ ok: false, error: 'checksum' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('changes nothing when a good code would weaken protection during a cooling-off', async () => {
    await importSetupCode(codeText({ strictness: 'strict' }));
    const before = structuredClone(await fakeBrowser.storage.local.get(null));
    expect(await importSetupCode(codeText({ strictness: 'gentle' }))).toEqual({
      ok: false,
      problem: 'weakens-during-cooling-off',
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe('importSetupCode and cooling-off', () => {
  beforeEach(() => fakeBrowser.reset());

  it('cancels a waiting change the code contradicts (a list asked off stays on)', async () => {
    await fakeBrowser.storage.local.set({ settings: { v: 2, coolingOff: '1h' } });
    await setList('nl-starter', false);
    expect((await loadPending()).changes.map((c) => c.kind)).toEqual(['list-off']);
    // A code that only keeps or tightens (so it may be imported during cooling-off).
    const code = codeText({
      strictness: 'strict',
      coolingOff: '24h',
      lists: [
        { id: 'nl-starter', on: true },
        { id: 'en-starter', on: true },
      ],
    });
    expect((await importSetupCode(code)).ok).toBe(true);
    expect((await loadPending()).changes).toEqual([]);
  });
});
