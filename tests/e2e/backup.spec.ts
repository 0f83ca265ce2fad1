/**
 * Backup ([4/6] "Settings that never get lost"): a backup saved in one profile and restored in a
 * fresh one keeps a personal term catching; what weakens protection waits for the cooling-off
 * period there; a damaged or foreign file changes nothing in storage.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectHelp, test } from './fixtures';
import { idOf, launch, onboardingTab, serviceWorker } from './support/extension';
import { PERSONAL_TERM } from './support/queries';
import { resultsUrl, serveFakeSites, site } from './support/sites';

const everything = (page: Page) =>
  page.evaluate(() => chrome.storage.local.get(null)) as Promise<Record<string, unknown>>;

test('save → a fresh profile → restore: the term still catches; a weakening waits', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(60_000);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('term-input').fill(PERSONAL_TERM);
  await options.getByTestId('term-add').click();
  await expect(options.locator('[data-testid="term-list"] li')).toHaveCount(1);
  await options.getByTestId('strictness-gentle').check();
  await expect(options.getByTestId('strictness-gentle')).toBeChecked();

  const downloaded = options.waitForEvent('download');
  await options.getByTestId('backup-save').click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^settings-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(mkdtempSync(join(tmpdir(), 'kp-backup-')), download.suggestedFilename());
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text).not.toContain(PERSONAL_TERM);
  expect(JSON.parse(text)).toMatchObject({ format: 'keerpunt-backup', v: 1 });
  expect(text).not.toContain('counts');

  // Another, fresh profile with a cooling-off period of an hour.
  const fresh = await launch();
  try {
    await serveFakeSites(fresh.context);
    const id = idOf(await serviceWorker(fresh.context));
    await (await onboardingTab(fresh.context)).close();
    const other = await fresh.context.newPage();
    await other.goto(`chrome-extension://${id}/options.html`);
    await other.getByTestId('cooling-off-1h').check();
    await expect(other.getByTestId('cooling-off-1h')).toBeChecked();

    await other.getByTestId('backup-file').setInputFiles(file);
    const summary = other.getByTestId('backup-summary');
    await expect(summary).toBeVisible();
    await expect(other.getByTestId('backup-step-add-terms')).toContainText('at once');
    await expect(other.getByTestId('backup-step-strictness')).toContainText('waits');
    // The backup's "no cooling-off" shortens the hour set here: it waits too.
    await expect(other.getByTestId('backup-step-cooling-off')).toContainText('waits');
    await other.getByTestId('backup-restore').click();
    await expect(other.getByTestId('backup-status')).toContainText('2 change(s) wait');
    await expect(other.locator('[data-testid="term-list"] li')).toHaveCount(1);

    const stored = await everything(other);
    expect(stored.settings).toMatchObject({ strictness: 'strict', coolingOff: '1h' });
    expect(JSON.stringify(stored.pending)).toContain('"kind":"strictness"');

    const tab = await fresh.context.newPage();
    const query = `${PERSONAL_TERM} pictures`;
    await tab.goto(resultsUrl(site('google'), query)).catch(() => {});
    await expectHelp(tab, query);
  } finally {
    await fresh.close();
  }
});

test('a damaged, foreign or oversized file changes nothing', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('term-input').fill(PERSONAL_TERM);
  await options.getByTestId('term-add').click();
  await expect(options.locator('[data-testid="term-list"] li')).toHaveCount(1);

  const downloaded = options.waitForEvent('download');
  await options.getByTestId('backup-save').click();
  const good = JSON.parse(readFileSync(await (await downloaded).path(), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  const before = await everything(options);

  const damaged = structuredClone(good);
  damaged.settings!.strictness = 'lenient';
  damaged.personal!.key = 'short';
  const files: Array<[string, string, string]> = [
    ['damaged.json', JSON.stringify(damaged), 'settings.strictness'],
    ['notes.json', 'zebra {', 'not a backup'],
    ['other.json', '{"format":"something-else","v":1}', 'not a Keerpunt backup'],
    ['big.json', ' '.repeat(1024 * 1024 + 1), 'too large'],
  ];
  for (const [name, content, says] of files) {
    await options.getByTestId('backup-file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
    const problems = options.getByTestId('backup-problems');
    await expect(problems).toContainText(says);
    await expect(problems).toContainText('nothing changed');
    await expect(options.getByTestId('backup-summary')).toHaveCount(0);
  }
  await expect(options.getByTestId('backup-problems')).toContainText('too large');
  expect(await everything(options)).toEqual(before);
});
