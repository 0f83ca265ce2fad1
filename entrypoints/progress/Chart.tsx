/**
 * A small bar chart of the weeks, inline SVG, no library. Each week is one group with an
 * accessible name that says its three numbers; the bars inside are drawing only. The table
 * below the chart holds the same numbers as text.
 */
import { helpUsed, type WeekCounts } from '@/lib/counters/weekly';
import { weekDates, weekStart } from './format';
import type { ProgressStrings } from './strings';

const BAR = 10;
const GAP = 2;
const SLOT = 48;
const PLOT = 110;
const TOP = 6;
const LABEL = 22;

export function Chart({ weeks, s }: { weeks: readonly WeekCounts[]; s: ProgressStrings }) {
  const max = Math.max(1, ...weeks.flatMap((w) => [w.shown, helpUsed(w), w.pause]));
  const height = (n: number) => (n === 0 ? 0 : Math.max(2, Math.round((n / max) * PLOT)));
  const width = weeks.length * SLOT;
  const base = TOP + PLOT;
  return (
    <figure class="chart">
      <figcaption id="chart-title">{s.chartTitle}</figcaption>
      <ul class="legend">
        <li>
          <span class="swatch shown" aria-hidden="true" />
          {s.shown}
        </li>
        <li>
          <span class="swatch used" aria-hidden="true" />
          {s.used}
        </li>
        <li>
          <span class="swatch pause" aria-hidden="true" />
          {s.pause}
        </li>
      </ul>
      <svg
        role="group"
        aria-labelledby="chart-title"
        viewBox={`0 0 ${width} ${base + LABEL}`}
        data-testid="chart"
      >
        <line class="axis" x1={0} x2={width} y1={base + 0.5} y2={base + 0.5} />
        {weeks.map((w, i) => {
          const x0 = i * SLOT + (SLOT - 3 * BAR - 2 * GAP) / 2;
          const values: [string, number][] = [
            ['shown', w.shown],
            ['used', helpUsed(w)],
            ['pause', w.pause],
          ];
          const name = s.bar(
            s.weekWithDates(w.week, weekDates(w, s)),
            w.shown,
            helpUsed(w),
            w.pause,
          );
          return (
            <g key={w.id} role="img" aria-label={name} data-testid="week-bar" data-week={w.id}>
              {values.map(([kind, n], j) => (
                <rect
                  key={kind}
                  class={kind}
                  x={x0 + j * (BAR + GAP)}
                  y={base - height(n)}
                  width={BAR}
                  height={height(n)}
                />
              ))}
              <text x={i * SLOT + SLOT / 2} y={base + 16} text-anchor="middle">
                {weekStart(w, s)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
