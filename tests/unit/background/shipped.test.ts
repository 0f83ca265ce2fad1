import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compiled, id } from 'virtual:keerpunt-shipped-lists';
import {
  keepShippedLists,
  shippedRecord,
  storeShippedLists,
} from '../../../entrypoints/background/shipped';
import { onMessage } from '../../../entrypoints/background/messages';
import { load, Matcher, serialize } from '../../../lib/matching';
import { unpack } from '../../../lib/matching/packed';
import { isWhole, SHIPPED_KEY, shippedId } from '../../../lib/settings/shipped';
import { fromBase64 } from '../../../lib/util/base64';

beforeEach(() => fakeBrowser.reset());

/** Another base64 character for `c`. */
const flip = (c: string) => (c === 'B' ? 'C' : 'B');

const stored = async () => (await fakeBrowser.storage.local.get(SHIPPED_KEY))[SHIPPED_KEY];

describe('the shipped lists for the search guard', () => {
  it("are this build's set, in the form load reads, under its id", () => {
    const record = shippedRecord();
    expect(record.id).toBe(id);
    const bytes = fromBase64(record.set);
    expect(shippedId(bytes)).toBe(id);
    expect(bytes).toEqual(serialize(unpack(fromBase64(compiled))));
    expect(new Matcher([load(bytes)]).match('kinderporno').match).toBe(true);
    expect(new Matcher([load(bytes)]).match('kinderarts amsterdam').match).toBe(false);
  });

  it('are stored when storage holds none', async () => {
    await storeShippedLists();
    expect(await stored()).toEqual(shippedRecord());
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
      () => {
        const set = shippedRecord().set;
        return { id, set: set.slice(0, 400) + flip(set[400]!) + set.slice(401) };
      },
    ],
    ['truncated', () => ({ id, set: shippedRecord().set.slice(0, 400) })],
    ["another build's", () => ({ ...shippedRecord(), id: '00000000' })],
    ['not a record', () => 'zebra'],
  ])('replace a %s record', async (_, raw) => {
    const bad = raw();
    expect(isWhole(bad, id)).toBe(false);
    await fakeBrowser.storage.local.set({ [SHIPPED_KEY]: bad, guard: { v: 1 } });
    await storeShippedLists();
    expect(await stored()).toEqual(shippedRecord());
    // Nothing else is touched.
    expect((await fakeBrowser.storage.local.get('guard')).guard).toEqual({ v: 1 });
  });

  it('are kept from a change alone: written again for a bad new value, not for a whole one', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await keepShippedLists(shippedRecord());
    expect(set).not.toHaveBeenCalled();
    await keepShippedLists(undefined);
    expect(set).toHaveBeenCalledTimes(1);
    expect(await stored()).toEqual(shippedRecord());
    set.mockRestore();
  });

  it('are handed to a guard that asks, and stored again', async () => {
    await fakeBrowser.storage.local.set({ [SHIPPED_KEY]: { id, set: 'AAAA' } });
    const answer = await onMessage({ type: 'keerpunt:lists' }, { tab: { id: 3 } });
    expect(answer).toEqual(shippedRecord());
    await vi.waitFor(async () => expect(await stored()).toEqual(shippedRecord()));
  });
});
