import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyDueChanges,
  PENDING_ALARM,
  syncPendingAlarm,
} from '../../../entrypoints/background/pending';
import { loadPending, setActive, setList } from '../../../utils/changes';
import { loadSettings } from '../../../utils/settings';
import { installWebLocks } from '../helpers/web-locks';

const T = 1_800_000_000_000;
const HOUR = 3_600_000;

beforeAll(installWebLocks);
beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ settings: { v: 2, coolingOff: '1h' } });
});

describe('the background applies waiting changes', () => {
  it('sets an alarm at the earliest waiting change, repeating as a backstop', async () => {
    await setActive(false, T + 10);
    await setList('nl-starter', false, T);
    await syncPendingAlarm();
    expect(await fakeBrowser.alarms.get(PENDING_ALARM)).toMatchObject({
      scheduledTime: T + HOUR,
      periodInMinutes: 30,
    });
  });

  it('clears the alarm when nothing waits', async () => {
    await fakeBrowser.alarms.create(PENDING_ALARM, { when: T });
    await syncPendingAlarm();
    expect(await fakeBrowser.alarms.get(PENDING_ALARM)).toBeUndefined();
  });

  it('applies what is due and sets the alarm for the rest', async () => {
    await setList('nl-starter', false, T);
    await setActive(false, T + HOUR);
    await applyDueChanges(T + HOUR);
    expect((await fakeBrowser.storage.local.get('guard')).guard).toMatchObject({
      off: ['nl-starter'],
    });
    expect((await loadSettings()).active).toBe(true);
    expect(await fakeBrowser.alarms.get(PENDING_ALARM)).toMatchObject({
      scheduledTime: T + 2 * HOUR,
    });
    await applyDueChanges(T + 2 * HOUR);
    expect((await loadSettings()).active).toBe(false);
    expect((await loadPending()).changes).toEqual([]);
    expect(await fakeBrowser.alarms.get(PENDING_ALARM)).toBeUndefined();
  });

  it('applies nothing early', async () => {
    await setActive(false, T);
    await applyDueChanges(T + HOUR - 1);
    expect((await loadSettings()).active).toBe(true);
  });
});
