/**
 * Every change to protection goes through here ([4/6] "Easy to tighten, hard to loosen"): a change
 * that weakens it waits the cooling-off period (lib/settings/pending.ts decides), one that
 * strengthens it applies at once. With cooling-off `none` everything applies at once. The
 * primitives in utils/rules.ts and utils/settings.ts apply; nothing else should call their
 * weakening ones.
 *
 * The time is a parameter (`now`, default the caller's clock): the options page applies due
 * changes with its own clock when it opens and while it is open, the background on an alarm and
 * at startup (entrypoints/background/pending.ts).
 */
import type { CustomSite } from '@/lib/search/custom-site';
import { sitePattern } from '@/lib/search/custom-site';
import {
  entryKey,
  hashTermWith,
  keyFromBase64,
  keysInUse,
  type PersonalRecord,
} from '@/lib/settings/personal';
import {
  cancel,
  decide,
  parsePending,
  PENDING_KEY,
  takeDue,
  waitingFor,
  type ChangeRequest,
  type Current,
  type PendingChange,
  type PendingRecord,
} from '@/lib/settings/pending';
import type { CoolingOff, PinHash, Strictness } from '@/lib/settings/settings';
import {
  addCustomSite,
  addPersonalTerm,
  loadRules,
  removeCustomSite,
  removePersonalEntry,
  setListOn,
} from './rules';
import { loadSettings, saveSettings } from './settings';
import { randomId } from '@/lib/util/random-id';

/** Taken before the rules' lock, never inside it, so the two cannot deadlock. */
const LOCK = 'keerpunt:pending';

export type Outcome =
  { outcome: 'applied' | 'unchanged' } | { outcome: 'pending'; applyAt: number; id: string };

export async function loadPending(): Promise<PendingRecord> {
  const stored = await browser.storage.local.get(PENDING_KEY);
  return parsePending(stored[PENDING_KEY]);
}

