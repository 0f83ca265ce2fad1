/**
 * "Save as image": the summary's table drawn on a canvas and downloaded as a PNG through an
 * `<a download>` and a blob URL. No library; nothing leaves the device.
 */
import type { WeekCounts } from '@/lib/counters/weekly';
import { periodText, rowOf } from './format';
import type { ProgressStrings } from './strings';

const WIDTH = 1000;
const MARGIN = 40;
const LINE = 30;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Column left edges (week, shown, used, pauses). */
const COLUMNS = [MARGIN, 400, 560, 840];

export interface Summary {
  weeks: readonly WeekCounts[];
  s: ProgressStrings;
  explain: readonly string[];
}

/** Splits `text` into lines no wider than `max` on the canvas's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws the summary on a new canvas (twice the size, so it stays sharp when printed). */
export function drawSummary({ weeks, s, explain }: Summary): HTMLCanvasElement {
  const scale = 2;
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d')!;
  measure.font = `16px ${FONT}`;
  const notes = explain.flatMap((text) => wrap(measure, text, WIDTH - 2 * MARGIN));
  const height =
    MARGIN + 40 + LINE + 16 + LINE * (weeks.length + 1) + 24 + notes.length * 24 + MARGIN;
  canvas.width = WIDTH * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.fillStyle = '#111111';
  ctx.textBaseline = 'alphabetic';

  let y = MARGIN + 24;
  ctx.font = `bold 26px ${FONT}`;
  ctx.fillText(s.summaryHeading, MARGIN, y);
  y += 40;
  ctx.font = `18px ${FONT}`;
  ctx.fillText(`${s.periodLabel}: ${periodText(weeks, s)}`, MARGIN, y);
  y += 16 + LINE;

  ctx.font = `bold 16px ${FONT}`;
  [s.colWeek, s.shown, s.used, s.pause].forEach((text, i) => ctx.fillText(text, COLUMNS[i]!, y));
  ctx.strokeStyle = '#555555';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(MARGIN, y + 9.5);
  ctx.lineTo(WIDTH - MARGIN, y + 9.5);
  ctx.stroke();

  ctx.font = `16px ${FONT}`;
  for (const w of weeks) {
    y += LINE;
    const row = rowOf(w, s);
    const cells = [
      `${row.week}, ${row.dates}`,
      row.shown,
      row.breakdown ? `${row.used} (${row.breakdown})` : row.used,
      row.pause,
    ];
    cells.forEach((text, i) =>
      ctx.fillText(text, COLUMNS[i]!, y, (COLUMNS[i + 1] ?? WIDTH) - COLUMNS[i]! - 12),
    );
    ctx.strokeStyle = '#cccccc';
    ctx.beginPath();
    ctx.moveTo(MARGIN, y + 9.5);
    ctx.lineTo(WIDTH - MARGIN, y + 9.5);
    ctx.stroke();
  }

  y += 24;
  ctx.fillStyle = '#333333';
  for (const line of notes) {
    y += 24;
    ctx.fillText(line, MARGIN, y);
  }
  return canvas;
}

/** Draws the summary and downloads it as `name`. */
export async function saveSummaryImage(summary: Summary, name: string): Promise<void> {
  const canvas = drawSummary(summary);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('no image');
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
