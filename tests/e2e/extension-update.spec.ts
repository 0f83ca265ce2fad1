/**
 * An extension update with settings migration: version A runs with records in their older shapes
 * (version-1 settings, the personal set as one string, the retired `help:turn`), a tab is open on
 * a search site, then version B (the same build with a higher version) replaces A's files and is
 * loaded again from the same directory (CDP `Extensions.loadUnpacked`; an unpacked extension's id
 * comes from its path), as an update does: `runtime.onInstalled` fires with reason `update`.
 * (`runtime.reload()` of an extension loaded with `--load-extension` unloads it in this headless
 * Chromium instead.) Afterwards the records have their current shape with nothing lost, the first-run tab
 * does not open again, and the tab that was open is still guarded.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, expectHelp, test } from './fixtures';
import {
  EXTENSION_DIR,
  idOf,
  launch,
  loadUnpacked,
  onboardingTab,
  serviceWorker,
} from './support/extension';
import { addTerm, openOptions, termEntries } from './support/options';
import { PaintLog } from './support/paint';
import { PERSONAL_TERM, RISKY } from './support/queries';
import { homeUrl, resultsUrl, serveFakeSites, site } from './support/sites';

type Stored = Record<string, unknown>;

/** Storage as the extension sees it, from its worker or one of its pages. */
const read = (where: Worker | Page, keys: string[]): Promise<Stored> =>
  (where as Page).evaluate((k: string[]) => chrome.storage.local.get(k), keys);

/** Today's `shown` count of the normal context, summed over its days. */
async function shown(where: Worker | Page): Promise<number> {
  const { 'counts:normal': counts } = await read(where, ['counts:normal']);
  const days = (counts as { days?: Record<string, { shown?: number }> } | undefined)?.days ?? {};
  return Object.values(days).reduce((n, d) => n + (d.shown ?? 0), 0);
}

/**
 * An extension page of the reloaded extension, once it runs `version` (its pages read storage
 * whether or not the worker runs; Playwright does not report the reloaded worker).
 */
async function pageAtVersion(context: BrowserContext, id: string, version: string): Promise<Page> {
  const page = await context.newPage();
  await expect
    .poll(
      async () => {
        await page.goto(`chrome-extension://${id}/safe.html`).catch(() => {});
        return page.evaluate(() => chrome.runtime.getManifest().version).catch(() => null);
      },
      { timeout: 15_000 },
    )
    .toBe(version);
  return page;
}

/** Version B: the same files, a higher version, loaded from the same place. */
async function update(context: BrowserContext, dir: string, id: string): Promise<Page> {
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  expect(manifest.version).not.toBe('99.0.0');
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: '99.0.0' }));
  expect(await loadUnpacked(context, dir)).toBe(id);
  return pageAtVersion(context, id, '99.0.0');
}

/**
 * Version A: the build copied to a directory of its own and loaded from there into a browser
 * that started without it (so that loading the directory again is an update), first-run tab
 * closed, fake sites served.
 */
async function installVersionA() {
  const dir = mkdtempSync(join(tmpdir(), 'kp-e2e-update-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const browser = await launch({ withExtension: false });
  const { context } = browser;
  try {
    await serveFakeSites(context);
    const id = await loadUnpacked(context, dir);
    await (await onboardingTab(context)).close();
    const before = await serviceWorker(context);
    expect(idOf(before)).toBe(id);
    return { browser, context, dir, id, before };
  } catch (e) {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

test('an update migrates old records, keeps everything, and keeps open tabs guarded', async () => {
  test.setTimeout(90_000);
  const { browser, context, dir, id, before } = await installVersionA();
  try {
    // Version A, used: a personal term, one caught search counted.
    const options = await openOptions(context, id);
    await addTerm(options, PERSONAL_TERM);
    const tab = context.pages()[0]!;
    await tab.goto(resultsUrl(site('google'), RISKY)).catch(() => {});
    await expectHelp(tab, RISKY);
    await expect.poll(() => shown(before)).toBe(1);

    // …with its records in their older shapes.
    const { guard } = await read(before, ['guard']);
    const personal = (guard as { personal: string[] }).personal;
    expect(personal).toHaveLength(1);
    await before.evaluate((old) => chrome.storage.local.set(old), {
      guard: { ...(guard as Stored), personal: personal[0] },
      settings: { region: 'BE-VL', language: 'nl', strictness: 'gentle' },
      'help:turn': 3,
    } as Stored);
    // A tab open on a search site while the update happens.
    const pornhub = site('pornhub');
    await tab.goto(homeUrl(pornhub));

    const after = await update(context, dir, id);

    // Migrated once, on update: the current shapes, nothing lost.
    await expect
      .poll(async () => (await read(after, ['settings'])).settings, { timeout: 10_000 })
      .toMatchObject({ v: 2, region: 'BE-VL', language: 'nl', strictness: 'gentle' });
    const now = await read(after, ['guard', 'help:turn']);
    expect(now.guard).toMatchObject({ v: 1, personal: [personal[0]] });
    expect(now['help:turn']).toBeUndefined();
    expect(await shown(after)).toBe(1);
    // The first-run tab is for installs only.
    expect(context.pages().map((p) => new URL(p.url()).pathname)).not.toContain('/onboarding.html');

    // The options page of version B shows them.
    const again = await openOptions(context, id);
    await expect(termEntries(again)).toHaveCount(1);
    await expect(again.getByTestId('strictness-gentle')).toBeChecked();

    // The tab open during the update: its own box is caught, with the personal term.
    const paints = new PaintLog(tab);
    const box = tab.locator(`[name="${pornhub.param}"]`);
    const query = `${PERSONAL_TERM} pictures`;
    await box.fill(query);
    await box.press('Enter');
    await expectHelp(tab, query);
    expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
    // Counted once, by version B, on the kept day record.
    await expect.poll(() => shown(after)).toBe(2);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('damaged records survive an update: a notice, the good fields kept, searches still caught', async () => {
  test.setTimeout(60_000);
  const { browser, context, dir, id, before } = await installVersionA();
  try {
    // Version-1 settings with one damaged field, and a guard record that is not one at all.
    const damaged = { region: 'BE-VL', language: 'nl', strictness: 'loose' };
    await before.evaluate((old) => chrome.storage.local.set(old), {
      settings: damaged,
      guard: { personal: 5, off: 'all' },
      'help:turn': 1,
    } as Stored);

    const after = await update(context, dir, id);
    // The migration ran (the retired record is gone) and left the damaged settings for the
    // options page, which says what fell back: the update does not hide it.
    await expect.poll(() => read(after, ['help:turn'])).toEqual({});
    expect(await read(after, ['settings'])).toEqual({ settings: damaged });
    const options = await openOptions(context, id);
    await expect(options.getByTestId('settings-reset')).toContainText('strictness');
    await expect(options.getByTestId('options-region')).toHaveValue('BE-VL');
    await expect(options.getByTestId('strictness-strict')).toBeChecked();

    // The shipped lists still guard.
    const tab = await context.newPage();
    const paints = new PaintLog(tab);
    await tab.goto(resultsUrl(site('bing'), RISKY)).catch(() => {});
    await expectHelp(tab, RISKY);
    expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
