/**
 * "Summary for my therapist": only the weekly counts table, the period and what each number
 * means; printable (print CSS hides the buttons) and savable as a PNG. The person chooses whether
 * to bring it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WeekCounts } from '@/lib/counters/weekly';
import { periodText } from './format';
import { saveSummaryImage } from './image';
import type { ProgressStrings } from './strings';
import { WeekTable } from './WeekTable';

export function Summary({
  weeks,
  s,
  onBack,
}: {
  weeks: readonly WeekCounts[];
  s: ProgressStrings;
  onBack: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const explain = [s.explainShown, s.explainUsed, s.explainPause, s.explainWeek];
  const first = weeks[0]?.id ?? '';
  const last = weeks[weeks.length - 1]?.id ?? '';
  return (
    <main class="page summary" data-testid="summary">
      <div class="actions no-print">
        <button type="button" class="secondary" onClick={onBack}>
          {s.back}
        </button>
        <button type="button" onClick={() => window.print()} data-testid="print">
          {s.print}
        </button>
        <button
          type="button"
          data-testid="save-image"
          onClick={() =>
            void saveSummaryImage(
              { weeks, s, explain },
              `weekly-summary-${first}-${last}.png`,
            ).then(
              () => setSaved(true),
              () => setSaved(false),
            )
          }
        >
          {s.saveImage}
        </button>
      </div>
      <p class="status no-print" role="status">
        {saved ? s.imageSaved : ''}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {s.summaryHeading}
      </h1>
      <p data-testid="period">
        <strong>{s.periodLabel}:</strong> {periodText(weeks, s)}
      </p>
      <WeekTable weeks={weeks} s={s} id="summary-table" />
      <ul class="explain">
        {explain.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </main>
  );
}
