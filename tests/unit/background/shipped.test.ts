import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compiled, id } from 'virtual:keerpunt-shipped-lists';
import { SHIPPED, storeShippedLists } from '../../../entrypoints/background/shipped';
import { onMessage } from '../../../entrypoints/background/messages';
import { Matcher } from '../../../lib/matching';
import { unpack } from '../../../lib/matching/packed';
import { readShipped, SHIPPED_KEY, shippedId } from '../../../lib/settings/shipped';
import { fromBase64 } from '../../../lib/util/base64';

beforeEach(() => fakeBrowser.reset());

/** Another base64 character for `c`. */
const flip = (c: string) => (c === 'B' ? 'C' : 'B');

const stored = async () => (await fakeBrowser.storage.local.get(SHIPPED_KEY))[SHIPPED_KEY];

describe('the shipped lists for the search guard', () => {
  it("are this build's packed set under its id", () => {
    expect(SHIPPED).toEqual({ id, packed: compiled });
    expect(shippedId(fromBase64(compiled))).toBe(id);
    const set = unpack(readShipped(SHIPPED, id)!);
    expect(new Matcher([set]).match('kinderporno').match).toBe(true);
  });

  it('are stored when storage holds none', async () => {
    await storeShippedLists();
    expect(await stored()).toEqual(SHIPPED);
  });

  it('are not written again when storage holds them whole', async () => {
    await storeShippedLists();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await storeShippedLists();
    expect(set).not.toHaveBeenCalled();
    set.mockRestore();
  });

  it.each([
    [
      'damaged',
      { id, packed: compiled.slice(0, 400) + flip(compiled[400]!) + compiled.slice(401) },
    ],
    ["another build's", { id: '00000000', packed: compiled }],
    ['not a record', 'zebra'],
  ])('replace a %s record', async (_, raw) => {
    await fakeBrowser.storage.local.set({ [SHIPPED_KEY]: raw, guard: { v: 1 } });
    await storeShippedLists();
    expect(await stored()).toEqual(SHIPPED);
    // Nothing else is touched.
    expect((await fakeBrowser.storage.local.get('guard')).guard).toEqual({ v: 1 });
  });

  it('are handed to a guard that asks, and stored again', async () => {
    await fakeBrowser.storage.local.set({ [SHIPPED_KEY]: { id, packed: 'AAAA' } });
    const answer = await onMessage({ type: 'keerpunt:lists' }, { tab: { id: 3 } });
    expect(answer).toEqual(SHIPPED);
    await vi.waitFor(async () => expect(await stored()).toEqual(SHIPPED));
  });
});
