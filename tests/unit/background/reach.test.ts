import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REPORT_BYTES } from '../../../lib/reach/report';
import { DELAY_MAX_MS, DELAY_MIN_MS, type ReachState } from '../../../lib/reach/schedule';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import {
  REACH_SEND_ALARM,
  REACH_TICK_ALARM,
  reachTick,
} from '../../../entrypoints/background/reach';
import { REACH_STATE_KEY } from '../../../utils/reach';
import { installWebLocks } from '../helpers/web-locks';

const NOW = new Date(2026, 10, 22, 9, 30);
const ENDPOINT = 'https://reach.example.org';

type Call = { url: string; init: RequestInit };
let calls: Call[];
let answer: () => Promise<Response>;

async function settings(reach: Partial<typeof DEFAULT_SETTINGS.reach>) {
  await fakeBrowser.storage.local.set({
    settings: { ...DEFAULT_SETTINGS, reach: { ...DEFAULT_SETTINGS.reach, ...reach } },
  });
}
const stored = async () =>
  (await fakeBrowser.storage.local.get(REACH_STATE_KEY))[REACH_STATE_KEY] as ReachState | undefined;

beforeEach(() => {
  installWebLocks(); // again after each unstubAllGlobals
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Keerpunt',
    version: '1.2.3',
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('nl-NL');
  calls = [];
  answer = async () => new Response(null, { status: 204 });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer();
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('reachTick', () => {
  it('not opted in: no request, no state, no alarm', async () => {
    await settings({ enabled: false, endpoint: ENDPOINT });
    await reachTick(NOW);
    await reachTick(new Date(NOW.getTime() + 5 * 3_600_000));
    expect(calls).toEqual([]);
    expect(await stored()).toBeUndefined();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('opted in but no endpoint: nothing is sent', async () => {
    await settings({ enabled: true, endpoint: '' });
    await reachTick(NOW);
    expect(calls).toEqual([]);
  });

  it('opted in: yesterday waits for a random time, then goes out once as 256 bytes', async () => {
    await settings({ enabled: true, endpoint: ENDPOINT, campaign: 'spring-27' });
    await fakeBrowser.storage.local.set({
      'counts:normal': { v: 1, days: { '2026-11-21': { shown: 3, help: 1, pause: 70 } } },
    });
    await reachTick(NOW);
    expect(calls).toEqual([]);
    const planned = (await stored())!;
    expect(planned.queue).toEqual(['2026-11-21']);
    expect(planned.due - NOW.getTime()).toBeGreaterThanOrEqual(DELAY_MIN_MS);
    expect(planned.due - NOW.getTime()).toBeLessThan(DELAY_MAX_MS);
    expect((await fakeBrowser.alarms.get(REACH_SEND_ALARM))?.scheduledTime).toBe(planned.due);
    expect(await fakeBrowser.alarms.get(REACH_TICK_ALARM)).toBeTruthy();

    await reachTick(new Date(planned.due));
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0]!;
    expect(url).toBe(`${ENDPOINT}/v1/report`);
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    expect(init.headers).toEqual({ 'content-type': 'application/json' });
    const body = init.body as string;
    expect(new TextEncoder().encode(body).length).toBe(REPORT_BYTES);
    expect(JSON.parse(body)).toMatchObject({
      v: 1,
      day: '2026-11-21',
      region: 'NL',
      lang: 'nl',
      campaign: 'SPRING-27',
      version: '1.2.3',
      counts: { shown: 3, help: 1, selfhelp: 0, safe: 0, continued: 0, pause: 50 },
    });
    expect(await stored()).toMatchObject({ queue: [], sent: '2026-11-21', due: 0 });

    // The same day again: nothing more.
    await reachTick(new Date(planned.due + 3_600_000));
    expect(calls).toHaveLength(1);
  });

  it('offline: tried again after the backoff, and sent when the network is back', async () => {
    await settings({ enabled: true, endpoint: ENDPOINT });
    await reachTick(NOW);
    const due = (await stored())!.due;
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    await reachTick(new Date(due));
    const retry = (await stored())!;
    expect(retry).toMatchObject({ failures: 1, queue: ['2026-11-21'] });
    expect(retry.due - due).toBeGreaterThanOrEqual(4 * 60_000);
    answer = async () => new Response(null, { status: 204 });
    await reachTick(new Date(retry.due));
    expect(calls).toHaveLength(2);
    expect(await stored()).toMatchObject({ failures: 0, queue: [], sent: '2026-11-21' });
  });

  it('a 400 drops that report; a 503 keeps it', async () => {
    await settings({ enabled: true, endpoint: ENDPOINT });
    await reachTick(NOW);
    const due = (await stored())!.due;
    answer = async () => new Response('{"error":"x"}', { status: 503 });
    await reachTick(new Date(due));
    const after503 = (await stored())!;
    expect(after503.queue).toEqual(['2026-11-21']);
    answer = async () => new Response('{"error":"x"}', { status: 400 });
    await reachTick(new Date(after503.due));
    expect(await stored()).toMatchObject({ queue: [], sent: '', due: 0 });
  });

  it('after a week offline, reports older than 7 days are dropped unsent', async () => {
    await settings({ enabled: true, endpoint: ENDPOINT });
    await fakeBrowser.storage.local.set({
      [REACH_STATE_KEY]: {
        v: 1,
        seen: '2026-11-12',
        queue: ['2026-11-11', '2026-11-12'],
        due: NOW.getTime() - 1000,
        failures: 9,
        sent: '',
      },
    });
    await reachTick(NOW);
    // 11 and 12 November are more than 7 days before 22 November: only 21 November goes out.
    expect(calls.map((c) => JSON.parse(c.init.body as string).day)).toEqual(['2026-11-21']);
    expect(await stored()).toMatchObject({ queue: [], sent: '2026-11-21' });
  });

  it('opting out forgets the queue and the alarms', async () => {
    await settings({ enabled: true, endpoint: ENDPOINT });
    await reachTick(NOW);
    await settings({ enabled: false, endpoint: ENDPOINT });
    await reachTick(NOW);
    expect(await stored()).toBeUndefined();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('the incognito copy never sends', async () => {
    (fakeBrowser.extension as { inIncognitoContext: boolean }).inIncognitoContext = true;
    try {
      await settings({ enabled: true, endpoint: ENDPOINT });
      await fakeBrowser.storage.local.set({
        [REACH_STATE_KEY]: {
          v: 1,
          seen: '2026-11-22',
          queue: ['2026-11-21'],
          due: 1,
          failures: 0,
          sent: '',
        },
      });
      await reachTick(NOW);
      expect(calls).toEqual([]);
    } finally {
      (fakeBrowser.extension as { inIncognitoContext: boolean }).inIncognitoContext = false;
    }
  });
});
