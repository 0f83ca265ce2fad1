/**
 * The help page (`/intercept.html`): where the tab goes instead of the results of a caught search
 * (DESIGN.md "Help content"). It never gets, reads or shows the query: nothing in its URL, and
 * `document.referrer` is not read.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { resolveRegion } from '@/lib/help/regions';
import { t } from '@/lib/help/messages';
import { isVariantId, VARIANT_IDS, type VariantId } from '@/lib/help/variants';
import {
  DEFAULT_SETTINGS,
  pickLanguage,
  type Settings,
  type Strictness,
} from '@/lib/settings/settings';
import { recordEvent } from '@/utils/counters';
import {
  readHelpDisplay,
  takeTurn,
  writeHelpDisplay,
  type HelpDisplay,
} from '@/utils/help-display';
import { loadSettings, saveSettings } from '@/utils/settings';
import { Continue } from './Continue';
import { HelpPage, type HelpEvent } from './HelpPage';
import { Pause } from './Pause';
import './style.css';

/** How long the safe button waits for its count before leaving anyway. */
const SAFE_COUNT_TIMEOUT_MS = 300;

/**
 * The message variant of this page, and `shown` counted for it, once per history entry: a reload
 * or Back restores the entry's state, so it neither counts again nor changes the message. The
 * variants take turns, one per caught search (the turn is kept beside the display cache, so it
 * is read without waiting). The page opened by the person (`?from=…`, e.g. the safe page's link)
 * is not help shown for a search: it shows the current turn's variant, and counts and advances
 * nothing.
 */
function variantOfThisPage(): VariantId {
  const state = history.state as { kpCounted?: boolean; variant?: unknown } | null;
  if (state?.kpCounted && isVariantId(state.variant)) return state.variant;
  const opened = new URLSearchParams(location.search).has('from');
  const variant = VARIANT_IDS[takeTurn(!opened) % VARIANT_IDS.length]!;
  if (opened) return variant;
  history.replaceState({ kpCounted: true, variant }, '');
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
  display: HelpDisplay;
  /** The stored settings: the truth, which corrects a stale display cache once read. */
  settings: Promise<Settings>;
  variant: VariantId;
}) {
  const browserLanguage = browser.i18n.getUILanguage();
  const [language, setLanguage] = useState(pickLanguage(props.display.language, browserLanguage));
  const [region, setRegion] = useState(resolveRegion(props.display.region, browserLanguage));
  // Unknown until storage answers: "continue" (pause and gentle modes) waits for it.
  const [strictness, setStrictness] = useState<Strictness | null>(null);
  // A choice made on this page before storage answered is not overwritten by the stored one.
  const chosen = useRef(false);
  // Region and language confirmed by storage (focus waits for it: see HelpPage).
  const [settled, setSettled] = useState(false);

  useEffect(() => {
    void props.settings.then((stored) => {
      setStrictness(stored.strictness);
      setSettled(true);
      if (chosen.current) return;
      writeHelpDisplay(stored);
      setLanguage(pickLanguage(stored.language, browserLanguage));
      setRegion(resolveRegion(stored.region, browserLanguage));
    });
  }, [props.settings]);

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
      settled={settled}
      onLanguage={(next) => {
        chosen.current = true;
        // Cached at once, so the next help page (even one opened at once) paints in it.
        writeHelpDisplay({ language: next, region });
        setLanguage(next);
        void saveSettings({ language: next }).catch(() => undefined);
      }}
      onRegion={(next) => {
        chosen.current = true;
        writeHelpDisplay({ language, region: next });
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
      end={strictness && <Continue language={language} strictness={strictness} />}
    />
  );
}

/**
 * Paints at once with the cached display settings (see utils/help-display.ts), then corrects
 * them from storage. With no cache yet (the first help page, a new private session) it waits for
 * storage, as a blank moment is better than help in the wrong language.
 */
async function main(): Promise<void> {
  const variant = variantOfThisPage();
  const settings = loadSettings().catch(() => DEFAULT_SETTINGS);
  const display = readHelpDisplay() ?? (await settings);
  render(
    <App display={display} settings={settings} variant={variant} />,
    document.getElementById('app')!,
  );
}

void main();
