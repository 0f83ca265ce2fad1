/**
 * First run ([4/6]): the onboarding tab opens on install; language, region, a personal term,
 * strictness and a cooling-off period chosen there are in effect; the reach opt-in stays off and
 * shows the exact 256-byte body; finishing records it; a search for the term ends on help.
 * axe-core on every step, light and dark; keyboard and focus on step change.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectHelp, test } from './fixtures';
import { onboardingTab } from './support/extension';
import { PERSONAL_TERM } from './support/queries';
import { resultsUrl, site } from './support/sites';

test.use({ kpOnboarding: true });

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STEP_COUNT = 11;

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

const stored = (page: Page, key: string) =>
  page.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<
    Record<string, unknown>
  >;

/** Next, and the new step's heading has the focus. */
async function next(page: Page, step: string) {
  await page.getByTestId('onboarding-next').click();
  await expect(page.getByTestId(`onboarding-step-${step}`)).toBeVisible();
  await expect(page.locator('.step h2').first()).toBeFocused();
}

test('install → onboarding → the chosen term catches a search', async ({ context, page }) => {
  const ob = await onboardingTab(context);
  await expect(ob).toHaveTitle('Keerpunt');
  await expect(ob.getByTestId('onboarding-already-on')).toBeVisible();
  await expect(ob.getByTestId('onboarding-progress')).toHaveText(`Step 1 of ${STEP_COUNT}`);

  // The page follows the browser (en) and switches at once.
  await ob.getByTestId('onboarding-lang-nl').click();
  await expect(ob.locator('h1')).toHaveText('Welkom bij Keerpunt');
  await expect(ob.locator('html')).toHaveAttribute('lang', 'nl');
  await ob.getByTestId('onboarding-lang-en').click();
  await expect(ob.locator('h1')).toHaveText('Welcome to Keerpunt');

  await next(ob, 'privacy');
  await next(ob, 'region');
  await ob.getByTestId('options-region').selectOption('GB');
  await ob.getByTestId('options-language').selectOption('en');

  await next(ob, 'lists');
  await expect(ob.getByTestId('list-en-starter')).toBeChecked();

  await next(ob, 'terms');
  await ob.getByTestId('term-input').fill(PERSONAL_TERM);
  await ob.getByTestId('term-add').click();
  await expect(ob.locator('[data-testid="term-list"] li')).toHaveCount(1);
  await expect(ob.getByTestId('term-list')).not.toContainText(PERSONAL_TERM);

  await next(ob, 'strictness');
  await ob.getByTestId('strictness-pause').check();
  await expect(ob.getByTestId('strictness-pause')).toBeChecked();

  await next(ob, 'coolingOff');
  await ob.getByTestId('cooling-off-1h').check();
  await expect(ob.getByTestId('cooling-off-1h')).toBeChecked();

  await next(ob, 'coverage');
  await expect(ob.getByTestId('coverage')).not.toContainText('Checking');

  await next(ob, 'reach');
  await expect(ob.getByTestId('reach-toggle')).not.toBeChecked();
  await expect(ob.getByTestId('reach-body')).toContainText('"v":1'); // built after the counts are read
  const body = (await ob.getByTestId('reach-body').textContent()) ?? '';
  expect(Buffer.byteLength(body, 'utf8')).toBe(256);
  const report = JSON.parse(body) as Record<string, unknown>;
  expect(Object.keys(report)).toEqual([
    'v',
    'day',
    'region',
    'lang',
    'campaign',
    'variant',
    'version',
    'counts',
    'pad',
  ]);
  const yesterday = await ob.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
  expect(report).toMatchObject({
    v: 1,
    day: yesterday,
    region: 'GB',
    lang: 'en',
    campaign: '',
    variant: '',
    counts: { shown: 0, help: 0, selfhelp: 0, safe: 0, continued: 0, pause: 0 },
  });
  expect(report.version).toMatch(/^\d+\.\d+\.\d+$/);
  // A plain build has no counting address: the box cannot be ticked yet (reach-settings.spec).
  await expect(ob.getByTestId('reach-toggle')).toBeDisabled();

  await next(ob, 'setupCode');
  await next(ob, 'done');
  await ob.getByTestId('onboarding-finish').click();
  await expect(ob.getByTestId('onboarding-finished')).toBeVisible();

  const settings = await stored(ob, 'settings');
  expect(settings).toMatchObject({
    onboarded: true,
    region: 'GB',
    language: 'en',
    strictness: 'pause',
    coolingOff: '1h',
    reach: { enabled: false, campaign: '', endpoint: '' },
    active: true,
  });
  expect(JSON.stringify(await stored(ob, 'personal'))).not.toContain(PERSONAL_TERM);

  // The first protected search.
  const query = `${PERSONAL_TERM} pictures`;
  await page.goto(resultsUrl(site('google'), query)).catch(() => {});
  await expectHelp(page, query);
});

test('keyboard: the steps, Back and "I have a setup code"', async ({ context }) => {
  const ob = await onboardingTab(context);
  await ob.getByTestId('onboarding-have-code').focus();
  await ob.keyboard.press('Enter');
  await expect(ob.getByTestId('onboarding-step-setupCode')).toBeVisible();
  await expect(ob.locator('.step h2')).toBeFocused();
  await expect(ob.locator('nav [aria-current="step"]')).toHaveText('Setup code');
  await ob.getByTestId('onboarding-back').focus();
  await ob.keyboard.press('Space');
  await expect(ob.getByTestId('onboarding-step-reach')).toBeVisible();
  await expect(ob.locator('.step h2')).toBeFocused();
  // Tab from the heading reaches the step's own first control (the counting address).
  await ob.keyboard.press('Tab');
  await expect(ob.getByTestId('reach-endpoint')).toBeFocused();
});

test('no setting is marked onboarded before Finish', async ({ context }) => {
  const ob = await onboardingTab(context);
  await expect(ob.getByTestId('onboarding')).toBeVisible();
  const settings = await stored(ob, 'settings');
  expect(settings?.onboarded ?? false).toBe(false);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe-core: every step is clean (${scheme})`, async ({ context }) => {
    test.setTimeout(60_000);
    const ob = await onboardingTab(context);
    await ob.emulateMedia({ colorScheme: scheme });
    await expect(ob.getByTestId('onboarding-step-welcome')).toBeVisible();
    for (let i = 0; i < STEP_COUNT; i++) {
      if (i > 0) await ob.getByTestId('onboarding-next').click();
      await expect(ob.getByTestId('onboarding-progress')).toHaveText(
        `Step ${i + 1} of ${STEP_COUNT}`,
      );
      // Async parts have settled (coverage check, the report body).
      await expect(ob.getByText('Checking…')).toHaveCount(0);
      if ((await ob.getByTestId('reach-body').count()) > 0)
        await expect(ob.getByTestId('reach-body')).toContainText('"v":1');
      await expectNoViolations(ob, `step ${i + 1} (${scheme})`);
    }
    await ob.getByTestId('onboarding-finish').click();
    await expect(ob.getByTestId('onboarding-finished')).toBeVisible();
    await expectNoViolations(ob, `finished (${scheme})`);
  });
}
