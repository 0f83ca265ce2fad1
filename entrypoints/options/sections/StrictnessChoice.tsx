/** What a caught search allows: strict, pause or gentle. */
import { STRICTNESS, type Settings, type Strictness } from '@/lib/settings/settings';
import { saveSettings } from '@/utils/settings';
import type { OptionStrings } from '../strings';

export function StrictnessChoice({ t, settings }: { t: OptionStrings; settings: Settings }) {
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
