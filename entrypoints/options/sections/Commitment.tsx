/**
 * Cooling-off ([4/6] "Easy to tighten, hard to loosen"): the period, protection on/off, the PIN,
 * and the changes that wait, each with a live countdown and Cancel. While the page is open it
 * applies changes when they come due, with the page's own clock.
 */
import { lists as shippedLists } from 'virtual:keerpunt-shipped-lists';
import { useEffect, useRef, useState } from 'preact/hooks';
import { waitingFor, type PendingChange } from '@/lib/settings/pending';
import { COOLING_OFF, type Language, type Settings } from '@/lib/settings/settings';
import {
  applyDue,
  cancelChange,
  removePin,
  setActive,
  setCoolingOff,
  setPin,
  type Outcome,
} from '@/utils/changes';
import { hashPin, pinProblem } from '@/utils/pin';
import type { Rules } from '@/utils/rules';
import { fill } from '../strings';
import { usePending, useNow } from '../use-pending';
import { COMMITMENT_STRINGS, formatLeft, type CommitmentStrings } from './commitment-strings';

export function Commitment({
  settings,
  rules,
  lang,
}: {
  settings: Settings;
  rules: Rules;
  lang: Language;
}) {
  const t = COMMITMENT_STRINGS[lang];
  const pending = usePending();
  const now = useNow();
  const [status, setStatus] = useState('');
  const applying = useRef(false);

  // A change whose time has come while the page is open takes effect now.
  useEffect(() => {
    if (applying.current || !pending.changes.some((c) => c.applyAt <= now)) return;
    applying.current = true;
    void applyDue(now).finally(() => (applying.current = false));
  }, [now, pending]);

  const report = (out: Outcome) =>
    setStatus(
      out.outcome === 'pending'
        ? fill(t.waits, { left: formatLeft(t, out.applyAt - Date.now()) })
        : t.applied,
    );
  const waitingPeriod = pending.changes.find((c) => c.kind === 'cooling-off')?.value;

  return (
    <section data-testid="commitment">
      <h2>{t.title}</h2>
      <p>{t.intro}</p>
      <h3 id="cooling-off">{t.periodLabel}</h3>
      <div role="radiogroup" aria-labelledby="cooling-off" class="choices">
        {COOLING_OFF.map((period) => (
          <label key={period}>
            <input
              type="radio"
              name="cooling-off"
              value={period}
              data-testid={`cooling-off-${period}`}
              checked={(waitingPeriod ?? settings.coolingOff) === period}
              onChange={() => void setCoolingOff(period).then(report)}
            />
            {t.period[period]}
            {waitingPeriod === period && <em class="pending"> — {t.waitingMark}</em>}
          </label>
        ))}
      </div>

      <h3>{t.protectionTitle}</h3>
      <p data-testid="protection-state">{settings.active ? t.protectionOn : t.protectionOff}</p>
      {settings.active && waitingFor(pending, 'switch-off') ? (
        <button
          type="button"
          data-testid="protection-keep"
          onClick={() => void setActive(true).then(() => setStatus(t.cancelled))}
        >
          {t.keepOn}
        </button>
      ) : settings.active ? (
        <button
          type="button"
          data-testid="protection-off"
          onClick={() => void setActive(false).then(report)}
        >
          {t.switchOff}
        </button>
      ) : (
        <button
          type="button"
          data-testid="protection-on"
          onClick={() => void setActive(true).then(report)}
        >
          {t.switchOn}
        </button>
      )}

      <PinForm
        t={t}
        settings={settings}
        onDone={setStatus}
        onRemove={() => void removePin().then(report)}
      />

      <p role="status" data-testid="commitment-status">
        {status}
      </p>

      <h3>{t.waitingTitle}</h3>
      {pending.changes.length === 0 ? (
        <p data-testid="pending-none">{t.waitingNone}</p>
      ) : (
        <ul class="entries" data-testid="pending-list">
          {[...pending.changes]
            .sort((a, b) => a.applyAt - b.applyAt)
            .map((change) => (
              <li key={change.id} data-testid={`pending-${change.kind}`}>
                <span>
                  {describe(t, change, rules, lang)}{' '}
                  <em data-testid="pending-countdown">
                    {fill(t.takesEffect, { left: formatLeft(t, change.applyAt - now) })}
                  </em>
                </span>
                <button
                  type="button"
                  data-testid="pending-cancel"
                  onClick={() => void cancelChange(change.id).then(() => setStatus(t.cancelled))}
                >
                  {t.cancel}
                </button>
              </li>
            ))}
        </ul>
      )}
      <p class="note">{t.outside}</p>
      <p class="note">{t.clockNote}</p>
    </section>
  );
}

function PinForm({
  t,
  settings,
  onDone,
  onRemove,
}: {
  t: CommitmentStrings;
  settings: Settings;
  onDone: (status: string) => void;
  onRemove: () => void;
}) {
  const [pin, setPinText] = useState('');
  const [repeat, setRepeat] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    const problem = pinProblem(pin);
    if (problem) return onDone(problem === 'short' ? t.pinShort : t.pinLong);
    if (pin !== repeat) return onDone(t.pinMismatch);
    await setPin(await hashPin(pin));
    setPinText('');
    setRepeat('');
    onDone(t.pinSaved);
  };
  return (
    <>
      <h3>{t.pinTitle}</h3>
      <p class="note">{t.pinNote}</p>
      {settings.pin && <p data-testid="pin-is-set">{t.pinIsSet}</p>}
      <form onSubmit={save}>
        <label>
          {t.pinNew}
          <input
            type="password"
            data-testid="pin-new"
            autocomplete="new-password"
            value={pin}
            onInput={(e) => setPinText(e.currentTarget.value)}
          />
        </label>
        <label>
          {t.pinRepeat}
          <input
            type="password"
            data-testid="pin-repeat"
            autocomplete="new-password"
            value={repeat}
            onInput={(e) => setRepeat(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="pin-set">
          {settings.pin ? t.pinChange : t.pinSet}
        </button>
      </form>
      {settings.pin && (
        <button type="button" data-testid="pin-remove" onClick={onRemove}>
          {t.pinRemove}
        </button>
      )}
    </>
  );
}

/** What a waiting change will do, in words; a term by the day it was added, never its text. */
function describe(
  t: CommitmentStrings,
  change: PendingChange,
  rules: Rules,
  lang: Language,
): string {
  switch (change.kind) {
    case 'remove-term': {
      const entry = rules.personal.entries.find((e) => e.id === change.target);
      if (!entry) return t.changeTermUnknown;
      const date = new Date(`${entry.added}T12:00:00`).toLocaleDateString(lang, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
      return fill(t.changeTerm, { date });
    }
    case 'list-off': {
      const list = shippedLists.find((l) => l.id === change.target);
      return fill(t.changeList, { list: list?.title ?? change.target! });
    }
    case 'remove-site':
      return fill(t.changeSite, { host: change.target! });
    case 'strictness':
      return fill(t.changeStrictness, { mode: t.strictness[change.value!] ?? change.value! });
    case 'cooling-off':
      return fill(t.changeCoolingOff, {
        period: t.period[change.value as keyof typeof t.period] ?? change.value!,
      });
    case 'switch-off':
      return t.changeSwitchOff;
    case 'remove-pin':
      return t.changeRemovePin;
  }
}
