/** What a caught search allows: strict, pause or gentle. */
import { STRICTNESS, type Settings, type Strictness } from '@/lib/settings/settings';
import { waitingFor } from '@/lib/settings/pending';
import { setStrictness } from '@/utils/changes';
import { usePending } from '../use-pending';
import type { OptionStrings } from '../strings';

export function StrictnessChoice({ t, settings }: { t: OptionStrings; settings: Settings }) {
  const label: Record<Strictness, string> = {
    strict: t.strictStrict,
    pause: t.strictPause,
    gentle: t.strictGentle,
  };
  const waiting = waitingFor(usePending(), 'strictness')?.value;
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
              // What the person asked for, marked while it waits; the mode in effect again cancels.
              checked={(waiting ?? settings.strictness) === mode}
              onChange={() => void setStrictness(mode)}
            />
            {label[mode]}
            {waiting === mode && (
              <em class="pending" data-testid={`strictness-pending-${mode}`}>
                {' '}
                — {t.pendingMark}
              </em>
            )}
          </label>
        ))}
      </div>
    </section>
  );
}
