/**
 * The help page (`/intercept.html`): where the tab goes instead of the results of a caught search
 * (DESIGN.md "Help content"). It never gets, reads or shows the query: nothing in its URL, and
 * `document.referrer` is not read.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { resolveRegion, type RegionId } from '@/lib/help/regions';
import { t } from '@/lib/help/messages';
import { DEFAULT_SETTINGS, pickLanguage, type Language } from '@/lib/settings/settings';
import { recordEvent } from '@/utils/counters';
import { loadSettings, saveSettings } from '@/utils/settings';
import { HelpPage, type HelpEvent } from './HelpPage';
import './style.css';

/** How long the safe button waits for its count before leaving anyway. */
const SAFE_COUNT_TIMEOUT_MS = 300;

/**
 * `shown` is counted once per history entry: a reload or Back restores the entry's state, so it
 * does not count again. The page opened by the person (`?from=…`, e.g. the safe page's link) is
 * not help shown for a search and is not counted.
 */
function countShown(): void {
  if (new URLSearchParams(location.search).has('from')) return;
  if (!history.state?.kpCounted) {
    history.replaceState({ kpCounted: true }, '');
    void recordEvent('shown').catch(() => undefined);
  }
}

function count(event: HelpEvent): void {
  void recordEvent(event).catch(() => undefined);
}

/** Counts `safe`, waiting a moment at most, then leaves; a slow write never traps the person. */
async function goSomewhereSafe(): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, SAFE_COUNT_TIMEOUT_MS));
  await Promise.race([recordEvent('safe').catch(() => undefined), timeout]);
  location.replace(browser.runtime.getURL('/safe.html'));
}

function App(props: { language: Language; region: RegionId }) {
  const [language, setLanguage] = useState(props.language);
  const [region, setRegion] = useState(props.region);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t(language, 'pageTitle');
  }, [language]);

  return (
    <HelpPage
      language={language}
      region={region}
      // The person's own time zone, for "open now" (lib/help/open-now takes it as a parameter).
      timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
      onLanguage={(next) => {
        setLanguage(next);
        void saveSettings({ language: next }).catch(() => undefined);
      }}
      onRegion={(next) => {
        setRegion(next);
        void saveSettings({ region: next }).catch(() => undefined);
      }}
      onCount={count}
      onSafe={() => void goSomewhereSafe()}
    />
  );
}

async function main(): Promise<void> {
  countShown();
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  const browserLanguage = browser.i18n.getUILanguage();
  const language = pickLanguage(settings.language, browserLanguage);
  const region = resolveRegion(settings.region, browserLanguage);
  render(<App language={language} region={region} />, document.getElementById('app')!);
}

void main();
