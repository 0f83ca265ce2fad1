/**
 * The collector's storage: marginals per day × one dimension (never the cross product), registered
 * campaigns, dashboard users, API tokens and sessions (tokens and sessions only as SHA-256 hashes).
 * Two implementations with the same behaviour: SQLite (default) and PostgreSQL.
 */
import type { ValidReport } from '../../../lib/reach/wire';
import { COUNT_KEYS } from '../../../lib/reach/wire';
import type { DailyRow } from '../grid';

export const DIMS = ['region', 'lang', 'campaign', 'variant', 'version'] as const;
export type Dim = (typeof DIMS)[number];
export const isDim = (s: string): s is Dim => (DIMS as readonly string[]).includes(s);

/** The campaign value stored for a code nobody registered. */
export const OTHER_CAMPAIGN = 'other';

/** A daily row of one dimension's value. */
export type ValueRow = DailyRow & { value: string };

export interface Store {
  /** 'sqlite: <path>' or 'postgresql', for the start-up line. */
  readonly label: string;
  /**
   * Adds a batch of valid reports in ONE transaction: either all of them count or none. Campaigns
   * not registered are counted as OTHER_CAMPAIGN.
   */
  addReports(reports: readonly ValidReport[]): Promise<void>;
  /** Sums per day, from..to inclusive: all reports (no filter) or those with dim = value. */
  daily(from: string, to: string, filter?: { dim: Dim; value: string }): Promise<DailyRow[]>;
  /** Per day and value of one dimension, from..to inclusive. */
  dailyByValue(from: string, to: string, dim: Dim): Promise<ValueRow[]>;

  addCampaign(code: string): Promise<void>;
  campaigns(): Promise<string[]>;
  /** Creates or replaces a user's password hash (`scrypt$N$r$p$salt$hash`). */
  setUser(name: string, hash: string): Promise<void>;
  userHash(name: string): Promise<string | undefined>;
  addToken(hash: string, name: string, created: number): Promise<void>;
  hasToken(hash: string): Promise<boolean>;
  addSession(hash: string, user: string, expires: number): Promise<void>;
  /** Whether the session exists and expires after `now` (ms); expired ones are removed. */
  hasSession(hash: string, now: number): Promise<boolean>;
  deleteSession(hash: string): Promise<void>;
  close(): Promise<void>;
}

/** One marginal's delta: a row key and the sums to add to it. */
export interface Delta {
  day: string;
  dim: Dim;
  value: string;
  reports: number;
  counts: number[]; // in COUNT_KEYS order
}

/**
 * A batch summed in memory per (day, dim, value), so that each marginal is written once per batch
 * however many reports touch it.
 */
export function batchDeltas(reports: readonly ValidReport[], campaigns: Set<string>): Delta[] {
  const deltas = new Map<string, Delta>();
  for (const r of reports) {
    const campaign = r.campaign === '' || campaigns.has(r.campaign) ? r.campaign : OTHER_CAMPAIGN;
    const values: [Dim, string][] = [
      ['region', r.region],
      ['lang', r.lang],
      ['campaign', campaign],
      ['variant', r.variant],
      ['version', r.version],
    ];
    for (const [dim, value] of values) {
      const key = `${r.day}\u0000${dim}\u0000${value}`;
      let d = deltas.get(key);
      if (!d) {
        d = { day: r.day, dim, value, reports: 0, counts: [0, 0, 0, 0, 0, 0] };
        deltas.set(key, d);
      }
      d.reports++;
      for (let i = 0; i < COUNT_KEYS.length; i++) d.counts[i]! += r.counts[COUNT_KEYS[i]!];
    }
  }
  return [...deltas.values()];
}
