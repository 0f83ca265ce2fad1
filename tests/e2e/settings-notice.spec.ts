/**
 * Settings that never get lost: a damaged stored field falls back to its default with a notice on
 * the options page, and the good fields beside it are kept (and written back repaired).
 */
import { expect, test } from './fixtures';
import { serviceWorker } from './support/extension';

test('a damaged setting shows a notice, falls back alone, and the rest is kept', async ({
  context,
  extensionId,
  page,
}) => {
  const worker = await serviceWorker(context);
  await worker.evaluate(() =>
    chrome.storage.local.set({
      settings: { v: 2, region: 'NL', language: 'en', strictness: 'loose', coolingOff: '24h' },
    }),
  );
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('settings-reset')).toContainText('strictness');
  await expect(page.getByTestId('options-region')).toHaveValue('NL');
  await expect(page.getByTestId('strictness-strict')).toBeChecked();
  const stored = await worker.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored.settings).toMatchObject({ region: 'NL', strictness: 'strict', coolingOff: '24h' });
  // Repaired once: the notice does not come back.
  await page.reload();
  await expect(page.getByTestId('options-region')).toHaveValue('NL');
  await expect(page.getByTestId('settings-reset')).toHaveCount(0);
});