/** Calls `listener` with the new record whenever it changes. */
export function watchPending(listener: (record: PendingRecord) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PENDING_KEY in changes) {
      listener(parsePending(changes[PENDING_KEY]!.newValue));
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

async function current(): Promise<Current> {
  const [settings, rules] = await Promise.all([loadSettings(), loadRules()]);
  return {
    strictness: settings.strictness,
    coolingOff: settings.coolingOff,
    active: settings.active,
    pin: settings.pin !== null,
    off: rules.guard.off,
    sites: rules.guard.sites.map((s) => s.host),
    entries: rules.personal.entries.map((e) => e.id),
  };
}

function write(record: PendingRecord): Promise<void> {
  return browser.storage.local.set({ [PENDING_KEY]: record });
}

/** Decides a request; applies it (with `apply`) when it does not wait. */
async function request(
  req: ChangeRequest,
  apply: () => Promise<unknown>,
  now: number,
): Promise<Outcome> {
  return navigator.locks.request(LOCK, async () => {
    const [pending, cur] = await Promise.all([loadPending(), current()]);
    const decision = decide(pending, req, cur, now, randomId());
    if (decision.outcome === 'apply') await apply();
    if (decision.record !== pending) await write(decision.record);
    if (decision.outcome === 'wait') {
      return { outcome: 'pending', applyAt: decision.change.applyAt, id: decision.change.id };
    }
    return { outcome: decision.outcome === 'apply' ? 'applied' : 'unchanged' };
  });
}

/** Makes a waiting (or immediate weakening) change happen. Each is idempotent. */
async function applyChange(change: Pick<PendingChange, 'kind' | 'target' | 'value'>) {
  switch (change.kind) {
    case 'remove-term':
      return removePersonalEntry(change.target!);
    case 'list-off':
      return setListOn(change.target!, false);
    case 'remove-site':
      return dropSite(change.target!);
    case 'strictness':
      return saveSettings({ strictness: change.value as Strictness });
    case 'cooling-off':
      return saveSettings({ coolingOff: change.value as CoolingOff });
    case 'switch-off':
      return saveSettings({ active: false });
    case 'remove-pin':
      return saveSettings({ pin: null });
  }
}

/** Removes an own site and gives back its host access (Keerpunt no longer needs it). */
async function dropSite(host: string): Promise<void> {
  const site = (await loadRules()).guard.sites.find((s) => s.host === host);
  await removeCustomSite(host);
  if (!site) return;
  try {
    await browser.permissions.remove({ origins: [sitePattern(site)] });
  } catch {
    // Not ours to give back (another site shares it) or refused: the site is removed either way.
  }
}

/**
 * Applies the changes whose time has come, oldest first, and stores the rest (re-anchored when
 * the clock was set back). A change that fails to apply stays waiting and is tried again.
 */
export async function applyDue(now: number = Date.now()): Promise<PendingChange[]> {
  return navigator.locks.request(LOCK, async () => {
    const { due, record, changed } = takeDue(await loadPending(), now);
    const applied: PendingChange[] = [];
    const failed: PendingChange[] = [];
    for (const change of due) {
      try {
        await applyChange(change);
        applied.push(change);
      } catch {
        failed.push(change);
      }
    }
    if (changed) await write({ v: 1, changes: [...failed, ...record.changes] });
    return applied;
  });
}

/** The person cancels a waiting change (strengthening: at once). */
export async function cancelChange(id: string): Promise<void> {
  return navigator.locks.request(LOCK, async () => {
    const pending = await loadPending();
    await write(cancel(pending, id));
  });
}

export function removeTerm(id: string, now: number = Date.now()): Promise<Outcome> {
  const req = { kind: 'remove-term', target: id } as const;
  return request(req, () => applyChange(req), now);
}

/**
 * Removes the entries made from the same text: the text is only hashed (with each key in use,
 * as `removeByText` does), to find the entries' ids; what may wait holds those ids, never the
 * text. Null when no entry has that text.
 */
export async function removeTermByText(
  text: string,
  now: number = Date.now(),
): Promise<Outcome | null> {
  const ids = entriesFor((await loadRules()).personal, text);
  if (ids.length === 0) return null;
  let out: Outcome = { outcome: 'unchanged' };
  for (const id of ids) out = await removeTerm(id, now);
  return out;
}

/** The ids of the entries made from `text`, under whichever key each was hashed with. */
function entriesFor(record: PersonalRecord, text: string): string[] {
  const hashed = new Map<string, string>();
  for (const key of keysInUse(record)) {
    const h = hashTermWith(keyFromBase64(key), text);
    if (typeof h === 'string') hashed.set(key, h);
  }
  return record.entries.filter((e) => hashed.get(entryKey(record, e)) === e.rule).map((e) => e.id);
}

/**
 * Adds a term. Typing a term that is waiting to be removed keeps it: the removal is cancelled
 * (`kept`).
 */
export async function addTerm(
  text: string,
  now: number = Date.now(),
): Promise<{ ok: true; kept?: true } | { ok: false; reason: string }> {
  const added = await addPersonalTerm(text);
  if (added.ok) return added;
  const [{ personal }, pending] = await Promise.all([loadRules(), loadPending()]);
  const waiting = entriesFor(personal, text).filter((id) => waitingFor(pending, 'remove-term', id));
  if (waiting.length === 0) return added;
  for (const id of waiting) await request({ kind: 'add-term', target: id }, async () => {}, now);
  return { ok: true, kept: true };
}

export function setList(id: string, on: boolean, now: number = Date.now()): Promise<Outcome> {
  if (on) return request({ kind: 'list-on', target: id }, () => setListOn(id, true), now);
  const req = { kind: 'list-off', target: id } as const;
  return request(req, () => applyChange(req), now);
}

export function addSite(site: CustomSite, now: number = Date.now()): Promise<Outcome> {
  return request({ kind: 'add-site', target: site.host }, () => addCustomSite(site), now);
}

export function removeSite(host: string, now: number = Date.now()): Promise<Outcome> {
  const req = { kind: 'remove-site', target: host } as const;
  return request(req, () => applyChange(req), now);
}

export function setStrictness(value: Strictness, now: number = Date.now()): Promise<Outcome> {
  const req = { kind: 'strictness', value } as const;
  return request(req, () => applyChange(req), now);
}

export function setCoolingOff(value: CoolingOff, now: number = Date.now()): Promise<Outcome> {
  const req = { kind: 'cooling-off', value } as const;
  return request(req, () => applyChange(req), now);
}

export function setActive(on: boolean, now: number = Date.now()): Promise<Outcome> {
  if (on) return request({ kind: 'switch-on' }, () => saveSettings({ active: true }), now);
  return request({ kind: 'switch-off' }, () => applyChange({ kind: 'switch-off' }), now);
}

/** Sets or changes the PIN (at once; cancels a waiting removal). */
export function setPin(pin: PinHash, now: number = Date.now()): Promise<Outcome> {
  return request({ kind: 'set-pin' }, () => saveSettings({ pin }), now);
}

export function removePin(now: number = Date.now()): Promise<Outcome> {
  return request({ kind: 'remove-pin' }, () => applyChange({ kind: 'remove-pin' }), now);
}
