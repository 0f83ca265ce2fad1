/**
 * Coverage (lib/coverage): where Keerpunt cannot see searches, with the steps for this browser;
 * and Discretion: the optional removal of caught searches from the history. `IssueList` and
 * `useCoverage` are shared with the toolbar popup.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  COVERAGE_STRINGS,
  type CoverageIssue,
  type CoverageLanguage,
  type CoverageStrings,
} from '@/lib/coverage';
import type { Settings } from '@/lib/settings/settings';
import { currentIssues, watchCoverage } from '@/utils/coverage';
import { saveSettings } from '@/utils/settings';

/** The issues now, kept current (permissions, settings, sites, waiting changes); null at first. */
export function useCoverage(lang: CoverageLanguage): CoverageIssue[] | null {
  const [issues, setIssues] = useState<CoverageIssue[] | null>(null);
  useEffect(() => {
    let live = true;
    const update = () => void currentIssues(lang).then((i) => live && setIssues(i));
    update();
    const unwatch = watchCoverage(update);
    return () => {
      live = false;
      unwatch();
    };
  }, [lang]);
  return issues;
}

export function IssueList({ issues, t }: { issues: CoverageIssue[]; t: CoverageStrings }) {
  return (
    <ul class="coverage-issues" data-testid="coverage-issues">
      {issues.map((issue) => (
        <li
          key={issue.kind}
          class={`coverage-issue coverage-${issue.severity}`}
          data-testid={`coverage-${issue.kind}`}
        >
          <h3>{issue.title}</h3>
          <p>{issue.body}</p>
          {issue.sites && issue.sites.length > 0 && (
            <details>
              <summary>{t.sitesShow}</summary>
              <p>{issue.sites.join(', ')}</p>
            </details>
          )}
          <ol>
            {issue.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}

export function Coverage({ settings, lang }: { settings: Settings; lang: CoverageLanguage }) {
  const t = COVERAGE_STRINGS[lang];
  const issues = useCoverage(lang);
  return (
    <>
      <section data-testid="coverage">
        <h2>{t.sectionTitle}</h2>
        {issues === null ? (
          <p>{t.checking}</p>
        ) : issues.length === 0 ? (
          <p data-testid="coverage-ok">{t.allFine}</p>
        ) : (
          <IssueList issues={issues} t={t} />
        )}
      </section>
      <Discretion t={t} settings={settings} />
    </>
  );
}

function Discretion({ t, settings }: { t: CoverageStrings; settings: Settings }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void browser.permissions.contains({ permissions: ['history'] }).then(setGranted);
  }, [settings.removeFromHistory]);
  const on = settings.removeFromHistory && granted === true;
  // The permission request comes first in the handler, before any await: browsers refuse a
  // request that does not directly follow the click.
  const toggle = (e: Event) => {
    const want = (e.currentTarget as HTMLInputElement).checked;
    if (want) {
      const request = browser.permissions.request({ permissions: ['history'] });
      void request.then(
        async (ok) => {
          setGranted(ok);
          if (!ok) {
            setStatus(t.historyDenied);
            return;
          }
          await saveSettings({ removeFromHistory: true });
          setStatus(t.historyOn);
        },
        () => setStatus(t.historyDenied),
      );
      return;
    }
    void (async () => {
      await saveSettings({ removeFromHistory: false });
      // Not needed any more: given back, so the browser no longer lists it.
      await browser.permissions.remove({ permissions: ['history'] }).catch(() => false);
      setGranted(false);
      setStatus(t.historyOff);
    })();
  };
  return (
    <section data-testid="discretion">
      <h2>{t.discretionTitle}</h2>
      <p>{t.discretionIntro}</p>
      <div class="choices">
        <label>
          <input type="checkbox" data-testid="history-toggle" checked={on} onChange={toggle} />
          {t.historyLabel}
        </label>
      </div>
      <p class="note">{t.historyNote}</p>
      <p role="status" data-testid="history-status">
        {status}
      </p>
    </section>
  );
}
