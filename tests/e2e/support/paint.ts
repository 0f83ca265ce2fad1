/**
 * The paint monitor: runs INSIDE a fixture page, as the first script of <head>. On every animation
 * frame it checks whether the results element is what shows at the centre of the viewport
 * (elementFromPoint, then computed style up the tree: display, visibility, opacity,
 * content-visibility) and logs `kp-paint:<frame>:<0|1>` on the first frame and whenever that
 * changes. The test collects the lines with page.on('console'), which survives navigation.
 */
import type { ConsoleMessage, Page } from '@playwright/test';

export const RESULTS_ID = 'kp-results';

/**
 * The monitor that also reports each of the `visibleAfter` frames after results appear, while
 * they stay: a visible report with no report at the next frame then means that the document
 * painted no further frame (it was left), not that the results stayed. For a test that measures
 * how long results showed (not for one that counts visible reports after a clean page).
 */
export function paintMonitor(visibleAfter = 0): string {
  return `(() => {
  let frame = 0, last = -1, more = 0;
  const shown = () => {
    const results = document.getElementById('${RESULTS_ID}');
    if (!results) return false;
    const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    if (!hit || !results.contains(hit)) return false;
    if (getComputedStyle(hit).visibility !== 'visible') return false;
    for (let el = hit; el; el = el.parentElement) {
      const s = getComputedStyle(el);
      if (s.display === 'none' || s.opacity === '0' || s.contentVisibility === 'hidden') return false;
    }
    return true;
  };
  const tick = () => {
    frame++;
    const now = shown() ? 1 : 0;
    if (now !== last) {
      console.log('kp-paint:' + frame + ':' + now);
      more = now ? ${visibleAfter} : 0;
    } else if (now && more > 0) {
      more--;
      console.log('kp-paint:' + frame + ':1');
    }
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}

export const PAINT_MONITOR = paintMonitor();

/** The frames after results appear that the polling app's monitor reports (`paintMonitor`). */
export const VISIBLE_AFTER = 2;

export interface PaintReport {
  frame: number;
  visible: boolean;
  url: string;
}

/** Collects the paint monitor's reports of every document this page shows, from now on. */
export class PaintLog {
  readonly reports: PaintReport[] = [];
  private waiters: (() => void)[] = [];

  constructor(page: Page) {
    page.on('console', (msg: ConsoleMessage) => {
      const m = /^kp-paint:(\d+):([01])$/.exec(msg.text());
      if (!m) return;
      // Origin and path only: a report never carries the query.
      const where = new URL(msg.location().url || 'about:blank');
      const url = where.origin + where.pathname;
      this.reports.push({ frame: Number(m[1]), visible: m[2] === '1', url });
      for (const w of this.waiters.splice(0)) w();
    });
  }

  /** Frames in which the results were visible. */
  get visibleFrames(): PaintReport[] {
    return this.reports.filter((r) => r.visible);
  }

  /** Resolves when some frame showed the results (the monitor proving that it works). */
  async waitForVisible(timeout = 10_000): Promise<PaintReport> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const hit = this.visibleFrames[0];
      if (hit) return hit;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no frame showed the results (reports: ${JSON.stringify(this.reports)})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

/** What the fixture sites' own handlers log when they act on a search (`kp-acted:<how>`). */
export class ActedLog {
  readonly acts: string[] = [];
  constructor(page: Page) {
    page.on('console', (msg) => {
      const m = /^kp-acted:(.+)$/.exec(msg.text());
      if (m) this.acts.push(m[1]!);
    });
  }
}
