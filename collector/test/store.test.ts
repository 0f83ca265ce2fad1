import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ValidReport } from '../../lib/reach/wire';
import type { Store } from '../src/store/index';
import { DAY, STORE_KINDS, freshStore, type StoreKind } from './helpers';

const report = (over: Partial<ValidReport> = {}): ValidReport => ({
  v: 1,
  day: DAY,
  region: 'NL',
  lang: 'nl',
  campaign: '',
  variant: '',
  version: '1.2.3',
  counts: { shown: 1, help: 2, selfhelp: 3, safe: 4, continued: 5, pause: 6 },
  ...over,
});

describe.each(STORE_KINDS)('store (%s)', (kind: StoreKind) => {
  let store: Store;
  let drop: () => Promise<void>;
  beforeEach(async () => ({ store, drop } = await freshStore(kind)));
  afterEach(() => drop());

  it('adds a batch summed per marginal, and later batches onto it', async () => {
    await store.addReports([report(), report({ region: 'GB' }), report()]);
    await store.addReports([report()]);
    expect(await store.daily(DAY, DAY)).toEqual([
      { day: DAY, reports: 4, shown: 4, help: 8, selfhelp: 12, safe: 16, continued: 20, pause: 24 },
    ]);
    expect(await store.daily(DAY, DAY, { dim: 'region', value: 'GB' })).toMatchObject([
      { reports: 1 },
    ]);
  });

  it('takes a batch with more distinct values than one statement can carry', async () => {
    const batch = Array.from({ length: 7000 }, (_, i) => report({ variant: i.toString(36) }));
    await store.addReports(batch);
    expect(await store.daily(DAY, DAY)).toMatchObject([{ reports: 7000 }]);
    expect(await store.dailyByValue(DAY, DAY, 'variant')).toHaveLength(7000);
  });

  it('keeps sessions until they expire, and tokens by hash', async () => {
    await store.addSession('s1', 'staff', 2000);
    expect(await store.hasSession('s1', 1999)).toBe(true);
    expect(await store.hasSession('s1', 2000)).toBe(false);
    await store.addToken('t1', 'api', 1);
    expect(await store.hasToken('t1')).toBe(true);
    expect(await store.hasToken('t2')).toBe(false);
  });

  it('replaces a user password hash', async () => {
    await store.setUser('staff', 'a');
    await store.setUser('staff', 'b');
    expect(await store.userHash('staff')).toBe('b');
    expect(await store.userHash('nobody')).toBeUndefined();
  });
});
