/**
 * The options page: personal terms, shipped lists, own search sites, region and language, setup
 * code, anonymous counting, backup.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { pickLanguage, type Settings } from '@/lib/settings/settings';
import { loadRules, type Rules } from '@/utils/rules';
import { loadSettingsChecked, watchSettings } from '@/utils/settings';
import { Backup } from './sections/Backup';
import { Coverage } from './sections/Coverage';
import { Lock } from './Lock';
import { Commitment } from './sections/Commitment';
import { Lists } from './sections/Lists';
import { Progress } from './sections/Progress';
import { Reach } from './sections/Reach';
import { RegionAndLanguage } from './sections/RegionAndLanguage';
import { SetupCode } from './sections/SetupCode';
import { Sites } from './sections/Sites';
import { StrictnessChoice } from './sections/StrictnessChoice';
import { Terms } from './sections/Terms';
import { fill, OPTION_STRINGS } from './strings';
import './style.css';

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [rules, setRules] = useState<Rules | null>(null);
  const [reset, setReset] = useState<string[]>([]);
  useEffect(() => {
    void loadSettingsChecked().then((read) => {
      setSettings(read.settings);
      setReset(read.reset);
    });
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
  if (!settings || !rules) return null;
  const lang = pickLanguage(settings.language, browser.i18n.getUILanguage());
  const t = OPTION_STRINGS[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  return (
    <main>
      <h1>{t.title}</h1>
      {reset.length > 0 && (
        <p class="notice" role="alert" data-testid="settings-reset">
          {fill(t.settingsReset, { fields: reset.join(', ') })}
        </p>
      )}
      <p>{t.intro}</p>
      <Coverage settings={settings} lang={lang} />
      <Terms t={t} rules={rules} lang={lang} />
      <Lists t={t} rules={rules} />
      <Sites t={t} rules={rules} />
      <StrictnessChoice t={t} settings={settings} />
      <Commitment settings={settings} rules={rules} lang={lang} />
      <RegionAndLanguage t={t} settings={settings} lang={lang} />
      <Progress lang={lang} />
      <SetupCode lang={lang} />
      <Reach lang={lang} settings={settings} />
      <Backup lang={lang} />
      <section>
        <h2>{t.privacyTitle}</h2>
        <p>{t.privacy}</p>
      </section>
    </main>
  );
}

render(
  <Lock>
    <App />
  </Lock>,
  document.getElementById('app')!,
);
