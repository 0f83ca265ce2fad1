/**
 * The options page's lock ([4/6]): when a PIN is set, the page asks for it first. Due changes
 * are applied before anything is shown (with the page's own clock), so a PIN whose removal came
 * due no longer locks. A wrong PIN gets a clear message and, after three, a short wait before the
 * next try — never a lockout: "Forgot the PIN?" asks for its removal, which waits the cooling-off
 * period like any weakening change. The PIN stops a glance, not someone who can remove the
 * extension; the page says so.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { waitingFor } from '@/lib/settings/pending';
import { pickLanguage, type Settings } from '@/lib/settings/settings';
import { applyDue, removePin } from '@/utils/changes';
import { pinDelayMs, verifyPin } from '@/utils/pin';
import { loadSettings, watchSettings } from '@/utils/settings';
import { COMMITMENT_STRINGS, formatLeft } from './sections/commitment-strings';
import { fill } from './strings';
import { useNow, usePending } from './use-pending';

export function Lock({ children }: { children: ComponentChildren }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    void applyDue()
      .catch(() => [])
      .then(loadSettings)
      .then((s) => {
        setSettings(s);
        if (!s.pin) setOpen(true);
      });
    return watchSettings((s) => {
      setSettings(s);
      // The PIN removed (its time came while the lock shows): nothing left to ask.
      if (!s.pin) setOpen(true);
    });
  }, []);
  if (!settings) return null;
  if (open) return <>{children}</>;
  return <LockScreen settings={settings} onOpen={() => setOpen(true)} />;
}

function LockScreen({ settings, onOpen }: { settings: Settings; onOpen: () => void }) {
  const lang = pickLanguage(settings.language, browser.i18n.getUILanguage());
  const t = COMMITMENT_STRINGS[lang];
  const now = useNow();
  const pending = usePending();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(0);
  const [message, setMessage] = useState('');
  const [checking, setChecking] = useState(false);
  const [nextTry, setNextTry] = useState(0);
  const removal = waitingFor(pending, 'remove-pin');
  document.documentElement.lang = lang;
  document.title = t.lockTitle;

  // The PIN's removal came due while the lock shows.
  useEffect(() => {
    if (removal && removal.applyAt <= now) void applyDue(now);
  }, [now, removal]);

  const waitLeft = Math.max(0, nextTry - now);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (checking || waitLeft > 0 || !settings.pin) return;
    setChecking(true);
    const ok = await verifyPin(pin, settings.pin);
    setChecking(false);
    if (ok) return onOpen();
    const count = wrong + 1;
    setWrong(count);
    setPin('');
    const delay = pinDelayMs(count);
    setNextTry(Date.now() + delay);
    setMessage(
      delay > 0 ? `${t.lockWrong} ${fill(t.lockWait, { s: String(delay / 1000) })}` : t.lockWrong,
    );
  };

  return (
    <main data-testid="lock">
      <h1>{t.lockTitle}</h1>
      <form onSubmit={submit}>
        <label>
          {t.lockLabel}
          <input
            type="password"
            data-testid="lock-pin"
            autocomplete="current-password"
            autofocus
            value={pin}
            onInput={(e) => setPin(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="lock-open" disabled={checking || waitLeft > 0}>
          {t.lockOpen}
        </button>
      </form>
      <p role="alert" data-testid="lock-message">
        {message}
      </p>
      <details>
        <summary>{t.lockForgot}</summary>
        <p>{t.lockForgotText}</p>
        {removal ? (
          <p data-testid="lock-removal">
            {fill(t.lockForgotWaiting, { left: formatLeft(t, removal.applyAt - now) })}
          </p>
        ) : (
          <button type="button" data-testid="lock-forgot" onClick={() => void removePin()}>
            {t.lockForgotAsk}
          </button>
        )}
      </details>
      <p class="note">{t.lockNote}</p>
    </main>
  );
}
