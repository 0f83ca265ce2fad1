/**
 * `npm run screenshots`: the help page in nl, en and fr, light and dark, as
 * `docs/screenshots/help-{nl,en,fr}-{light,dark}.png` (shown in the README). It builds nothing:
 * run `npx wxt build` first; it launches Chromium with `.output/chrome-mv3` the way the end-to-end
 * suite does (tests/e2e/support/extension.ts, `KP_E2E_EXTENSION` for another build).
 *
 * Each language with a region that speaks it (nl: NL, fr: BE-FR, en: GB), in that region's time
 * zone, on a fixed clock (Monday 12 January 2026, 20:00 in Amsterdam and Brussels, 19:00 in
 * London: the lines are open), so "open now" and the shots stay the same from run to run. The page
 * is opened as a person would open it from a link (`?from=…`: nothing counted), the language and
 * region saved, then opened again, so focus is where it starts for a caught search.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { idOf, launch, serviceWorker } from '../tests/e2e/support/extension';

const OUT_DIR = 'docs/screenshots';
const VIEWPORT = { width: 900, height: 1200 };
const MONDAY_EVENING = new Date('2026-01-12T19:00:00Z');

const SHOTS = [
  { lang: 'nl', region: 'NL', timeZone: 'Europe/Amsterdam' },
  { lang: 'en', region: 'GB', timeZone: 'Europe/London' },
  { lang: 'fr', region: 'BE-FR', timeZone: 'Europe/Brussels' },
] as const;

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const launched = await launch();
  try {
    const { context } = launched;
    const extensionId = idOf(await serviceWorker(context));
    for (const { lang, region, timeZone } of SHOTS) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setTimezoneOverride', { timezoneId: timeZone });
        await page.setViewportSize(VIEWPORT);
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.clock.install({ time: MONDAY_EVENING });
        await page.goto(`chrome-extension://${extensionId}/intercept.html?from=screenshots`);
        await page.getByTestId('language').selectOption(lang);
        await page.getByTestId('region').selectOption(region);
        await page.reload();
        await page.getByTestId('help').waitFor();
        const shown = await page.locator('html').getAttribute('lang');
        if (shown !== lang) throw new Error(`page language ${shown}, expected ${lang}`);
        const file = join(OUT_DIR, `help-${lang}-${colorScheme}.png`);
        // The first screen, cut below the pause: the message, the card, the way out and the
        // pause, whole (no line cut in half); the rest of the page is in the tests.
        const pause = await page.locator('.pause').boundingBox();
        if (!pause) throw new Error('no pause block on the page');
        const height = Math.min(VIEWPORT.height, Math.ceil(pause.y + pause.height + 24));
        await page.screenshot({ path: file, clip: { x: 0, y: 0, width: VIEWPORT.width, height } });
        process.stdout.write(`${file}\n`);
        await cdp.detach();
        await page.close();
      }
    }
  } finally {
    await launched.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
});
