/**
 * [4/6] Therapist's setup code: a code made on the page for professionals in one browser is
 * imported in a FRESH profile (a second launch): the summary comes first, confirm applies it all,
 * the code's personal rule catches a search, and no stored record holds the term. A code with one
 * character changed is refused with a clear message and changes nothing. A code with a counting
 * address (reach endpoint) shows it in the summary and stores it, while counting stays off.
 */
import type { BrowserContext } from '@playwright/test';
import { expect, expectHelp, test } from './fixtures';
import { idOf, launch, serviceWorker } from './support/extension';
import { PERSONAL_TERM } from './support/queries';
import { resultsUrl, serveFakeSites, site } from './support/sites';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

async function storage(context: BrowserContext): Promise<Record<string, unknown>> {
  const worker = await serviceWorker(context);
  return worker.evaluate(() => chrome.storage.local.get(null));
}

/** The code with one base32 character (not the prefix, not a dash) replaced by another. */
function damage(code: string): string {
  const at = code.indexOf('-', 4) + 2;
  const c = code[at]!;
  const other = CROCKFORD[(CROCKFORD.indexOf(c) + 5) % 32]!;
  return code.slice(0, at) + other + code.slice(at + 1);
}

test('a code from the generator sets up a fresh profile; a damaged one changes nothing', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(60_000);
  // The therapist's browser: the page for professionals.
  const pro = await context.newPage();
  await pro.goto(`chrome-extension://${extensionId}/professionals.html`);
  await pro.getByTestId('gen-region').selectOption('BE-VL');
  await pro.getByTestId('gen-strictness-pause').check();
  await pro.getByTestId('gen-list-en-starter').uncheck();
  await pro.getByTestId('gen-term').fill(PERSONAL_TERM);
  await pro.getByTestId('gen-term-add').click();
  await expect(pro.getByTestId('gen-term-count')).toContainText('1');
  // Typed hidden, never shown again.
  await expect(pro.getByTestId('gen-term')).toHaveAttribute('type', 'password');
  await expect(pro.getByTestId('gen-term')).toHaveValue('');
  await pro.getByTestId('gen-make').click();
  const code = (await pro.getByTestId('generated-code').textContent())!.trim();
  expect(code).toMatch(/^KP1(-[0-9A-HJKMNP-TV-Z]{1,5})+$/);
  expect(code.toLowerCase()).not.toContain(PERSONAL_TERM);
  await expect(pro.getByTestId('generated-qr')).toBeVisible();
  expect(await pro.content()).not.toContain(PERSONAL_TERM);

  // The client's browser: a fresh profile.
  const fresh = await launch();
  try {
    await serveFakeSites(fresh.context);
    const id = idOf(await serviceWorker(fresh.context));
    const options = await fresh.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const input = options.getByTestId('setup-code-input');

    // A damaged code: a clear message, and storage exactly as before.
    const before = await storage(fresh.context);
    await input.fill(damage(code));
    await options.getByTestId('setup-code-check').click();
    await expect(options.getByTestId('setup-code-error')).toContainText('typo');
    await expect(options.getByTestId('setup-code-summary')).toHaveCount(0);
    expect(await storage(fresh.context)).toEqual(before);

    // The good code, typed loosely: the summary first, nothing applied yet.
    await input.fill(code.toLowerCase().replace(/-/g, ' '));
    await options.getByTestId('setup-code-check').click();
    const summary = options.getByTestId('setup-code-summary');
    await expect(summary).toContainText('Flanders');
    await expect(summary).toContainText('pause');
    await expect(summary).toContainText('Keerpunt starter list (English)');
    await expect(summary).toContainText('1 term');
    expect(await storage(fresh.context)).toEqual(before);

    await options.getByTestId('setup-code-confirm').click();
    await expect(options.getByTestId('setup-code-status')).not.toBeEmpty();
    const after = await storage(fresh.context);
    expect(after.settings).toMatchObject({
      region: 'BE-VL',
      strictness: 'pause',
      reach: { enabled: false },
    });
    expect((after.guard as { off: string[] }).off).toContain('en-starter');
    expect((after.guard as { personal: string[] }).personal).toHaveLength(1);
    expect(JSON.stringify(after).toLowerCase()).not.toContain(PERSONAL_TERM);

    // The code's rule catches a search.
    const google = site('google');
    const query = `${PERSONAL_TERM} pictures`;
    const tab = await fresh.context.newPage();
    await tab.goto(resultsUrl(google, query)).catch(() => {});
    await expectHelp(tab, query);
    expect(JSON.stringify(await storage(fresh.context)).toLowerCase()).not.toContain(PERSONAL_TERM);
  } finally {
    await fresh.close();
  }
});

