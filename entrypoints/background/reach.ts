/**
 * The anonymous reach sender (DESIGN.md "Anonymous reach — exactly"; schedule in
 * lib/reach/schedule.ts). Only when the person opted in and an endpoint is set; never from
 * Firefox (utils/reach.ts `REACH_SUPPORTED`) and never from Chrome's incognito copy (the normal
 * copy alone keeps the schedule, and reports the counts of both).
 *
 * Every hour the browser runs (alarm `reach:tick`), at start and when the settings change, the
 * day is noted; the send itself waits for the random time (alarm `reach:send`). The request
 * carries no cookie, credential, referrer or per-install value: only the 256-byte body.
 * Runs under one Web Lock, so two wake-ups never send the same report twice.
 */
import { dayKey } from '@/lib/counters/daily';
import { reportUrl } from '@/lib/reach/endpoint';
import {
  afterFailure,
  afterRefused,
  afterSent,
  dueDay,
  noteDay,
  type ReachState,
} from '@/lib/reach/schedule';
import {
  effectiveEndpoint,
  REACH_STATE_KEY,
  REACH_SUPPORTED,
  readReachState,
  reportBodyFor,
} from '@/utils/reach';
import { loadSettings } from '@/utils/settings';

export const REACH_TICK_ALARM = 'reach:tick';
export const REACH_SEND_ALARM = 'reach:send';
const TIMEOUT_MS = 30_000;

const active = () => REACH_SUPPORTED && !browser.extension?.inIncognitoContext;

async function save(state: ReachState): Promise<void> {
  await browser.storage.local.set({ [REACH_STATE_KEY]: state });
}

/** Posts one body; what the answer means for the schedule. */
async function post(endpoint: string, body: string): Promise<'sent' | 'refused' | 'failed'> {
  try {
    const response = await fetch(reportUrl(endpoint), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.ok) return 'sent';
    // A report the collector calls invalid will not become valid: not sent again.
    if (response.status >= 400 && response.status < 500 && response.status !== 429) {
      return 'refused';
    }
    return 'failed';
  } catch {
    return 'failed'; // offline, timeout, refused connection
  }
}

/** Notes the day, sends what is due, and sets the alarm for what is next. */
export async function reachTick(now: Date = new Date()): Promise<void> {
  if (!active()) return;
  await navigator.locks.request('keerpunt:reach', async () => {
    const settings = await loadSettings();
    const endpoint = effectiveEndpoint(settings);
    if (!settings.reach.enabled || endpoint === '') {
      // Opted out (or nowhere to send): nothing waits, nothing is planned.
      await browser.alarms.clear(REACH_SEND_ALARM);
      await browser.alarms.clear(REACH_TICK_ALARM);
      const stored = await browser.storage.local.get(REACH_STATE_KEY);
      if (stored[REACH_STATE_KEY] !== undefined)
        await browser.storage.local.remove(REACH_STATE_KEY);
      return;
    }
    await ensureTickAlarm();
    const today = dayKey(now);
    let state = noteDay(await readReachState(), today, now.getTime(), Math.random);
    const day = dueDay(state, today, now.getTime());
    if (day !== null) {
      const outcome = await post(endpoint, await reportBodyFor(day, settings));
      const at = now.getTime();
      state =
        outcome === 'sent'
          ? afterSent(state, day, at, Math.random)
          : outcome === 'refused'
            ? afterRefused(state, day, at, Math.random)
            : afterFailure(state, at, Math.random);
    }
    await save(state);
    if (state.due > 0) await browser.alarms.create(REACH_SEND_ALARM, { when: state.due });
    else await browser.alarms.clear(REACH_SEND_ALARM);
  });
}

async function ensureTickAlarm(): Promise<void> {
  if (!(await browser.alarms.get(REACH_TICK_ALARM))) {
    await browser.alarms.create(REACH_TICK_ALARM, { periodInMinutes: 60, delayInMinutes: 60 });
  }
}

/** Wires the sender into the background's events. */
export function startReach(): void {
  if (!active()) return;
  const tick = () => void reachTick().catch(() => {});
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REACH_TICK_ALARM || alarm.name === REACH_SEND_ALARM) tick();
  });
  browser.runtime.onStartup.addListener(tick);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) tick();
  });
  tick();
}
