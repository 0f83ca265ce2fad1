/**
 * What a search page needs to decide: the shipped lists (bundled, unpacked while storage
 * answers) and the person's record from storage (personal rules, lists switched off, own sites),
 * read once at `document_start` and kept current while the page lives.
 */
import { compiled } from 'virtual:keerpunt-shipped-lists';
import { Matcher, type CompiledSet } from '@/lib/matching';
import { guardMatcher } from '@/lib/matching/guarded';
import { unpack } from '@/lib/matching/packed';
import { toSearchSite } from '@/lib/search/custom-site';
import { extractQuery, type ExtractedQuery } from '@/lib/search/extract-query';
import { SITES, type SearchSite } from '@/lib/search/registry';
import { resultsUrlFor } from '@/lib/search/results-url';
import { GUARD_KEY, parseGuard, type GuardRecord } from '@/lib/settings/guard';
import { guardSettings, type Settings, type Strictness } from '@/lib/settings/settings';
import { fromBase64 } from '@/lib/util/base64';

const SETTINGS_KEY = 'settings';

let shipped: CompiledSet | null = null;

/** One read for both records: it costs the same as one (DESIGN.md: ~17 ms). */
function readRecords(): Promise<Record<string, unknown>> {
  // Awaited in start(); an invalidated context (extension updated) fails, handled there.
  try {
    const read = browser.storage.local.get([GUARD_KEY, SETTINGS_KEY]);
    read.catch(() => undefined);
    return read;
  } catch (error) {
    return Promise.reject(error);
  }
}

function shippedSet(): CompiledSet {
  return (shipped ??= unpack(fromBase64(compiled)));
}

export class Guard {
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

  /** The storage read, started first thing: unpacking the shipped set overlaps it. */
  private stored = readRecords();

  /** Reads the record; resolves once the verdicts include the person's own rules and sites. */
  async start(): Promise<void> {
    // The shipped set is unpacked while storage answers, in a task of its own: not in the
    // script's first run, which the page's parser waits for (bench/e2e/README.md).
    setTimeout(shippedSet);
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      if (GUARD_KEY in changes) this.apply(changes[GUARD_KEY]!.newValue);
      if (SETTINGS_KEY in changes) this.settle(changes[SETTINGS_KEY]!.newValue);
    });
    try {
      const stored = await this.stored;
      this.apply(stored[GUARD_KEY]);
      this.settle(stored[SETTINGS_KEY]);
    } catch {
      // An invalidated context (extension updated) cannot read; the shipped lists still guard.
    }
    this.ready = true;
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
    const record: GuardRecord = parseGuard(raw);
    this.matcher = guardMatcher(shippedSet(), record);
    this.sites = record.sites.length ? [...SITES, ...record.sites.map(toSearchSite)] : SITES;
  }

  /** The query of a results-page URL on a covered site, or null. */
  queryOf(url: string): ExtractedQuery | null {
    return extractQuery(url, this.sites);
  }

  /** The site entry for a host, if covered. */
  siteOf(host: string): SearchSite | undefined {
    const h = host.replace(/\.$/, '');
    return this.sites.find((s) => s.hosts.includes(h));
  }

  isRisky(text: string): boolean {
    // Switched off (after its cooling-off): nothing is caught, every page is revealed.
    if (!this.active) return false;
    return (this.matcher ??= new Matcher([shippedSet()])).match(text).match;
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
