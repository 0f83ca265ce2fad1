/**
 * The progress page (`/progress.html`) and its "summary for my therapist": weekly numbers summed
 * over the normal and the incognito record, ISO weeks across a year end (2026 has a week 53), one
 * chart bar per week with an accessible name, the printable summary, the PNG download, and
 * axe-core (WCAG 2.2 AA) on the page and the summary, light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serviceWorker } from './support/extension';

/** Wednesday 2027-01-13, 11:00 in Amsterdam: the current week is 2027-W02. */
const NOW = '2027-01-13T10:00:00Z';

const COUNTS = {
  'counts:normal': {
    v: 1,
    days: {
      '2026-11-22': { shown: 9 }, // the Sunday before the first of 8 weeks: left out
      '2026-12-29': { shown: 3, help: 1, safe: 2 },
      '2027-01-02': { pause: 1, selfhelp: 1 },
      '2027-01-05': { shown: 1, continued: 1 },
      '2027-01-12': { shown: 2, selfhelp: 1 },
    },
  },
  'counts:incognito': {
    v: 1,
    days: {
      '2026-11-23': { shown: 1 }, // Monday of 2026-W48, the first of 8 weeks
      '2026-12-31': { shown: 2, help: 1 },
      '2027-01-11': { pause: 2 },
    },
  },
};

/** Week id → [shown, help used (with its breakdown), pauses], both records summed. */
const EXPECTED: [string, string, string, string, string][] = [
  ['2026-W48', 'Week 48', '1', '0', '0'],
  ['2026-W49', 'Week 49', '0', '0', '0'],
  ['2026-W50', 'Week 50', '0', '0', '0'],
  ['2026-W51', 'Week 51', '0', '0', '0'],
  ['2026-W52', 'Week 52', '0', '0', '0'],
  ['2026-W53', 'Week 53', '5', '3 (helpline 2, self-help 1)', '1'],
  ['2027-W01', 'Week 1', '1', '0', '0'],
  ['2027-W02', 'Week 2', '2', '1 (helpline 0, self-help 1)', '2'],
];

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function seed(context: BrowserContext, extra: Record<string, unknown> = {}) {
  const worker = await serviceWorker(context);
  await worker.evaluate((items) => chrome.storage.local.set(items), { ...COUNTS, ...extra });
}

async function openProgress(page: Page, extensionId: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/Amsterdam' });
  await cdp.detach();
  await page.clock.install({ time: new Date(NOW) });
  await page.goto(`chrome-extension://${extensionId}/progress.html`);
  await expect(page.getByTestId('progress')).toBeVisible();
}

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

test('weekly numbers: both records summed, ISO weeks across the year end, empty weeks as zeros', async ({
  context,
  page,
  extensionId,
}) => {
  await seed(context);
  await openProgress(page, extensionId);
  await expect(page).toHaveTitle('Keerpunt');

  const rows = page.getByTestId('weeks-table').locator('tbody tr');
  await expect(rows).toHaveCount(8);
  for (const [i, [id, week, shown, used, pause]] of EXPECTED.entries()) {
    const row = rows.nth(i);
    await expect(row).toHaveAttribute('data-week', id);
    await expect(row.getByRole('rowheader')).toContainText(week);
    await expect(row.getByRole('cell')).toHaveText([shown, used, pause]);
  }
  await expect(page.getByTestId('weeks-table').getByRole('columnheader')).toHaveText([
    'Week',
    'Help shown',
    'Help used',
    'Pauses',
  ]);

  // One bar per week, each named with its week and its three numbers.
  const bars = page.getByTestId('chart').getByRole('img');
  await expect(bars).toHaveCount(8);
  for (const [i, [, week, shown, used, pause]] of EXPECTED.entries()) {
    const name = await bars.nth(i).getAttribute('aria-label');
    expect(name).toMatch(new RegExp(`^${week}, .+: help shown ${shown}, `));
    expect(name).toContain(`help used ${used.split(' ')[0]}, pauses ${pause}`);
  }
  await expect(
    page.getByRole('img', { name: /^Week 53, .+: help shown 5, help used 3, pauses 1$/ }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: /help shown, help used and pauses/ })).toBeVisible();

  // Supportive words, from the numbers: help chosen 4 times, 3 pauses, a week with 5 catches.
  const words = page.getByTestId('words');
  await expect(words).toContainText('You chose help 4 times in these weeks.');
  await expect(words).toContainText('Every time you chose help counts.');
  await expect(words).toContainText('You took 3 breathing pauses.');
  await expect(words).toContainText('Keerpunt stepped in more often. That means it did its job');
  await expect(words).not.toContainText(/streak|fail/i);

  // Twelve weeks on request.
  await page.getByTestId('weeks').selectOption('12');
  await expect(rows).toHaveCount(12);
  await expect(rows.first()).toHaveAttribute('data-week', '2026-W44');
  await expect(bars).toHaveCount(12);
  // 2026-11-22 (9 shown) is in the twelve weeks.
  await expect(page.locator('tr[data-week="2026-W47"] td[data-col=shown]')).toHaveText('9');
});

