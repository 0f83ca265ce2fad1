/** The options page: personal terms, shipped lists, own search sites, region and language. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { lists as shippedLists } from 'virtual:keerpunt-shipped-lists';
import { REGION_IDS, REGION_NAMES } from '@/lib/help/regions';
import { detectSite, sitePattern } from '@/lib/search/custom-site';
import {
  LANGUAGES,
  pickLanguage,
  STRICTNESS,
  type Language,
  type Settings,
  type Strictness,
} from '@/lib/settings/settings';
import {
  addCustomSite,
  addPersonalTerm,
  loadRules,
  removeCustomSite,
  removePersonalEntry,
  removePersonalText,
  setListOn,
  type Rules,
} from '@/utils/rules';
import { loadSettings, saveSettings, watchSettings } from '@/utils/settings';
import { fill, OPTION_STRINGS, type OptionStrings } from './strings';
import './style.css';

const LANGUAGE_NAMES: Record<Language, string> = {
  nl: 'Nederlands',
  en: 'English',
  fr: 'Français',
};

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [rules, setRules] = useState<Rules | null>(null);
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
  if (!settings || !rules) return null;
  const lang = pickLanguage(settings.language, browser.i18n.getUILanguage());
  const t = OPTION_STRINGS[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  return (
    <main>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <Terms t={t} rules={rules} lang={lang} />
      <Lists t={t} rules={rules} />
      <Sites t={t} rules={rules} />
      <StrictnessChoice t={t} settings={settings} />
      <RegionAndLanguage t={t} settings={settings} lang={lang} />
      <section>
        <h2>{t.privacyTitle}</h2>
        <p>{t.privacy}</p>
      </section>
    </main>
  );
}

function Terms({ t, rules, lang }: { t: OptionStrings; rules: Rules; lang: Language }) {
  const [term, setTerm] = useState('');
  const [retype, setRetype] = useState('');
  const [status, setStatus] = useState('');
  const entries = rules.personal.entries;
  const formatDate = (day: string) =>
    new Date(`${day}T12:00:00`).toLocaleDateString(lang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  const add = async (e: Event) => {
    e.preventDefault();
    const result = await addPersonalTerm(term);
    if (result.ok) {
      setTerm('');
      setStatus(t.termAdded);
    } else setStatus(fill(t.termProblem, { reason: result.reason }));
  };
  const removeTyped = async (e: Event) => {
    e.preventDefault();
    const removed = await removePersonalText(retype);
    setRetype('');
    setStatus(removed ? t.termRemoved : t.termNotFound);
  };
  return (
    <section>
      <h2>{t.termsTitle}</h2>
      <p>{t.termsIntro}</p>
      <p class="note">{t.termsPrivacy}</p>
      <form onSubmit={add}>
        <label>
          {t.termLabel}
          <input
            data-testid="term-input"
            value={term}
            autocomplete="off"
            spellcheck={false}
            maxLength={1000}
            onInput={(e) => setTerm(e.currentTarget.value)}
          />
        </label>
        <button data-testid="term-add" type="submit" disabled={term.trim() === ''}>
          {t.termAdd}
        </button>
      </form>
      <p role="status" data-testid="term-status">
        {status}
      </p>
      {entries.length === 0 ? (
        <p>{t.termEmpty}</p>
      ) : (
        <ul data-testid="term-list" class="entries">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span>{fill(t.termEntry, { date: formatDate(entry.added) })}</span>
              <button
                type="button"
                onClick={async () => {
                  await removePersonalEntry(entry.id);
                  setStatus(t.termRemoved);
                }}
              >
                {t.termRemove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={removeTyped}>
        <label>
          {t.retypeLabel}
          <input
            data-testid="retype-input"
            value={retype}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => setRetype(e.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={retype.trim() === ''}>
          {t.retypeRemove}
        </button>
      </form>
    </section>
  );
}

function Lists({ t, rules }: { t: OptionStrings; rules: Rules }) {
  return (
    <section>
      <h2>{t.listsTitle}</h2>
      <p>{t.listsIntro}</p>
      <ul class="lists">
        {shippedLists.map((list) => (
          <li key={list.id}>
            <label>
              <input
                type="checkbox"
                data-testid={`list-${list.id}`}
                checked={!rules.guard.off.includes(list.id)}
                onChange={(e) => void setListOn(list.id, e.currentTarget.checked)}
              />
              {list.title}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Sites({ t, rules }: { t: OptionStrings; rules: Rules }) {
  const [url, setUrl] = useState('');
  const [word, setWord] = useState('');
  const [status, setStatus] = useState('');
  const [access, setAccess] = useState<Record<string, boolean>>({});
  useEffect(() => {
    void Promise.all(
      rules.guard.sites.map(async (s) => {
        const granted = await browser.permissions.contains({ origins: [sitePattern(s)] });
        return [s.host, granted] as const;
      }),
    ).then((pairs) => setAccess(Object.fromEntries(pairs)));
  }, [rules]);
  // The permission request comes first in the handler, before any await: Firefox refuses a
  // request that does not directly follow the click.
  const add = (e: Event) => {
    e.preventDefault();
    const detected = detectSite(url, word);
    if (!detected.ok) {
      setStatus(fill(t.siteProblem, { reason: detected.reason }));
      return;
    }
    const request = browser.permissions.request({ origins: [sitePattern(detected.site)] });
    void request.then(async (granted) => {
      if (!granted) {
        setStatus(t.siteDenied);
        return;
      }
      await addCustomSite(detected.site);
      setUrl('');
      setWord('');
      setStatus(t.siteAdded);
    });
  };
  return (
    <section>
      <h2>{t.sitesTitle}</h2>
      <p>{t.sitesIntro}</p>
      <form onSubmit={add}>
        <label>
          {t.siteUrl}
          <input
            data-testid="site-url"
            type="url"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <label>
          {t.siteWord}
          <input
            data-testid="site-word"
            value={word}
            autocomplete="off"
            onInput={(e) => setWord(e.currentTarget.value)}
          />
        </label>
        <button data-testid="site-add" type="submit">
          {t.siteAdd}
        </button>
      </form>
      <p role="status">{status}</p>
      <ul data-testid="site-list" class="entries">
        {rules.guard.sites.map((site) => (
          <li key={site.host}>
            <span>
              {site.host}
              {access[site.host] === false && <em> — {t.siteNoAccess}</em>}
            </span>
            <button
              type="button"
              onClick={async () => {
                await removeCustomSite(site.host);
                await browser.permissions.remove({ origins: [sitePattern(site)] });
              }}
            >
              {t.siteRemove}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function StrictnessChoice({ t, settings }: { t: OptionStrings; settings: Settings }) {
  const label: Record<Strictness, string> = {
    strict: t.strictStrict,
    pause: t.strictPause,
    gentle: t.strictGentle,
  };
  return (
    <section>
      <h2 id="strictness">{t.strictTitle}</h2>
      <p>{t.strictIntro}</p>
      <div role="radiogroup" aria-labelledby="strictness" class="choices">
        {STRICTNESS.map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="strictness"
              value={mode}
              data-testid={`strictness-${mode}`}
              checked={settings.strictness === mode}
              onChange={() => void saveSettings({ strictness: mode })}
            />
            {label[mode]}
          </label>
        ))}
      </div>
    </section>
  );
}

function RegionAndLanguage({
  t,
  settings,
  lang,
}: {
  t: OptionStrings;
  settings: Settings;
  lang: Language;
}) {
  return (
    <section>
      <h2>{t.regionTitle}</h2>
      <label>
        {t.regionLabel}
        <select
          data-testid="options-region"
          value={settings.region}
          onChange={(e) => void saveSettings({ region: e.currentTarget.value })}
        >
          <option value="auto">{t.regionAuto}</option>
          {REGION_IDS.map((id) => (
            <option key={id} value={id}>
              {REGION_NAMES[id][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.languageLabel}
        <select
          data-testid="options-language"
          value={settings.language}
          onChange={(e) =>
            void saveSettings({ language: e.currentTarget.value as Settings['language'] })
          }
        >
          <option value="auto">{t.languageAuto}</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}

render(<App />, document.getElementById('app')!);
