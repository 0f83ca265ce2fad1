/**
 * The help page (`/intercept.html`): where the tab goes instead of the results of a caught search
 * (DESIGN.md "Help content"). It never gets, reads or shows the query: nothing in its URL, and
 * `document.referrer` is not read.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { resolveRegion, type RegionId } from '@/lib/help/regions';
import { t } from '@/lib/help/messages';
import { isVariantId, VARIANT_IDS, type VariantId } from '@/lib/help/variants';
import {
  DEFAULT_SETTINGS,
  pickLanguage,
  type Language,
  type Strictness,
} from '@/lib/settings/settings';
import { recordEvent } from '@/utils/counters';
import { loadSettings, saveSettings } from '@/utils/settings';
import { Continue } from './Continue';
import { HelpPage, type HelpEvent } from './HelpPage';
import { Pause } from './Pause';
import './style.css';

/** How long the safe button waits for its count before leaving anyway. */
const SAFE_COUNT_TIMEOUT_MS = 300;

/** The stored turn of the message variants: they take turns, one per caught search. */
const TURN_KEY = 'help:turn';

/**
 * The message variant of this page, and `shown` counted for it, once per history entry: a reload
 * or Back restores the entry's state, so it neither counts again nor changes the message. The
 * page opened by the person (`?from=…`, e.g. the safe page's link) is not help shown for a
 * search: it shows the current turn's variant, and counts and advances nothing.
 */
async function variantOfThisPage(): Promise<VariantId> {
  const state = history.state as { kpCounted?: boolean; variant?: unknown } | null;
  if (state?.kpCounted && isVariantId(state.variant)) return state.variant;
  const stored = await browser.storage.local.get(TURN_KEY).catch(() => ({}));
  const raw = (stored as Record<string, unknown>)[TURN_KEY];
  const turn = Number.isSafeInteger(raw) && (raw as number) >= 0 ? (raw as number) : 0;
  const variant = VARIANT_IDS[turn % VARIANT_IDS.length]!;
  if (new URLSearchParams(location.search).has('from')) return variant;
  history.replaceState({ kpCounted: true, variant }, '');
  void browser.storage.local.set({ [TURN_KEY]: (turn + 1) % 1_000_000 }).catch(() => undefined);
  void recordEvent('shown', { variant }).catch(() => undefined);
  return variant;
}

/** Counts `safe`, waiting a moment at most, then leaves; a slow write never traps the person. */
async function goSomewhereSafe(): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, SAFE_COUNT_TIMEOUT_MS));
  await Promise.race([recordEvent('safe').catch(() => undefined), timeout]);
  location.replace(browser.runtime.getURL('/safe.html'));
}

function App(props: {
  language: Language;
  region: RegionId;
  variant: VariantId;
  strictness: Strictness;
}) {
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
      variant={props.variant}
      // Help used after this message: counted per variant, to learn which words help.
      onCount={(event: HelpEvent) =>
        void recordEvent(event, { variant: props.variant }).catch(() => undefined)
      }
      onSafe={() => void goSomewhereSafe()}
      afterSafe={
        <Pause
          language={language}
          onDone={() => void recordEvent('pause').catch(() => undefined)}
        />
      }
      end={<Continue language={language} strictness={props.strictness} />}
    />
  );
}

async function main(): Promise<void> {
  const variantReady = variantOfThisPage();
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  const variant = await variantReady;
  const browserLanguage = browser.i18n.getUILanguage();
  const language = pickLanguage(settings.language, browserLanguage);
  const region = resolveRegion(settings.region, browserLanguage);
  render(
    <App language={language} region={region} variant={variant} strictness={settings.strictness} />,
    document.getElementById('app')!,
  );
}

void main();
