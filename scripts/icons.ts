/**
 * Writes the toolbar and store icons (public/icon/16.png … 128.png; WXT puts them in the
 * manifest's `icons`, which the toolbar button uses too). A neutral mark: a soft sage circle
 * with a turning arrow, nothing that says what Keerpunt is about. Rendered from one SVG by
 * Chromium (Playwright), transparent outside the circle.
 *
 *   npx tsx scripts/icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const SIZES = [16, 32, 48, 128] as const;
const OUT = resolve('public/icon');
const CHROMIUM = process.env.KP_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** The mark on a 128-unit grid: an open arc of about 290°, turning clockwise into an arrowhead at the top. */
function svg(size: number): string {
  // Small sizes get a thicker stroke so the arc stays readable at 16 px.
  const stroke = size <= 16 ? 15 : size <= 32 ? 13 : 11;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <circle cx="64" cy="64" r="62" fill="#5f8a7e"/>
  <path d="M 95.9 52.4 A 34 34 0 1 1 62 30" fill="none" stroke="#f4f1ea"
        stroke-width="${stroke}" stroke-linecap="round"/>
  <path d="M 84 30 L 60 14 L 60 46 Z" fill="#f4f1ea" stroke="#f4f1ea" stroke-width="4"
        stroke-linejoin="round"/>
</svg>`;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`,
      );
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      writeFileSync(resolve(OUT, `${size}.png`), png);
      await page.close();
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