test('a code with a counting address shows it first, stores it, and leaves counting off', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(60_000);
  const pro = await context.newPage();
  await pro.goto(`chrome-extension://${extensionId}/professionals.html`);
  const endpoint = pro.getByTestId('gen-endpoint');

  // Each problem with the address is said plainly, and no code is made.
  for (const [typed, says] of [
    ['http://tellen.example.org', 'https://'],
    ['https://me:secret@tellen.example.org', 'password'],
    ['https://tellen.example.org/kp?install=1', '?'],
    ['tellen.example.org', 'not a web address'],
  ] as const) {
    await endpoint.fill(typed);
    await pro.getByTestId('gen-make').click();
    await expect(pro.getByTestId('gen-error')).toContainText(says);
    await expect(endpoint).toHaveAttribute('aria-invalid', 'true');
    await expect(pro.getByTestId('generated-code')).toHaveCount(0);
  }
  // The campaign code is typed in capitals; one outside the wire format is refused.
  const campaign = pro.getByTestId('gen-campaign');
  await campaign.fill('praktijk_1');
  await endpoint.fill('');
  await pro.getByTestId('gen-make').click();
  await expect(pro.getByTestId('gen-error')).toContainText('A–Z');
  await expect(pro.getByTestId('generated-code')).toHaveCount(0);
  await campaign.fill('praktijk-1');
  await expect(campaign).toHaveValue('PRAKTIJK-1');

  // A good address, typed loosely: normalized in the code.
  await endpoint.fill(' https://Tellen.example.org/keerpunt/ ');
  await pro.getByTestId('gen-make').click();
  await expect(pro.getByTestId('gen-error')).toBeEmpty();
  const address = 'https://tellen.example.org/keerpunt';
  await expect(pro.getByTestId('generated-endpoint')).toContainText(address);
  const code = (await pro.getByTestId('generated-code').textContent())!.trim();
  expect(code).toMatch(/^KP1(-[0-9A-HJKMNP-TV-Z]{1,5})+$/);

  // The client's browser: a fresh profile.
  const fresh = await launch();
  try {
    const id = idOf(await serviceWorker(fresh.context));
    const options = await fresh.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    // The install defaults (the lists of other languages switched off) are written as the
    // extension starts: the snapshot comes after them, or their write would look like the code's.
    await expect.poll(async () => 'guard' in (await storage(fresh.context))).toBe(true);
    const before = await storage(fresh.context);
    await options.getByTestId('setup-code-input').fill(code);
    await options.getByTestId('setup-code-check').click();
    const summary = options.getByTestId('setup-code-summary');
    await expect(summary.locator('[data-change=endpoint]')).toHaveText(
      `Anonymous counts would go to: ${address} (only if you switch counting on; importing does not).`,
    );
    await expect(summary.locator('[data-change=campaign]')).toContainText('PRAKTIJK-1');
    expect(await storage(fresh.context)).toEqual(before);

    await options.getByTestId('setup-code-confirm').click();
    await expect(options.getByTestId('setup-code-status')).not.toBeEmpty();
    const after = await storage(fresh.context);
    expect((after.settings as { reach: unknown }).reach).toEqual({
      enabled: false,
      campaign: 'PRAKTIJK-1',
      endpoint: address,
    });
  } finally {
    await fresh.close();
  }
});
