/**
 * The first-run page ([4/6]), opened on install. Protection is already on (background/defaults.ts);
 * each step changes a setting at once, through the same code as the options page (utils/changes:
 * a weakening choice after a cooling-off period was picked waits, as everywhere). Finishing only
 * records `settings.onboarded`. One step shows at a time; the step list, Back and Next move
 * between them, and focus goes to the new step's heading.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { COVERAGE_STRINGS } from '@/lib/coverage';
import { waitingFor } from '@/lib/settings/pending';
import {
  COOLING_OFF,
  LANGUAGES,
  pickLanguage,
  type Language,
  type Settings,
} from '@/lib/settings/settings';
import { setCoolingOff } from '@/utils/changes';
import { loadRules, type Rules } from '@/utils/rules';
import { loadSettings, saveSettings, watchSettings } from '@/utils/settings';
import { Lock } from '../options/Lock';
import { IssueList, useCoverage } from '../options/sections/Coverage';
import { COMMITMENT_STRINGS } from '../options/sections/commitment-strings';
import { Lists } from '../options/sections/Lists';
import { Reach } from '../options/sections/Reach';
import { RegionAndLanguage } from '../options/sections/RegionAndLanguage';
import { StrictnessChoice } from '../options/sections/StrictnessChoice';
import { SetupCode } from '../options/sections/SetupCode';
import { Terms } from '../options/sections/Terms';
import { fill, OPTION_STRINGS } from '../options/strings';
import { usePending } from '../options/use-pending';
import { ONBOARDING_STRINGS, STEPS, type OnboardingStrings, type Step } from './strings';
import '../options/style.css';
import './style.css';
import { LANGUAGE_NAMES } from '@/lib/help/messages';

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [rules, setRules] = useState<Rules | null>(null);
  const [index, setIndex] = useState(0);
  const [finished, setFinished] = useState(false);
  const [imported, setImported] = useState(false);
  const stepRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadRules().then(setRules);
    const unwatch = watchSettings(setSettings);
    const onChanged = (_: unknown, area: string) => {
      if (area === 'local') void loadRules().then(setRules);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      unwatch();
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  // Focus follows the step: its heading (made focusable), so a screen reader reads where it is
  // and Tab continues inside the step. Not on the first render: the page starts at its top.
  useEffect(() => {
    if (!moved.current) return;
    const heading = stepRef.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [index, finished]);

  if (!settings || !rules) return null;
  const lang = pickLanguage(settings.language, browser.i18n.getUILanguage());
  const t = ONBOARDING_STRINGS[lang];
  document.documentElement.lang = lang;
  document.title = 'Keerpunt';
  const step = STEPS[index]!;
  const go = (i: number) => {
    moved.current = true;
    setIndex(Math.max(0, Math.min(STEPS.length - 1, i)));
  };
  const finish = async () => {
    await saveSettings({ onboarded: true });
    moved.current = true;
    setFinished(true);
  };

  return (
    <main data-testid="onboarding">
      <div class="language-switch" role="group" aria-label={t.languageSwitch}>
        {LANGUAGES.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            aria-pressed={l === lang}
            data-testid={`onboarding-lang-${l}`}
            onClick={() => void saveSettings({ language: l })}
          >
            {LANGUAGE_NAMES[l]}
          </button>
        ))}
      </div>
      <h1>{t.heading}</h1>
      <nav aria-label={t.stepsLabel}>
        <ol class="steps">
          {STEPS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                aria-current={i === index ? 'step' : undefined}
                onClick={() => go(i)}
              >
                {t.step[s]}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <p class="note" data-testid="onboarding-progress">
        {fill(t.stepOf, { n: String(index + 1), total: String(STEPS.length) })}
      </p>
      <div class="step" ref={stepRef} data-testid={`onboarding-step-${step}`}>
        <StepBody
          step={step}
          t={t}
          lang={lang}
          settings={settings}
          rules={rules}
          finished={finished}
          onSetupCode={() => go(STEPS.indexOf('setupCode'))}
          onImported={() => setImported(true)}
        />
      </div>
      {imported && step === 'setupCode' && (
        <p class="note" data-testid="onboarding-imported">
          {t.setupImported}
        </p>
      )}
      <div class="nav">
        {index > 0 && (
          <button
            type="button"
            class="secondary"
            data-testid="onboarding-back"
            onClick={() => go(index - 1)}
          >
            {t.back}
          </button>
        )}
        {step !== 'done' ? (
          <button type="button" data-testid="onboarding-next" onClick={() => go(index + 1)}>
            {t.next}
          </button>
        ) : (
          !finished && (
            <button type="button" data-testid="onboarding-finish" onClick={() => void finish()}>
              {t.finish}
            </button>
          )
        )}
      </div>
      <p class="note">{t.later}</p>
    </main>
  );
}

function StepBody({
  step,
  t,
  lang,
  settings,
  rules,
  finished,
  onSetupCode,
  onImported,
}: {
  step: Step;
  t: OnboardingStrings;
  lang: Language;
  settings: Settings;
  rules: Rules;
  finished: boolean;
  onSetupCode: () => void;
  onImported: () => void;
}) {
  const o = OPTION_STRINGS[lang];
  switch (step) {
    case 'welcome':
      return (
        <section>
          <h2>{t.step.welcome}</h2>
          <p class="notice" data-testid="onboarding-already-on">
            {t.alreadyOn}
          </p>
          <h3>{t.doesTitle}</h3>
          <ul class="bullets">
            {t.does.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <h3>{t.doesNotTitle}</h3>
          <ul class="bullets">
            {t.doesNot.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button
            type="button"
            class="secondary"
            data-testid="onboarding-have-code"
            onClick={onSetupCode}
          >
            {t.haveCode}
          </button>
        </section>
      );
    case 'privacy':
      return (
        <section>
          <h2>{t.step.privacy}</h2>
          <ul class="bullets">
            {t.privacyPromise.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p class="note">{t.privacyHonest}</p>
        </section>
      );
    case 'region':
      return <RegionAndLanguage t={o} settings={settings} lang={lang} />;
    case 'lists':
      return <Lists t={o} rules={rules} />;
    case 'terms':
      return <Terms t={o} rules={rules} lang={lang} />;
    case 'strictness':
      return <StrictnessChoice t={o} settings={settings} />;
    case 'coolingOff':
      return <CoolingOffStep t={t} lang={lang} settings={settings} />;
    case 'coverage':
      return <CoverageStep t={t} lang={lang} />;
    case 'reach':
      // The options page's own section (endpoint, campaign, the exact body, the opt-in).
      return <Reach lang={lang} settings={settings} />;
    case 'setupCode':
      // The options page's own form (it lists what the code changes and waits for a confirm).
      return <SetupCode lang={lang} onImported={onImported} />;
    case 'done':
      return (
        <section>
          <h2>{t.step.done}</h2>
          <p>{t.doneIntro}</p>
          {finished && (
            <p role="status" class="notice" data-testid="onboarding-finished">
              {t.doneFinished}
            </p>
          )}
          <p>
            <a href={browser.runtime.getURL('/options.html')} data-testid="onboarding-settings">
              {t.openSettings}
            </a>
          </p>
        </section>
      );
  }
}

/** The cooling-off period alone (the options page's Commitment section also has the PIN). */
function CoolingOffStep({
  t,
  lang,
  settings,
}: {
  t: OnboardingStrings;
  lang: Language;
  settings: Settings;
}) {
  const c = COMMITMENT_STRINGS[lang];
  const waiting = waitingFor(usePending(), 'cooling-off')?.value;
  return (
    <section>
      <h2 id="cooling-off">{t.step.coolingOff}</h2>
      <p>{t.coolingIntro}</p>
      <div role="radiogroup" aria-labelledby="cooling-off" class="choices">
        {COOLING_OFF.map((period) => (
          <label key={period}>
            <input
              type="radio"
              name="cooling-off"
              value={period}
              data-testid={`cooling-off-${period}`}
              checked={(waiting ?? settings.coolingOff) === period}
              onChange={() => void setCoolingOff(period)}
            />
            {c.period[period]}
            {waiting === period && <em class="pending"> — {c.waitingMark}</em>}
          </label>
        ))}
      </div>
      <p class="note">{t.coolingPin}</p>
    </section>
  );
}

function CoverageStep({ t, lang }: { t: OnboardingStrings; lang: Language }) {
  const c = COVERAGE_STRINGS[lang];
  const issues = useCoverage(lang);
  return (
    <section data-testid="coverage">
      <h2>{t.step.coverage}</h2>
      <p>{t.coverageIntro}</p>
      {issues === null ? (
        <p>{c.checking}</p>
      ) : issues.length === 0 ? (
        <p data-testid="coverage-ok">{c.allFine}</p>
      ) : (
        <IssueList issues={issues} t={c} />
      )}
    </section>
  );
}

render(
  <Lock>
    <App />
  </Lock>,
  document.getElementById('app')!,
);