test('summary for my therapist: only the table, the period and what the numbers mean; print and PNG', async ({
  context,
  page,
  extensionId,
}) => {
  await seed(context);
  await openProgress(page, extensionId);
  await page.getByTestId('open-summary').click();

  const summary = page.getByTestId('summary');
  await expect(summary).toBeVisible();
  await expect(page.getByTestId('progress')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keerpunt: weekly summary');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle('Keerpunt');
  await expect(page.getByTestId('period')).toHaveText(
    'Period: 23 November 2026 to 17 January 2027 (8 weeks)',
  );
  const rows = summary.getByTestId('weeks-table').locator('tbody tr');
  await expect(rows).toHaveCount(8);
  for (const [i, [id, , shown, used, pause]] of EXPECTED.entries()) {
    await expect(rows.nth(i)).toHaveAttribute('data-week', id);
    await expect(rows.nth(i).getByRole('cell')).toHaveText([shown, used, pause]);
  }
  await expect(summary.getByRole('listitem')).toHaveText([
    /^Help shown: /,
    /^Help used: /,
    /^Pauses: /,
    /^Weeks run Monday to Sunday/,
  ]);
  // Nothing but the counts: no chart, no supportive words, no links.
  await expect(summary.getByRole('img')).toHaveCount(0);
  await expect(summary.getByRole('link')).toHaveCount(0);

  // Print: the button calls window.print(); in print media the buttons are gone, the table stays.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByTestId('print').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print')).toBeHidden();
  await expect(page.getByTestId('save-image')).toBeHidden();
  await expect(summary.getByTestId('weeks-table')).toBeVisible();
  await expect(page.getByTestId('period')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Save as image: a PNG download.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-image').click(),
  ]);
  expect(download.suggestedFilename()).toBe('weekly-summary-2026-W48-2027-W02.png');
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The IHDR chunk: 2000 pixels wide (1000 CSS px at twice the size).
  expect(bytes.readUInt32BE(16)).toBe(2000);
  await expect(page.getByRole('status')).toHaveText('The image is in your downloads.');

  // Back to the weeks; focus returns to the button that opened the summary.
  await page.getByRole('button', { name: 'Back to my weeks' }).click();
  await expect(page.getByTestId('progress')).toBeVisible();
  await expect(page.getByTestId('open-summary')).toBeFocused();
});

test('no counts yet: eight empty weeks and calm words', async ({ page, extensionId }) => {
  await openProgress(page, extensionId);
  await expect(page.getByTestId('weeks-table').locator('tbody td')).toHaveText(
    Array<string>(24).fill('0'),
  );
  await expect(page.getByTestId('chart').getByRole('img')).toHaveCount(8);
  await expect(page.getByTestId('words')).toContainText('Nothing was counted in these weeks.');
});

test('Dutch when the settings say so, and the options page links here', async ({
  context,
  page,
  extensionId,
}) => {
  await seed(context, { settings: { v: 2, language: 'nl' } });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('progress-link').click();
  await expect(page).toHaveURL(`chrome-extension://${extensionId}/progress.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jouw weken met Keerpunt');
  await expect(page.getByTestId('weeks-table').getByRole('columnheader')).toHaveText([
    'Week',
    'Hulp getoond',
    'Hulp gebruikt',
    'Pauzes',
  ]);
  await expect(page).toHaveTitle('Keerpunt');
});

for (const lang of ['en', 'nl', 'fr'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe-core: no violations on the page and the summary (${lang}, ${scheme})`, async ({
      context,
      page,
      extensionId,
    }) => {
      await seed(context, { settings: { v: 2, language: lang } });
      await page.emulateMedia({ colorScheme: scheme });
      await openProgress(page, extensionId);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoViolations(page, 'progress page');
      await page.getByTestId('open-summary').click();
      await expect(page.getByTestId('summary')).toBeVisible();
      await expectNoViolations(page, 'summary');
    });
  }
}
