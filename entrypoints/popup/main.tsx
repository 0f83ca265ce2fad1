/**
 * The toolbar popup: neutral at a glance. It says Keerpunt is on, or what keeps it from seeing
 * searches (lib/coverage, with the steps for this browser); links to the settings and the help
 * page; and shows this week's counts only when asked. Nothing is reported to anyone.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { dayKey } from '@/lib/counters/daily';
import { weeklyCounts, type WeekCounts } from '@/lib/counters/weekly';
import { COVERAGE_STRINGS, type CoverageLanguage } from '@/lib/coverage';
import { pickLanguage } from '@/lib/settings/settings';
import { readCounts } from '@/utils/counters';
import { loadSettings, watchSettings } from '@/utils/settings';
import { IssueList, useCoverage } from '../options/sections/Coverage';
import './style.css';

function Popup({ lang }: { lang: CoverageLanguage }) {
  const t = COVERAGE_STRINGS[lang];
  const issues = useCoverage(lang);
  const [week, setWeek] = useState<WeekCounts | null>(null);
  const [showCounts, setShowCounts] = useState(false);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const toggleCounts = async () => {
    if (showCounts) {
      setShowCounts(false);
      return;
    }
    // Read only now: until asked, the popup holds no count at all.
    const record = await readCounts();
    setWeek(weeklyCounts(record, dayKey(new Date()), 1)[0] ?? null);
    setShowCounts(true);
  };
  const openSettings = async () => {
    await browser.runtime.openOptionsPage();
    window.close();
  };
  return (
    <main>
      <h1>Keerpunt</h1>
      {issues === null ? (
        <p>{t.checking}</p>
      ) : issues.length === 0 ? (
        <p data-testid="coverage-ok">{t.on}</p>
      ) : (
        <IssueList issues={issues} t={t} />
      )}
      <nav>
        <button type="button" data-testid="open-settings" onClick={openSettings}>
          {t.popupSettings}
        </button>
        {/* `from=popup`: opened by the person, not for a search (the help page counts nothing).
            The static address: `runtime.getURL` gives the dynamic one (use_dynamic_url). */}
        <a href="/intercept.html?from=popup" target="_blank" data-testid="open-help">
          {t.popupHelp}
        </a>
      </nav>
      <button
        type="button"
        class="link"
        data-testid="show-counts"
        aria-expanded={showCounts}
        aria-controls="counts"
        onClick={toggleCounts}
      >
        {showCounts ? t.hideCounts : t.showCounts}
      </button>
      <div id="counts">
        {showCounts && week && (
          <table data-testid="counts">
            <caption>{t.countsCaption}</caption>
            <tbody>
              {(
                [
                  [t.countShown, week.shown],
                  [t.countHelp, week.help],
                  [t.countSelfhelp, week.selfhelp],
                  [t.countPause, week.pause],
                ] as const
              ).map(([label, n]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </main>
  );
}

function App() {
  const [lang, setLang] = useState<CoverageLanguage | null>(null);
  useEffect(() => {
    const ui = browser.i18n.getUILanguage();
    void loadSettings().then((s) => setLang(pickLanguage(s.language, ui)));
    return watchSettings((s) => setLang(pickLanguage(s.language, ui)));
  }, []);
  return lang ? <Popup lang={lang} /> : null;
}

render(<App />, document.getElementById('app')!);
