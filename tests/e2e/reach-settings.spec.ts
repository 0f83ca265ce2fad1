/**
 * Anonymous counting on the options page (DESIGN.md "Anonymous reach — exactly"): without an
 * endpoint the opt-in cannot be ticked; a plain-http address is refused with a message and
 * nothing is stored; an https address is stored normalized and shown; the campaign code is
 * stored upper-cased and appears in the shown body, which is exactly 256 bytes; ticking stores
 * `reach.enabled` and shows the send status; unticking applies at once. axe-core on the section
 * with refusal messages and switched on, light and dark. The onboarding's reach step is the same
 * section.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { onboardingTab } from './support/extension';

type Reach = { enabled: boolean; campaign: string; endpoint: string };

const storedReach = (page: Page) =>
  page.evaluate(async () => {
    const { settings } = (await chrome.storage.local.get('settings')) as {
      settings?: { reach?: Reach };
    };
    return settings?.reach;
  }) as Promise<Reach | undefined>;

test('options: endpoint, campaign, the exact body, then the opt-in', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const section = page.getByTestId('reach');
  await expect(section).toBeVisible();
  await expect(section.locator('h2')).toHaveText('Anonymous counting');

  // A plain build has no endpoint: nothing can be sent, the box cannot be ticked.
  await expect(page.getByTestId('reach-endpoint-none')).toBeVisible();
  await expect(page.getByTestId('reach-toggle')).toBeDisabled();
  await expect(page.getByTestId('reach-toggle')).not.toBeChecked();
  await expect(page.getByTestId('reach-toggle-note')).toContainText('once an address is set');

  // A plain-http address is refused; nothing is stored.
  await page.getByTestId('reach-endpoint').fill('http://example.org');
  await page.getByTestId('reach-endpoint-save').click();
  await expect(page.getByTestId('reach-endpoint-message')).toContainText('https://');
  await expect(page.getByTestId('reach-endpoint-message')).toContainText('Nothing was changed');
  expect((await storedReach(page))?.endpoint ?? '').toBe('');
  await expect(page.getByTestId('reach-toggle')).toBeDisabled();

  // An https address is stored normalized (no trailing slash) and written out in full.
  await page.getByTestId('reach-endpoint').fill('  https://Reach.Example.org/ ');
  await page.getByTestId('reach-endpoint-save').click();
  await expect(page.getByTestId('reach-endpoint-message')).toContainText(
    'https://reach.example.org',
  );
  await expect
    .poll(async () => (await storedReach(page))?.endpoint)
    .toBe('https://reach.example.org');
  await expect(page.getByTestId('reach-endpoint-current')).toHaveText('https://reach.example.org');
  await expect(page.getByTestId('reach-endpoint')).toHaveValue('https://reach.example.org');
  // Storing an address never switches counting on.
  expect((await storedReach(page))?.enabled).toBe(false);
  await expect(page.getByTestId('reach-toggle')).toBeEnabled();
  await expect(page.getByTestId('reach-toggle')).not.toBeChecked();

  // A campaign code that is too long is refused; a good one is stored upper-cased.
  await page.getByTestId('reach-campaign').fill('this-code-is-far-too-long');
  await page.getByTestId('reach-campaign-save').click();
  await expect(page.getByTestId('reach-campaign-message')).toContainText('at most 16');
  expect((await storedReach(page))?.campaign).toBe('');
  await page.getByTestId('reach-campaign').fill('spring-26');
  await expect(page.getByTestId('reach-campaign')).toHaveValue('SPRING-26');
  await page.getByTestId('reach-campaign-save').click();
  await expect.poll(async () => (await storedReach(page))?.campaign).toBe('SPRING-26');

  // The shown body: the wire format, exactly 256 bytes, the campaign in it.
  const bodyEl = page.getByTestId('reach-body');
  await expect(bodyEl).toContainText('"campaign":"SPRING-26"');
  const body = (await bodyEl.textContent()) ?? '';
  expect(Buffer.byteLength(body, 'utf8')).toBe(256);
  const report = JSON.parse(body) as Record<string, unknown>;
  expect(report).toMatchObject({ v: 1, campaign: 'SPRING-26', lang: 'en' });
  await expect(section).toContainText('exactly 256 bytes');

  // Ticking stores it and shows the status; unticking applies at once (no cooling-off).
  await page.getByTestId('reach-toggle').check();
  await expect.poll(async () => (await storedReach(page))?.enabled).toBe(true);
  await expect(page.getByTestId('reach-status')).toBeVisible();
  await page.getByTestId('reach-toggle').uncheck();
  await expect.poll(async () => (await storedReach(page))?.enabled).toBe(false);
  await expect(page.getByTestId('reach-toggle')).not.toBeChecked();
  await expect(page.getByTestId('reach-status')).toHaveCount(0);
});

test('options: the send status follows the sender state', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('reach-endpoint').fill('https://reach.example.org');
  await page.getByTestId('reach-endpoint-save').click();
  await expect(page.getByTestId('reach-toggle')).toBeEnabled();
  await page.getByTestId('reach-toggle').check();
  await expect(page.getByTestId('reach-status')).toBeVisible();
  await expect.poll(async () => (await storedReach(page))?.enabled).toBe(true);
  // As if the sender had delivered one day and queued two more. The sender itself has just
  // written its state (switching on starts a tick), and one more tick may still be on its way:
  // the state is written under the sender's own lock, and as the sender would leave it today
  // (days relative to today, today noted, the send planned later), so a tick after it keeps
  // it as it is rather than racing it.
  const days = await page.evaluate(async () => {
    const key = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return [d.getFullYear(), d.getMonth() + 1, d.getDate()]
        .map((n) => String(n).padStart(2, '0'))
        .join('-');
    };
    const state = {
      v: 1,
      seen: key(0),
      queue: [key(-2), key(-1)],
      due: Date.now() + 3_600_000,
      failures: 0,
      sent: key(-3),
    };
    await navigator.locks.request('keerpunt:reach', () =>
      chrome.storage.local.set({ reachState: state }),
    );
    return { sent: state.sent };
  });
  await expect(page.getByTestId('reach-status')).toContainText(
    `Last report taken: for ${days.sent}.`,
  );
  await expect(page.getByTestId('reach-status')).toContainText('Waiting to send: 2 report(s).');
});

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .include('[data-testid="reach"]')
    .withTags(WCAG_22_AA)
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe-core: the section with a refusal, then switched on (${scheme})`, async ({
    page,
    extensionId,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByTestId('reach-endpoint').fill('http://example.org');
    await page.getByTestId('reach-endpoint-save').click();
    await page.getByTestId('reach-campaign').fill('NOT VALID');
    await page.getByTestId('reach-campaign-save').click();
    await expect(page.getByTestId('reach-campaign-message')).not.toBeEmpty();
    await expect(page.getByTestId('reach-body')).toContainText('"v":1');
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('reach-endpoint').fill('https://reach.example.org');
    await page.getByTestId('reach-endpoint-save').click();
    await page.getByTestId('reach-toggle').check();
    await expect(page.getByTestId('reach-status')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test.describe('onboarding', () => {
  test.use({ kpOnboarding: true });

  test('the reach step is the same section', async ({ context }) => {
    const ob = await onboardingTab(context);
    await ob.getByRole('button', { name: 'Anonymous counting' }).click();
    const step = ob.getByTestId('onboarding-step-reach');
    await expect(step).toBeVisible();
    await expect(step.getByTestId('reach')).toBeVisible();
    await expect(step.getByTestId('reach-toggle')).toBeDisabled();
    await expect(step).not.toContainText('counting service is available');

    await step.getByTestId('reach-endpoint').fill('https://reach.example.org/');
    await step.getByTestId('reach-endpoint-save').click();
    await expect(step.getByTestId('reach-endpoint-current')).toHaveText(
      'https://reach.example.org',
    );
    await expect(step.getByTestId('reach-toggle')).toBeEnabled();
    await expect(step.getByTestId('reach-body')).toContainText('"v":1');
    expect(Buffer.byteLength((await step.getByTestId('reach-body').textContent()) ?? '')).toBe(256);
    await step.getByTestId('reach-toggle').check();
    await expect.poll(async () => (await storedReach(ob))?.enabled).toBe(true);
  });
});
