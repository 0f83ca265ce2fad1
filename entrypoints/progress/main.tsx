/**
 * The progress page (`/progress.html`), for the person only: their weeks as a small chart and a
 * table (help shown, help used, pauses), a few supportive words, and a summary they may choose
 * to print or save for their therapist (`#summary`). It is not web-accessible; nothing opens it
 * or shows its numbers anywhere else (no badge, no notification). The tab title stays neutral.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dayKey, emptyRecord, type CounterRecord } from '@/lib/counters/daily';
import { WEEK_CHOICES, weeklyCounts, type WeekChoice } from '@/lib/counters/weekly';
import { DEFAULT_SETTINGS, pickLanguage } from '@/lib/settings/settings';
import { readCounts } from '@/utils/counters';
import { loadSettings } from '@/utils/settings';
import { Chart } from './Chart';
import { PROGRESS_STRINGS, type ProgressStrings } from './strings';
import { Summary } from './Summary';
import { WeekTable } from './WeekTable';
import { supportiveWords } from './words';
import './style.css';

const isSummary = () => location.hash === '#summary';

function Progress({
  record,
  s,
  today,
}: {
  record: CounterRecord;
  s: ProgressStrings;
  today: string;
}) {
  const [count, setCount] = useState<WeekChoice>(8);
  const [summary, setSummary] = useState(isSummary);
  const summaryButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onHash = () => setSummary(isSummary());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  // Back from the summary: focus returns to the button that opened it.
  const wasSummary = useRef(summary);
  useEffect(() => {
    if (wasSummary.current && !summary) summaryButton.current?.focus();
    wasSummary.current = summary;
  }, [summary]);
  const weeks = weeklyCounts(record, today, count);

  if (summary) {
    return <Summary weeks={weeks} s={s} onBack={() => (location.hash = '')} />;
  }
  return (
    <main class="page" data-testid="progress">
      <p class="brand">Keerpunt</p>
      <h1>{s.heading}</h1>
      <p class="lead">{s.intro}</p>
      <label class="weeks">
        {s.weeksLabel}{' '}
        <select
          data-testid="weeks"
          value={String(count)}
          onChange={(e) => setCount(Number(e.currentTarget.value) as WeekChoice)}
        >
          {WEEK_CHOICES.map((n) => (
            <option key={n} value={String(n)}>
              {s.weeksOption(n)}
            </option>
          ))}
        </select>
      </label>
      <Chart weeks={weeks} s={s} />
      <WeekTable weeks={weeks} s={s} id="weeks-table" />
      <section class="words" aria-labelledby="words-heading" data-testid="words">
        <h2 id="words-heading">{s.wordsHeading}</h2>
        {supportiveWords(weeks, s).map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>
          <a href="/intercept.html?from=progress">{s.helpLink}</a>
        </p>
      </section>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{s.summaryTitle}</h2>
        <p>{s.summaryIntro}</p>
        <button
          type="button"
          ref={summaryButton}
          data-testid="open-summary"
          onClick={() => (location.hash = 'summary')}
        >
          {s.summaryOpen}
        </button>
      </section>
      <p class="note">{s.privateNote}</p>
    </main>
  );
}

async function main(): Promise<void> {
  const [settings, record] = await Promise.all([
    loadSettings().catch(() => DEFAULT_SETTINGS),
    readCounts().catch(() => emptyRecord()),
  ]);
  const language = pickLanguage(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = language;
  // Neutral: someone glancing at the tabs sees only the name.
  document.title = 'Keerpunt';
  render(
    <Progress record={record} s={PROGRESS_STRINGS[language]} today={dayKey(new Date())} />,
    document.getElementById('app')!,
  );
}

void main();
