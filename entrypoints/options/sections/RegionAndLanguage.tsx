/** Which help (region) and which language. */
import { REGION_IDS, REGION_NAMES } from '@/lib/help/regions';
import { LANGUAGES, type Language, type Settings } from '@/lib/settings/settings';
import { saveSettings } from '@/utils/settings';
import type { OptionStrings } from '../strings';
import { LANGUAGE_NAMES } from '@/lib/help/messages';

export function RegionAndLanguage({
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
