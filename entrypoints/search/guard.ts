/**
 * What a search page needs to decide, read from storage at `document_start` in one read: the
 * shipped lists (stored by the background, lib/settings/shipped.ts), the person's record
 * (personal rules, lists switched off, own sites) and settings, kept current while the page lives.
 */
import { id as SHIPPED_ID } from 'virtual:keerpunt-shipped-lists';
import { load, type CompiledSet, type Matcher } from '@/lib/matching';
import { guardMatcher } from '@/lib/matching/guarded';
import { toSearchSite } from '@/lib/search/custom-site';
import { extractQuery, type ExtractedQuery } from '@/lib/search/extract-query';
import { SITES, type SearchSite } from '@/lib/search/registry';
import { resultsUrlFor } from '@/lib/search/results-url';
import { parseGuard, type GuardRecord } from '@/lib/settings/guard';
import { GUARD_KEY, SETTINGS_KEY, SHIPPED_KEY } from '@/lib/settings/keys';
import { guardSettings, type Settings, type Strictness } from '@/lib/settings/settings';
import { readShipped } from '@/lib/settings/shipped';
import { askBackground } from '@/utils/messages';
import { readRecords } from './read';
/** How often a guard with no shipped lists asks the background for them. */
const ASK_EVERY_MS = 2000;

/** The set of a stored (or handed) record, if it is this build's and loads. */
function shippedSet(raw: unknown): CompiledSet | null {
  const bytes = readShipped(raw, SHIPPED_ID);
  if (!bytes) return null;
  try {
    return load(bytes);
  } catch {
    return null; // damaged: asked for again (see start)
  }
}

/**
 * The shipped lists from the background, when storage had no whole copy of this build's (the first
 * pages after an update, a record removed or damaged). Asked again every 2 s while unanswered (a
 * worker stopped at the wrong moment leaves a message unanswered) or answered with nothing of use;
 * meanwhile the page stays unpainted. Null only once this copy of the script is cut off from the
 * extension (updated or removed).
 */
async function shippedFromBackground(): Promise<CompiledSet | null> {
  while (browser.runtime?.id !== undefined) {
    const asked = Date.now();
    const set = shippedSet(await askBackground({ type: 'keerpunt:lists' }, ASK_EVERY_MS));
    if (set) return set;
    const left = ASK_EVERY_MS - (Date.now() - asked);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
  return null;
}

export class Guard {
  /** The shipped lists, once read (until then, and if they never come, nothing is decided). */
  private shipped: CompiledSet | null = null;
  private record: GuardRecord = parseGuard(undefined);
  /** Made when first asked (see `isRisky`): building it is not work the page's parser waits for. */
  private matcher: Matcher | null = null;
  private sites: readonly SearchSite[] = SITES;
  /** Whether the person's record has been read (until then: shipped lists, known sites). */
  ready = false;
  /** What a caught search allows (settings); strict until read. */
  strictness: Strictness = 'strict';
  /** Also remove a caught search from the history (settings; the background does it). */
  removeFromHistory = false;
  /** Protection switched on (settings); when off nothing is caught. On until read. */
  active = true;
  /** The help's language and region (settings), for the cover; the browser's until read. */
  language: Settings['language'] = 'auto';
  region = 'auto';

  private settleDecidable: () => void = () => undefined;
  /**
   * Resolves once verdicts can be given (the shipped lists are read), or once `start` gave up (this
   * copy cut off from the extension). Until then `canDecide` is false.
   */
  readonly decidable = new Promise<void>((resolve) => (this.settleDecidable = resolve));

  /** Whether the shipped lists are read, so that `isRisky` means what it says. */
  get canDecide(): boolean {
    return this.shipped !== null;
  }

  /**
   * `stored`: the storage read of the records (read.ts), started as early as the caller could: the
   * page's script starts it at its first line (first-read.ts); a fresh one by default.
   */
  constructor(private stored: Promise<Record<string, unknown>> | null = readRecords()) {}

  /**
   * Reads the records; resolves once the verdicts include the shipped lists and the person's own
   * rules and sites (or once this copy is cut off from the extension: then it decides nothing).
   */
  async start(): Promise<void> {
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      if (SHIPPED_KEY in changes) this.useShipped(shippedSet(changes[SHIPPED_KEY]!.newValue));
      if (GUARD_KEY in changes) this.apply(changes[GUARD_KEY]!.newValue);
      if (SETTINGS_KEY in changes) this.settle(changes[SETTINGS_KEY]!.newValue);
    });
    try {
      const stored = await this.stored!;
      // Not kept: the records hold the lists' 66 KB of base64, decoded below.
      this.stored = null;
      this.apply(stored[GUARD_KEY]);
      this.settle(stored[SETTINGS_KEY]);
      this.useShipped(shippedSet(stored[SHIPPED_KEY]) ?? (await shippedFromBackground()));
    } catch {
      // An invalidated context (extension updated) cannot read: the new copy decides.
    }
    this.ready = true;
    this.settleDecidable();
  }

  private useShipped(set: CompiledSet | null): void {
    if (!set) return;
    this.shipped = set;
    this.matcher = null;
    this.settleDecidable();
  }

  private settle(raw: unknown): void {
    ({
      strictness: this.strictness,
      removeFromHistory: this.removeFromHistory,
      active: this.active,
      language: this.language,
      region: this.region,
    } = guardSettings(raw));
  }

  private apply(raw: unknown): void {
    const record = (this.record = parseGuard(raw));
    this.matcher = null;
    this.sites = record.sites.length ? [...SITES, ...record.sites.map(toSearchSite)] : SITES;
  }

  /** The last `queryOf` answer: a clean page asks for its own address three or four times. */
  private lastQuery: { url: string; sites: readonly SearchSite[]; query: ExtractedQuery | null } = {
    url: '',
    sites: [],
    query: null,
  };

  /** The query of a results-page URL on a covered site, or null. */
  queryOf(url: string): ExtractedQuery | null {
    const last = this.lastQuery;
    if (last.url === url && last.sites === this.sites) return last.query;
    const query = extractQuery(url, this.sites);
    this.lastQuery = { url, sites: this.sites, query };
    return query;
  }

  /** The site entry for a host, if covered. */
  siteOf(host: string): SearchSite | undefined {
    const h = host.replace(/\.$/, '');
    return this.sites.find((s) => s.hosts.includes(h));
  }

  /**
   * Whether `text` matches. Before the shipped lists are read (the first ~17 ms of a page, which
   * stays unpainted if it is a results page) nothing is: a search started from the page in that
   * moment reaches a results page, which is decided before it paints, and a navigation inside the
   * page to a results address is held until they are (listeners.ts, `canDecide`).
   */
  isRisky(text: string): boolean {
    // Switched off (after its cooling-off): nothing is caught, every page is revealed.
    if (!this.active || !this.shipped) return false;
    return (this.matcher ??= guardMatcher(this.shipped, this.record)).match(text).match;
  }

  /** The results URL a search for `text` from this page's box would open, if it can be made. */
  resultsUrl(text: string): string | null {
    const site = this.siteOf(location.hostname);
    return site ? resultsUrlFor(site, location.hostname, text) : null;
  }

  /** Whether a results-page URL carries a risky query. */
  isRiskyUrl(url: string): boolean {
    const q = this.queryOf(url);
    return q !== null && this.isRisky(q.query);
  }
}
