/**
 * "Continue to the results" in the pause and gentle modes (DESIGN.md "What Keerpunt can and
 * cannot keep private"): the caught search's URL is held in memory (`storage.session`), for that
 * one tab, for at most five minutes; continuing turns it into a short pass that lets exactly that
 * URL through once more in that tab. Pure: the times are given.
 */
import type { Strictness } from './settings';

/** How long a caught search's URL is held at most. */
export const HOLD_MS = 5 * 60_000;
/** How long a pass lets its URL through (the page load it was made for). */
export const PASS_MS = 15_000;
/** The wait before continuing in pause mode. */
export const PAUSE_WAIT_MS = 30_000;

export interface Held {
  url: string;
  /** When it was caught (ms since the epoch). */
  at: number;
}

export interface Pass {
  url: string;
  until: number;
}

export type ContinueVerdict =
  | { ok: true; url: string }
  | { ok: false; reason: 'strict' | 'nothing' }
  | { ok: false; reason: 'wait'; waitMs: number };

/** Whether the person may continue now, and where to. */
export function mayContinue(
  strictness: Strictness,
  held: Held | undefined,
  now: number,
): ContinueVerdict {
  if (strictness === 'strict') return { ok: false, reason: 'strict' };
  if (!held || !isHeld(held, now)) return { ok: false, reason: 'nothing' };
  const waitMs = strictness === 'pause' ? held.at + PAUSE_WAIT_MS - now : 0;
  if (waitMs > 0) return { ok: false, reason: 'wait', waitMs };
  return { ok: true, url: held.url };
}

/** Whether a held URL is still within its five minutes. */
export function isHeld(held: Held, now: number): boolean {
  return now >= held.at && now - held.at <= HOLD_MS;
}

export function passFor(url: string, now: number): Pass {
  return { url, until: now + PASS_MS };
}

/** Whether `pass` lets `url` through now. */
export function passes(pass: Pass | undefined, url: string, now: number): boolean {
  return pass !== undefined && pass.url === url && now <= pass.until;
}

/** A stored value as a Held, or undefined when it is not one. */
export function parseHeld(raw: unknown): Held | undefined {
  const r = raw as Partial<Held> | null | undefined;
  return typeof r?.url === 'string' && Number.isFinite(r.at)
    ? { url: r.url, at: r.at! }
    : undefined;
}

export function parsePass(raw: unknown): Pass | undefined {
  const r = raw as Partial<Pass> | null | undefined;
  return typeof r?.url === 'string' && Number.isFinite(r.until)
    ? { url: r.url, until: r.until! }
    : undefined;
}
