/**
 * Steps on the options page that many areas share: open it, add a personal term.
 */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** The options page, in a new tab of `context`. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  return options;
}

/** The personal terms' list entries (each says only that a term is there, never which). */
export const termEntries = (options: Page): Locator =>
  options.locator('[data-testid="term-list"] li');

/** Adds a personal term and waits until the list has one entry more. */
export async function addTerm(options: Page, term: string): Promise<void> {
  const entries = termEntries(options);
  const before = await entries.count();
  await options.getByTestId('term-input').fill(term);
  await options.getByTestId('term-add').click();
  await expect(entries).toHaveCount(before + 1);
}
