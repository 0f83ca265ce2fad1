/**
 * The PIN of the options page ([4/6]): set it, and the page asks for it first; a wrong PIN is
 * refused with a clear message (a short wait after three); the right one opens. Forgetting it
 * never strands the person: its removal can be asked for from the lock, and waits the cooling-off
 * period like any weakening change.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PIN = '2468';

async function setPin(options: Page, pin: string): Promise<void> {
  await options.getByTestId('pin-new').fill(pin);
  await options.getByTestId('pin-repeat').fill(pin);
  await options.getByTestId('pin-set').click();
  await expect(options.getByTestId('pin-is-set')).toBeVisible();
}

async function tryPin(options: Page, pin: string): Promise<void> {
  await options.getByTestId('lock-pin').fill(pin);
  await options.getByTestId('lock-open').click();
}

test('with a PIN the options page is locked; a wrong PIN is refused, the right one opens', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await setPin(options, PIN);
  // Only a PBKDF2 hash is stored.
  const stored = await options.evaluate(() => chrome.storage.local.get('settings'));
  expect(JSON.stringify(stored)).not.toContain(PIN);
  const settings = stored.settings as { pin: { iterations: number } };
  expect(settings.pin.iterations).toBeGreaterThanOrEqual(100_000);

  await options.reload();
  await expect(options.getByTestId('lock')).toBeVisible();
  await expect(options.getByTestId('term-input')).toHaveCount(0);

  await tryPin(options, '1357');
  await expect(options.getByTestId('lock-message')).toHaveText(/not the PIN/);
  await expect(options.getByTestId('term-input')).toHaveCount(0);

  await tryPin(options, PIN);
  await expect(options.getByTestId('term-input')).toBeVisible();
  await expect(options.getByTestId('lock')).toHaveCount(0);
});

test('after three wrong PINs the next try waits a few seconds, then the right PIN opens', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.clock.install();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await setPin(options, PIN);
  await options.reload();
  for (const wrong of ['0000', '1111']) {
    await tryPin(options, wrong);
    await expect(options.getByTestId('lock-message')).toHaveText(/not the PIN/);
    await expect(options.getByTestId('lock-open')).toBeEnabled();
  }
  await tryPin(options, '2222');
  await expect(options.getByTestId('lock-message')).toHaveText(/wait 5 seconds/);
  await expect(options.getByTestId('lock-open')).toBeDisabled();
  await options.clock.fastForward(6_000);
  await expect(options.getByTestId('lock-open')).toBeEnabled();
  await tryPin(options, PIN);
  await expect(options.getByTestId('term-input')).toBeVisible();
});

test('a forgotten PIN: its removal waits the cooling-off period, then the page opens', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.clock.install({ time: Date.now() - 60_000 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('cooling-off-1h').check();
  await setPin(options, PIN);
  await options.reload();
  await expect(options.getByTestId('lock')).toBeVisible();

  await options.getByText('Forgot the PIN?').click();
  await options.getByTestId('lock-forgot').click();
  await expect(options.getByTestId('lock-removal')).toHaveText(/removed in 59 min/);
  await options.reload();
  await expect(options.getByTestId('lock')).toBeVisible();

  await options.clock.fastForward('01:00:05');
  await expect(options.getByTestId('term-input')).toBeVisible();
  await expect(options.getByTestId('pin-is-set')).toHaveCount(0);
});
