/**
 * Works after a browser restart: a personal term added on the options page, the browser closed
 * and started again on the same profile, and both the term and the shipped lists still catch.
 * Not the shared fixtures: this test launches Chromium twice on a profile directory of its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectHelp, test } from './fixtures';
import { addTerm, openOptions, termEntries } from './support/options';
import { idOf, launch, serviceWorker, type Launched } from './support/extension';
import { PaintLog } from './support/paint';
import { BENIGN, PERSONAL_TERM, RISKY } from './support/queries';
import { resultsUrl, serveFakeSites, site } from './support/sites';

/** Chromium on `profile` with the fake sites served; the extension's id once its worker runs. */
async function start(profile: string): Promise<Launched & { extensionId: string }> {
  const launched = await launch({ profileDir: profile });
  await serveFakeSites(launched.context);
  return { ...launched, extensionId: idOf(await serviceWorker(launched.context)) };
}

test('after a browser restart a personal term and the shipped lists still catch', async () => {
  test.setTimeout(60_000);
  const google = site('google');
  const personal = `${PERSONAL_TERM} pictures`;
  const profile = mkdtempSync(join(tmpdir(), 'kp-e2e-restart-'));
  let browser: Launched | undefined;
  try {
    // First run: add the term on the options page.
    const first = await start(profile);
    browser = first;
    const options = await openOptions(first.context, first.extensionId);
    const before = await termEntries(options).count();
    await addTerm(options, PERSONAL_TERM);
    await first.close();
    browser = undefined;

    // Second run, same profile: the same extension, the term still listed (without its text).
    const second = await start(profile);
    browser = second;
    expect(second.extensionId).toBe(first.extensionId);
    const again = await openOptions(second.context, second.extensionId);
    await expect(termEntries(again)).toHaveCount(before + 1);
    await expect(again.getByTestId('term-list')).not.toContainText(PERSONAL_TERM);
    await again.close();

    for (const query of [personal, RISKY]) {
      const page = await second.context.newPage();
      const paints = new PaintLog(page);
      await page.goto(resultsUrl(google, query)).catch(() => {}); // aborted by the move to help
      await expectHelp(page, query);
      expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
      await page.close();
    }

    // Control: a clean search still shows its results (the monitor sees them).
    const page = await second.context.newPage();
    const paints = new PaintLog(page);
    await page.goto(resultsUrl(google, BENIGN));
    await paints.waitForVisible();
  } finally {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
