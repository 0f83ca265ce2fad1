/**
 * The whole options page (every section, with a term, a waiting change and the PIN lock) has no
 * WCAG 2.2 AA violation axe-core can find, in nl/en/fr, light and dark; and the professionals
 * page too.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const language of ['nl', 'en', 'fr'] as const) {
    test(`options page, ${language}, ${scheme}: no violations`, async ({ page, extensionId }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.getByTestId('options-language').selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      // A personal term, so the masked list is part of the page.
      await page.getByTestId('term-input').fill('zebra');
      await page.getByTestId('term-add').click();
      await expect(page.locator('[data-testid="term-list"] li')).toHaveCount(1);
      expect(await violations(page)).toEqual([]);
    });
  }

  test(`professionals page, ${scheme}: no violations`, async ({ page, extensionId }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/professionals.html`);
    await expect(page.locator('h1')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
