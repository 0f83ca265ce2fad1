/** The weekly numbers as a table: the page's text alternative to the chart, and the summary. */
import type { WeekCounts } from '@/lib/counters/weekly';
import { rowOf } from './format';
import type { ProgressStrings } from './strings';

export function WeekTable({
  weeks,
  s,
  id,
}: {
  weeks: readonly WeekCounts[];
  s: ProgressStrings;
  id: string;
}) {
  return (
    // Focusable, so a keyboard can scroll it sideways when a narrow window makes it scroll.
    <div class="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table data-testid="weeks-table">
        <caption id={`${id}-caption`}>{s.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.colWeek}</th>
            <th scope="col">{s.shown}</th>
            <th scope="col">{s.used}</th>
            <th scope="col">{s.pause}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => {
            const row = rowOf(w, s);
            return (
              <tr key={w.id} data-week={w.id}>
                <th scope="row">
                  {row.week}
                  <span class="dates">{row.dates}</span>
                </th>
                <td data-col="shown">{row.shown}</td>
                <td data-col="used">
                  {row.used}
                  {row.breakdown && <span class="breakdown"> ({row.breakdown})</span>}
                </td>
                <td data-col="pause">{row.pause}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
