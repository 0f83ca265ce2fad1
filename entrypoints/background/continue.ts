/**
 * "Continue to the results" (pause and gentle modes): the background holds a caught search's URL
 * per tab in `storage.session` (memory only, never on disk) for at most five minutes, and turns it
 * into a short pass when the person continues. Strict mode holds nothing.
 */
import {
  HOLD_MS,
  isHeld,
  mayContinue,
  parseHeld,
  parsePass,
  passes,
  passFor,
  type Held,
} from '@/lib/settings/continue';
import type { ContinueAnswer, HeldAnswer } from '@/utils/messages';
import { recordEvent } from '@/utils/counters';
import { loadSettings } from '@/utils/settings';

const heldKey = (tab: number) => `held:${tab}`;
const passKey = (tab: number) => `pass:${tab}`;

async function read(key: string): Promise<unknown> {
  return (await browser.storage.session.get(key))[key];
}

export async function hold(tab: number, url: string, now = Date.now()): Promise<void> {
  const { strictness } = await loadSettings();
  if (strictness === 'strict') return;
  const held: Held = { url, at: now };
  await browser.storage.session.set({ [heldKey(tab)]: held });
  // "At most five minutes" is kept even when nothing else happens: an alarm forgets it.
  await browser.alarms.create(`${FORGET_ALARM}:${tab}`, { when: now + HOLD_MS + 1000 });
}

export const FORGET_ALARM = 'keerpunt:forget-held';

/** Removes every held URL past its five minutes, and every expired pass. */
export async function forgetExpired(now = Date.now()): Promise<void> {
  const all = await browser.storage.session.get(null);
  const stale = Object.entries(all)
    .filter(([key, value]) => {
      if (key.startsWith('held:')) {
        const held = parseHeld(value);
        return !held || !isHeld(held, now);
      }
      if (key.startsWith('pass:')) {
        const pass = parsePass(value);
        return !pass || now > pass.until;
      }
      return false;
    })
    .map(([key]) => key);
  if (stale.length) await browser.storage.session.remove(stale);
}

export async function held(tab: number, now = Date.now()): Promise<HeldAnswer> {
  const { strictness } = await loadSettings();
  const stored = parseHeld(await read(heldKey(tab)));
  const verdict = mayContinue(strictness, stored, now);
  if (verdict.ok) return { available: true, waitMs: 0 };
  if (verdict.reason === 'wait') return { available: true, waitMs: verdict.waitMs };
  // An expired URL goes now (the alarm may not have run yet). When none was read, nothing is
  // removed: one being stored at this moment (the help page asks as it loads) would go with it.
  if (stored && !isHeld(stored, now)) await browser.storage.session.remove(heldKey(tab));
  return { available: false };
}

export async function continueTab(tab: number, now = Date.now()): Promise<ContinueAnswer> {
  const { strictness } = await loadSettings();
  const verdict = mayContinue(strictness, parseHeld(await read(heldKey(tab))), now);
  if (!verdict.ok) {
    // Already continued, the answer lost (the worker stopped before it answered): the same pass.
    const pass = verdict.reason === 'nothing' ? parsePass(await read(passKey(tab))) : undefined;
    return pass && now <= pass.until ? { ok: true, url: pass.url } : { ok: false };
  }
  // The pass first: a worker stopped in between leaves the held URL, so asking again works.
  await browser.storage.session.set({ [passKey(tab)]: passFor(verdict.url, now) });
  await browser.storage.session.remove(heldKey(tab));
  await recordEvent('continued').catch(() => undefined);
  return { ok: true, url: verdict.url };
}

/** Whether `url` may load in `tab` (a pass from continuing); the pass stays until it expires. */
export async function hasPass(tab: number, url: string, now = Date.now()): Promise<boolean> {
  return passes(parsePass(await read(passKey(tab))), url, now);
}

/** A closed tab takes its held URL and pass with it. */
export function forgetTab(tab: number): Promise<void> {
  return browser.storage.session.remove([heldKey(tab), passKey(tab)]);
}
