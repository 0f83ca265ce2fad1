/**
 * Anonymous counting (DESIGN.md "Anonymous reach — exactly"): what is counted, where reports go
 * (the effective endpoint in full, editable), the campaign code, the exact body that would be
 * sent for yesterday, and the opt-in, unticked unless the person ticks it. Turning it off applies
 * at once (it does not weaken protection, so there is no cooling-off). Self-contained (its own
 * strings, language by prop), so the onboarding page reuses it.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseEndpoint } from '@/lib/reach/endpoint';
import { REPORT_BYTES } from '@/lib/reach/report';
import { EMPTY_REACH_STATE, type ReachState } from '@/lib/reach/schedule';
import type { Language, Settings } from '@/lib/settings/settings';
import {
  effectiveEndpoint,
  REACH_STATE_KEY,
  REACH_SUPPORTED,
  readReachState,
  reportBodyFor,
  yesterday,
} from '@/utils/reach';
import { loadSettings, saveSettings } from '@/utils/settings';
import { REACH_STRINGS } from './reach-strings';

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

const CAMPAIGN = /^[A-Z0-9-]{0,16}$/;

type Message = { kind: 'error' | 'done'; text: string } | null;

/** Saves a change to the reach settings on top of what is stored now (not a stale copy). */
async function saveReach(change: Partial<Settings['reach']>): Promise<void> {
  const current = await loadSettings();
  await saveSettings({ reach: { ...current.reach, ...change } });
}

function useReachState(): ReachState {
  const [state, setState] = useState<ReachState>(EMPTY_REACH_STATE);
  useEffect(() => {
    let live = true;
    const read = () =>
      void readReachState().then((s) => {
        if (live) setState(s);
      });
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && REACH_STATE_KEY in changes) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}

export function Reach({ lang, settings }: { lang: Language; settings: Settings }) {
  const t = REACH_STRINGS[lang];
  const endpoint = effectiveEndpoint(settings);
  const [endpointText, setEndpointText] = useState(endpoint);
  const [endpointMessage, setEndpointMessage] = useState<Message>(null);
  const [campaignText, setCampaignText] = useState(settings.reach.campaign.toUpperCase());
  const [campaignMessage, setCampaignMessage] = useState<Message>(null);
  const [body, setBody] = useState('');
  const state = useReachState();

  // The stored values changed elsewhere (a setup code, another tab): show them.
  useEffect(() => setEndpointText(endpoint), [endpoint]);
  useEffect(
    () => setCampaignText(settings.reach.campaign.toUpperCase()),
    [settings.reach.campaign],
  );

  useEffect(() => {
    let live = true;
    void reportBodyFor(yesterday(), settings).then((text) => {
      if (live) setBody(text);
    });
    return () => {
      live = false;
    };
  }, [settings]);

  const saveEndpoint = async (e: Event) => {
    e.preventDefault();
    const parsed = parseEndpoint(endpointText);
    if (!parsed.ok) {
      setEndpointMessage({ kind: 'error', text: t.endpointProblems[parsed.problem] });
      return;
    }
    await saveReach({ endpoint: parsed.endpoint });
    setEndpointText(parsed.endpoint);
    setEndpointMessage({
      kind: 'done',
      text: fill(t.endpointSaved, { endpoint: parsed.endpoint }),
    });
  };

  const saveCampaign = async (e: Event) => {
    e.preventDefault();
    const code = campaignText.trim().toUpperCase();
    if (!CAMPAIGN.test(code)) {
      setCampaignMessage({ kind: 'error', text: t.campaignBad });
      return;
    }
    await saveReach({ campaign: code });
    setCampaignText(code);
    setCampaignMessage({ kind: 'done', text: code === '' ? t.campaignCleared : t.campaignSaved });
  };

  const enabled = settings.reach.enabled;
  // Without an address it cannot be switched on; switching off always works.
  const toggleDisabled = endpoint === '' && !enabled;

  return (
    <section class="reach" data-testid="reach">
      <h2>{t.title}</h2>
      <p>{t.what}</p>

      <h3>{t.whereTitle}</h3>
      <p class="note">{t.whereExplain}</p>
      {endpoint === '' ? (
        <p data-testid="reach-endpoint-none">{t.whereNone}</p>
      ) : (
        <p class="reach-endpoint" data-testid="reach-endpoint-current">
          <code>{endpoint}</code>
        </p>
      )}
      <form onSubmit={(e) => void saveEndpoint(e)}>
        <label>
          {t.endpointLabel}
          <input
            type="url"
            data-testid="reach-endpoint"
            spellcheck={false}
            autocomplete="off"
            placeholder="https://"
            value={endpointText}
            aria-describedby="reach-endpoint-message"
            onInput={(e) => {
              setEndpointText(e.currentTarget.value);
              setEndpointMessage(null);
            }}
          />
        </label>
        <button type="submit" data-testid="reach-endpoint-save">
          {t.endpointSave}
        </button>
      </form>
      <p
        id="reach-endpoint-message"
        data-testid="reach-endpoint-message"
        role={endpointMessage?.kind === 'error' ? 'alert' : 'status'}
        class={endpointMessage?.kind === 'error' ? 'notice' : undefined}
      >
        {endpointMessage?.text ?? ''}
      </p>

      <h3>{t.campaignTitle}</h3>
      <p class="note">{t.campaignExplain}</p>
      <form onSubmit={(e) => void saveCampaign(e)}>
        <label>
          {t.campaignLabel}
          <input
            type="text"
            data-testid="reach-campaign"
            spellcheck={false}
            autocomplete="off"
            autocapitalize="characters"
            maxLength={40}
            value={campaignText}
            aria-describedby="reach-campaign-message"
            onInput={(e) => {
              setCampaignText(e.currentTarget.value.toUpperCase());
              setCampaignMessage(null);
            }}
          />
        </label>
        <button type="submit" data-testid="reach-campaign-save">
          {t.campaignSave}
        </button>
      </form>
      <p
        id="reach-campaign-message"
        data-testid="reach-campaign-message"
        role={campaignMessage?.kind === 'error' ? 'alert' : 'status'}
        class={campaignMessage?.kind === 'error' ? 'notice' : undefined}
      >
        {campaignMessage?.text ?? ''}
      </p>

      <p id="reach-shown">{t.bodyShown}</p>
      <pre class="report" data-testid="reach-body" aria-labelledby="reach-shown" tabIndex={0}>
        {body}
      </pre>
      <p class="note">{fill(t.bodySize, { bytes: REPORT_BYTES })}</p>

      {REACH_SUPPORTED ? (
        <>
          <div class="choices">
            <label class="checkbox">
              <input
                type="checkbox"
                data-testid="reach-toggle"
                checked={enabled}
                disabled={toggleDisabled}
                aria-describedby="reach-toggle-note"
                onChange={(e) => void saveReach({ enabled: e.currentTarget.checked })}
              />
              {t.toggle}
            </label>
          </div>
          <p class="note" id="reach-toggle-note" data-testid="reach-toggle-note">
            {toggleDisabled ? t.toggleNeedsEndpoint : t.toggleOffNote}
          </p>
          {enabled && (
            <p role="status" data-testid="reach-status">
              {[
                state.sent ? fill(t.statusSent, { day: state.sent }) : '',
                state.queue.length > 0 ? fill(t.statusWaiting, { n: state.queue.length }) : '',
              ]
                .filter(Boolean)
                .join(' ') || t.statusNone}
            </p>
          )}
        </>
      ) : (
        <p data-testid="reach-firefox">{t.firefox}</p>
      )}
    </section>
  );
}
