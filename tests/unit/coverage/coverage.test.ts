import { describe, expect, it } from 'vitest';
import {
  badgeText,
  COVERAGE_LANGUAGES,
  COVERAGE_STRINGS,
  coverageIssues,
  patternCovers,
  readPending,
  sitesLacking,
  type BrowserKind,
  type CoverageFacts,
  type IssueKind,
} from '../../../lib/coverage';
import { matchPatterns } from '../../../lib/search/match-patterns';
import { SITES, type SearchSite } from '../../../lib/search/registry';

const FINE: CoverageFacts = {
  browser: 'chrome',
  privateWindows: true,
  sitesWithoutAccess: [],
  siteCount: 26,
  ownSitesWithoutAccess: [],
  pending: null,
  active: true,
};
const at = (iso: string) => Date.parse(iso);

describe('coverageIssues', () => {
  const cases: Array<[string, Partial<CoverageFacts>, IssueKind[]]> = [
    ['all fine', {}, []],
    ['private windows unknown (the browser did not say)', { privateWindows: null }, []],
    ['private windows not allowed', { privateWindows: false }, ['private-windows']],
    ['a known site without access', { sitesWithoutAccess: ['Bing'] }, ['sites']],
    ['an own site without access', { ownSitesWithoutAccess: ['example.org'] }, ['own-sites']],
    ['a change waiting', { pending: { count: 1, earliest: at('2026-03-14T10:00Z') } }, ['pending']],
    ['switched off', { active: false }, ['off']],
    [
      'everything at once, most serious first',
      {
        active: false,
        privateWindows: false,
        sitesWithoutAccess: ['Bing'],
        ownSitesWithoutAccess: ['example.org'],
        pending: { count: 2, earliest: 0 },
      },
      ['off', 'private-windows', 'sites', 'own-sites', 'pending'],
    ],
  ];
  it.each(cases)('%s', (_, change, kinds) => {
    const issues = coverageIssues({ ...FINE, ...change }, 'en');
    expect(issues.map((i) => i.kind)).toEqual(kinds);
    expect(badgeText(issues)).toBe(kinds.length ? '!' : '');
  });

  const steps: Array<[BrowserKind, string]> = [
    ['chrome', 'Allow in Incognito'],
    ['edge', 'Allow in InPrivate'],
    ['firefox', 'Run in Private Windows'],
  ];
  it.each(steps)('private windows: steps for %s', (browser, label) => {
    const [issue] = coverageIssues({ ...FINE, browser, privateWindows: false }, 'en');
    expect(issue!.steps.join(' ')).toContain(label);
    expect(issue!.severity).toBe('high');
  });

  it('names how many sites lack access, and lists them only as data for "which sites"', () => {
    const [issue] = coverageIssues({ ...FINE, sitesWithoutAccess: ['Bing', 'Yahoo'] }, 'nl');
    expect(issue!.body).toContain('2 van de 26');
    expect(issue!.body).not.toContain('Bing');
    expect(issue!.sites).toEqual(['Bing', 'Yahoo']);
  });

  it('says when the first waiting change takes effect, one or many', () => {
    const time = (ms: number) => new Date(ms).toISOString();
    const one = coverageIssues(
      { ...FINE, pending: { count: 1, earliest: at('2026-03-14T10:00Z') } },
      'en',
      time,
    )[0]!;
    expect(one.body).toContain('2026-03-14T10:00:00.000Z');
    expect(one.severity).toBe('info');
    const many = coverageIssues({ ...FINE, pending: { count: 3, earliest: 0 } }, 'fr', time)[0]!;
    expect(many.body).toMatch(/^3 changements/);
  });

  it('fills every placeholder in every language and browser', () => {
    const all: CoverageFacts = {
      browser: 'chrome',
      privateWindows: false,
      sitesWithoutAccess: ['Bing'],
      siteCount: 26,
      ownSitesWithoutAccess: ['example.org'],
      pending: { count: 2, earliest: at('2026-03-14T10:00Z') },
      active: false,
    };
    for (const lang of COVERAGE_LANGUAGES) {
      for (const browser of ['chrome', 'edge', 'firefox'] as const) {
        for (const issue of coverageIssues({ ...all, browser }, lang)) {
          expect(issue.title + issue.body + issue.steps.join()).not.toMatch(/[{}]/);
          expect(issue.steps.length).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('strings', () => {
  it('has every key, and as many steps per browser, in every language', () => {
    const shape = (x: unknown): unknown =>
      Array.isArray(x)
        ? x.length
        : typeof x === 'object' && x
          ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, shape(v)]))
          : typeof x;
    for (const lang of COVERAGE_LANGUAGES) {
      expect(shape(COVERAGE_STRINGS[lang]), lang).toEqual(shape(COVERAGE_STRINGS.en));
    }
  });

  it('quotes the browser address to type in each language', () => {
    for (const lang of COVERAGE_LANGUAGES) {
      const s = COVERAGE_STRINGS[lang];
      expect(s.privateSteps.chrome[0]).toContain('chrome://extensions');
      expect(s.privateSteps.edge[0]).toContain('edge://extensions');
      expect(s.privateSteps.firefox[0]).toContain('about:addons');
    }
  });
});

describe('patternCovers', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*://www.bing.com/*', 'www.bing.com', true],
    ['https://www.bing.com/*', 'www.bing.com', true],
    ['http://www.bing.com/*', 'www.bing.com', false],
    ['*://bing.com/*', 'www.bing.com', false],
    ['*://*.bing.com/*', 'www.bing.com', true],
    ['*://*.bing.com/*', 'bing.com', true],
    ['*://*.bing.com/*', 'notbing.com', false],
    ['*://*/*', 'www.bing.com', true],
    ['<all_urls>', 'www.bing.com', true],
    ['*://WWW.Bing.com/*', 'www.bing.com', true],
    ['file:///*', 'www.bing.com', false],
    ['nonsense', 'www.bing.com', false],
  ];
  it.each(cases)('%s covers %s: %s', (pattern, host, expected) => {
    expect(patternCovers(pattern, host)).toBe(expected);
  });
});

describe('sitesLacking', () => {
  const a: SearchSite = {
    id: 'a',
    name: 'A',
    kind: 'engine',
    hosts: ['a.test', 'www.a.test'],
    routes: [],
  };
  const b: SearchSite = { id: 'b', name: 'B', kind: 'engine', hosts: ['b.test'], routes: [] };
  const cases: Array<[string, string[], string[]]> = [
    ['everything granted', ['*://a.test/*', '*://www.a.test/*', '*://b.test/*'], []],
    ['one host of a site missing', ['*://a.test/*', '*://b.test/*'], ['a']],
    ['nothing granted ("on click")', [], ['a', 'b']],
    ['all sites through a broad grant', ['*://*/*'], []],
  ];
  it.each(cases)('%s', (_, granted, lacking) => {
    expect(sitesLacking(granted, [a, b]).map((s) => s.id)).toEqual(lacking);
  });

  it('finds no gap with exactly the manifest patterns granted', () => {
    expect(sitesLacking(matchPatterns(), SITES)).toEqual([]);
  });

  it('finds the one site whose patterns were removed', () => {
    const bing = SITES.find((s) => s.id === 'bing')!;
    const removed = new Set(bing.hosts.map((h) => `*://${h}/*`));
    const granted = matchPatterns().filter((p) => !removed.has(p));
    expect(sitesLacking(granted, SITES).map((s) => s.id)).toEqual(['bing']);
  });
});

describe('readPending', () => {
  const cases: Array<[string, unknown, ReturnType<typeof readPending>]> = [
    ['absent', undefined, null],
    ['not an object', 'x', null],
    ['no changes', { v: 1, changes: [] }, null],
    ['changes not a list', { v: 1, changes: {} }, null],
    [
      'one change',
      { v: 1, changes: [{ id: 'x', kind: 'active', applyAt: 5 }] },
      { count: 1, earliest: 5 },
    ],
    [
      'the earliest of several, unknown fields ignored',
      {
        v: 1,
        changes: [
          { id: 'a', kind: 'strictness', applyAt: 9, extra: true },
          { id: 'b', kind: 'active', applyAt: 3 },
        ],
      },
      { count: 2, earliest: 3 },
    ],
    ['no readable time', { v: 1, changes: [{ id: 'a', applyAt: 'soon' }, null] }, null],
  ];
  it.each(cases)('%s', (_, raw, expected) => {
    expect(readPending(raw)).toEqual(expected);
  });
});
