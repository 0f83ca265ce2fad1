/**
 * The coverage check (DESIGN.md "Keeping results from being painted", last point): from the facts,
 * the things that keep Keerpunt from seeing searches, each in plain words with the steps for this
 * browser. Shown on this device only (popup, options, a neutral badge); reported to nobody.
 */
import type { CoverageFacts } from './facts';
import { COVERAGE_STRINGS, type CoverageLanguage } from './strings';

export type IssueKind = 'off' | 'private-windows' | 'sites' | 'own-sites' | 'pending';

/**
 * `high`: searches are not checked somewhere the person is likely to search (off, private
 * windows, known sites); `medium`: a narrower gap (a site they added); `info`: nothing is
 * unchecked yet (a weakening change is waiting).
 */
export type Severity = 'high' | 'medium' | 'info';

export interface CoverageIssue {
  kind: IssueKind;
  severity: Severity;
  title: string;
  body: string;
  steps: readonly string[];
  /** The sites concerned, shown only on request (a glance at the popup should not list them). */
  sites?: readonly string[];
}

export function coverageIssues(
  facts: CoverageFacts,
  lang: CoverageLanguage,
  formatTime: (ms: number) => string = (ms) => defaultTime(ms, lang),
): CoverageIssue[] {
  const t = COVERAGE_STRINGS[lang];
  const b = facts.browser;
  const issues: CoverageIssue[] = [];
  if (!facts.active) {
    issues.push({
      kind: 'off',
      severity: 'high',
      title: t.offTitle,
      body: t.offBody,
      steps: t.offSteps,
    });
  }
  if (facts.privateWindows === false) {
    issues.push({
      kind: 'private-windows',
      severity: 'high',
      title: t.privateTitle,
      body: t.privateBody,
      steps: t.privateSteps[b],
    });
  }
  if (facts.sitesWithoutAccess.length > 0) {
    issues.push({
      kind: 'sites',
      severity: 'high',
      title: t.sitesTitle,
      body: fill(t.sitesBody, {
        count: String(facts.sitesWithoutAccess.length),
        total: String(facts.siteCount),
      }),
      steps: t.sitesSteps[b],
      sites: facts.sitesWithoutAccess,
    });
  }
  if (facts.ownSitesWithoutAccess.length > 0) {
    issues.push({
      kind: 'own-sites',
      severity: 'medium',
      title: t.ownTitle,
      body: fill(t.ownBody, { count: String(facts.ownSitesWithoutAccess.length) }),
      steps: t.ownSteps[b],
      sites: facts.ownSitesWithoutAccess,
    });
  }
  if (facts.pending) {
    const { count, earliest } = facts.pending;
    issues.push({
      kind: 'pending',
      severity: 'info',
      title: t.pendingTitle,
      body: fill(count === 1 ? t.pendingOne : t.pendingMany, {
        count: String(count),
        time: formatTime(earliest),
      }),
      steps: t.pendingSteps,
    });
  }
  return issues;
}

/** The toolbar badge: a neutral mark when anything needs a look, never a count. */
export function badgeText(issues: readonly CoverageIssue[]): string {
  return issues.length > 0 ? '!' : '';
}

function defaultTime(ms: number, lang: CoverageLanguage): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
}
