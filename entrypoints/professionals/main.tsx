/**
 * The page for professionals (`/professionals.html`): how Keerpunt works, how to recommend it,
 * what the client sees, the "Start het gesprek" steps, advice lines per region, and the
 * setup-code generator. Reads nothing from storage but the language setting; writes nothing.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { REGION_IDS, REGION_NAMES } from '@/lib/help/regions';
import { RESOURCES } from '@/lib/help/resources';
import { LANGUAGES, pickLanguage, type Language } from '@/lib/settings/settings';
import { loadSettings } from '@/utils/settings';
import { Generator } from './Generator';
import { PRO_STRINGS, type ProStrings } from './strings';
import './style.css';
import { LANGUAGE_NAMES } from '@/lib/help/messages';

function Advice({ t, lang }: { t: ProStrings; lang: Language }) {
  return (
    <section>
      <h2>{t.adviceTitle}</h2>
      <p>{t.adviceIntro}</p>
      <dl class="advice" data-testid="advice">
        {REGION_IDS.map((region) => {
          const r = RESOURCES[region];
          const advice = r.professional.filter((p) => p.audience === 'professionals');
          return [
            <dt key={`${region}-dt`}>{REGION_NAMES[region][lang]}</dt>,
            <dd key={`${region}-dd`}>
              {advice.length === 0
                ? t.adviceNone
                : advice.map((p) => {
                    const via = [r.helpline, r.crisis].find((c) => c?.id === p.via);
                    const phone = via?.phones[0];
                    const site = p.website ?? via?.website;
                    return (
                      <p key={p.id}>
                        <strong>{p.name}</strong>
                        {!p.verified && <> ({t.adviceUnverified})</>}
                        {phone && (
                          <>
                            {' — '}
                            <a href={`tel:${phone.tel}`}>{phone.display}</a>
                          </>
                        )}
                        {site && (
                          <>
                            {' — '}
                            <a href={site} target="_blank" rel="noreferrer">
                              {site.replace(/^https:\/\//, '')}
                            </a>
                          </>
                        )}
                      </p>
                    );
                  })}
            </dd>,
          ];
        })}
      </dl>
    </section>
  );
}

function Page({ initial }: { initial: Language }) {
  const [lang, setLang] = useState(initial);
  const t = PRO_STRINGS[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  return (
    <main data-testid="professionals">
      <label class="language">
        {t.languageLabel}{' '}
        <select
          data-testid="pro-language"
          value={lang}
          onChange={(e) => setLang(e.currentTarget.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <section>
        <h2>{t.howTitle}</h2>
        {t.how.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </section>
      <section>
        <h2>{t.recommendTitle}</h2>
        <ul>
          {t.recommend.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t.seesTitle}</h2>
        {t.sees.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </section>
      <section>
        <h2>{t.conversationTitle}</h2>
        <p>{t.conversationIntro}</p>
        <ol>
          {t.conversation.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ol>
        <p>{t.secrecy}</p>
      </section>
      <Advice t={t} lang={lang} />
      <Generator t={t} lang={lang} />
    </main>
  );
}

async function main(): Promise<void> {
  const settings = await loadSettings().catch(() => null);
  const lang = pickLanguage(settings?.language ?? 'auto', browser.i18n.getUILanguage());
  render(<Page initial={lang} />, document.getElementById('app')!);
}

void main();
