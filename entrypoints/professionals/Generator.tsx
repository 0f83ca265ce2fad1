/**
 * The setup-code generator: settings chosen together, terms typed hidden and kept only in this
 * page's memory (shown as a count), the code as text and as a QR code (lib/setup-code). The
 * campaign code is typed in the reach wire format (shown in capitals as typed); the counting
 * address is optional and checked as the extension will check it (lib/reach/endpoint.ts).
 */
import { lists as shippedLists } from 'virtual:keerpunt-shipped-lists';
import { useState } from 'preact/hooks';
import { REGION_NAMES } from '@/lib/help/regions';
import {
  COOLING_OFF_V1,
  generate,
  LANGUAGES_V1,
  LIMITS,
  REGIONS_V1,
  STRICTNESS_V1,
  type SetupCode,
} from '@/lib/setup-code/setup-code';
import type { Language } from '@/lib/settings/settings';
import { Qr } from './Qr';
import type { ProStrings } from './strings';
import { LANGUAGE_NAMES } from '@/lib/help/messages';

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

export function Generator({ t, lang }: { t: ProStrings; lang: Language }) {
  const [region, setRegion] = useState<SetupCode['region']>('auto');
  const [language, setLanguage] = useState<SetupCode['language']>('auto');
  const [strictness, setStrictness] = useState<SetupCode['strictness']>('strict');
  const [coolingOff, setCoolingOff] = useState<SetupCode['coolingOff']>('none');
  const [on, setOn] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(shippedLists.map((l) => [l.id, true])),
  );
  const [campaign, setCampaign] = useState('');
  const [endpoint, setEndpoint] = useState('');
  /** The field the shown error is about, for `aria-invalid`. */
  const [invalid, setInvalid] = useState<'campaign' | 'endpoint' | null>(null);
  /** The counting address in the shown code (normalized), '' for none. */
  const [codeEndpoint, setCodeEndpoint] = useState('');
  const [term, setTerm] = useState('');
  const [terms, setTerms] = useState<string[]>([]);
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [copied, setCopied] = useState(false);

  const addTerm = (e: Event) => {
    e.preventDefault();
    if (term.trim() === '') return;
    setTerms([...terms, term]);
    setTerm('');
    setCode('');
  };
  const make = (e: Event) => {
    e.preventDefault();
    setCopied(false);
    setCode('');
    setInvalid(null);
    const g = generate({
      region,
      language,
      strictness,
      coolingOff,
      lists: shippedLists.map((l) => ({ id: l.id, on: on[l.id] ?? true })),
      campaign,
      endpoint,
      terms,
    });
    if (g.ok) {
      setError('');
      setCode(g.text);
      setCodeEndpoint(g.code.endpoint);
    } else if (g.error === 'endpoint') {
      setInvalid('endpoint');
      setError(t.endpointErrors[g.problem]);
    } else if (g.error === 'campaign') {
      setInvalid('campaign');
      setError(t.errors.campaign);
    } else if (g.error === 'term') {
      setError(fill(t.errors.term, { n: g.index + 1, reason: g.reason }));
    } else {
      setError(fill(t.errors[g.error], { max: LIMITS.rules }));
    }
  };
  const copy = async () => {
    await navigator.clipboard.writeText(code);
    setCopied(true);
  };
  // Any change makes the shown code stale: it goes until made again.
  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setCode('');
    };

  return (
    <section data-testid="generator">
      <h2>{t.generatorTitle}</h2>
      <p>{t.generatorIntro}</p>
      <form onSubmit={make}>
        <label>
          {t.region}
          <select
            data-testid="gen-region"
            value={region}
            onChange={(e) => changed(setRegion)(e.currentTarget.value as SetupCode['region'])}
          >
            {REGIONS_V1.map((id) => (
              <option key={id} value={id}>
                {id === 'auto' ? t.regionAuto : REGION_NAMES[id][lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.language}
          <select
            data-testid="gen-language"
            value={language}
            onChange={(e) => changed(setLanguage)(e.currentTarget.value as SetupCode['language'])}
          >
            {LANGUAGES_V1.map((l) => (
              <option key={l} value={l}>
                {l === 'auto' ? t.languageAuto : LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t.lists}</legend>
          {shippedLists.map((l) => (
            <label key={l.id} class="check">
              <input
                type="checkbox"
                data-testid={`gen-list-${l.id}`}
                checked={on[l.id] ?? true}
                onChange={(e) => changed(setOn)({ ...on, [l.id]: e.currentTarget.checked })}
              />
              {l.title}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.strictness}</legend>
          {STRICTNESS_V1.map((s) => (
            <label key={s} class="check">
              <input
                type="radio"
                name="strictness"
                data-testid={`gen-strictness-${s}`}
                checked={strictness === s}
                onChange={() => changed(setStrictness)(s)}
              />
              {t.strictNames[s]}
            </label>
          ))}
        </fieldset>
        <label>
          {t.coolingOff}
          <select
            data-testid="gen-cooling-off"
            value={coolingOff}
            onChange={(e) =>
              changed(setCoolingOff)(e.currentTarget.value as SetupCode['coolingOff'])
            }
          >
            {COOLING_OFF_V1.map((c) => (
              <option key={c} value={c}>
                {t.coolingNames[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.campaign}
          <input
            data-testid="gen-campaign"
            maxLength={16}
            autocomplete="off"
            spellcheck={false}
            autocapitalize="characters"
            aria-invalid={invalid === 'campaign' ? 'true' : undefined}
            aria-describedby={invalid === 'campaign' ? 'gen-error' : undefined}
            value={campaign}
            onInput={(e) => changed(setCampaign)(e.currentTarget.value.toUpperCase())}
          />
        </label>
        <label>
          {t.endpoint}
          <input
            type="text"
            inputMode="url"
            data-testid="gen-endpoint"
            autocomplete="off"
            spellcheck={false}
            autocapitalize="off"
            placeholder="https://"
            aria-invalid={invalid === 'endpoint' ? 'true' : undefined}
            aria-describedby={
              invalid === 'endpoint' ? 'gen-endpoint-hint gen-error' : 'gen-endpoint-hint'
            }
            value={endpoint}
            onInput={(e) => changed(setEndpoint)(e.currentTarget.value)}
          />
        </label>
        <p class="hint" id="gen-endpoint-hint">
          {t.endpointHint}
        </p>
        <button type="submit" data-testid="gen-make">
          {t.generate}
        </button>
      </form>
      <form class="terms" onSubmit={addTerm}>
        <h3>{t.terms}</h3>
        <p class="hint">{t.termsHint}</p>
        <label>
          {t.termInput}
          <input
            type="password"
            autocomplete="off"
            data-testid="gen-term"
            value={term}
            onInput={(e) => setTerm(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="gen-term-add">
          {t.termAdd}
        </button>{' '}
        <span data-testid="gen-term-count">{fill(t.termCount, { n: terms.length })}</span>
        {terms.length > 0 && (
          <>
            {' '}
            <button type="button" onClick={() => changed(setTerms)([])}>
              {t.termsClear}
            </button>
          </>
        )}
      </form>
      <p role="alert" id="gen-error" data-testid="gen-error">
        {error}
      </p>
      {code && (
        <div class="result">
          <h3>{t.code}</h3>
          <p class="code" data-testid="generated-code">
            {code}
          </p>
          {codeEndpoint && (
            <p data-testid="generated-endpoint">
              {fill(t.codeEndpoint, { endpoint: codeEndpoint })}
            </p>
          )}
          <button type="button" data-testid="gen-copy" onClick={() => void copy()}>
            {t.copy}
          </button>{' '}
          <span role="status">{copied ? t.copied : ''}</span>
          <h3>{t.qr}</h3>
          <Qr text={code} label={t.qr} />
        </div>
      )}
    </section>
  );
}
