/**
 * Reach end to end: the extension (opted in, its clock brought forward through the sender's
 * stored schedule) sends yesterday's report to a real collector on loopback; the staff dashboard
 * shows that day suppressed while it has fewer than 10 reports, and rounded to 5 once enough
 * other installs (posted here) have reported.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { createCollector } from '../../collector/src/server';
import { openStore } from '../../collector/src/store';
import { reportBody } from '../../lib/reach/report';
import { expect, test } from './fixtures';
import { serviceWorker } from './support/extension';

const USER = 'staff';
const PASSWORD = 'correct horse battery staple';
const CAMPAIGN = 'E2E-1';

let dir: string;
let collector: Awaited<ReturnType<typeof createCollector>>;
let endpoint: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kp-e2e-collector-'));
  const sqlitePath = join(dir, 'reach.sqlite');
  for (const args of [
    ['add-user', USER],
    ['add-campaign', CAMPAIGN],
  ]) {
    const r = spawnSync('npx', ['tsx', 'collector/src/cli.ts', ...args], {
      input: `${PASSWORD}\n`,
      env: { ...process.env, SQLITE_PATH: sqlitePath },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`collector ${args.join(' ')}: ${r.stderr}`);
  }
  const store = await openStore({ sqlitePath });
  collector = createCollector({ store, rateLimit: 'off' });
  await new Promise<void>((done) => collector.server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(collector.server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await collector?.close();
  rmSync(dir, { recursive: true, force: true });
});

const localDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

async function sendFromExtension(worker: Worker): Promise<void> {
  await worker.evaluate(
    async ({ endpoint, campaign }) => {
      const key = (x: Date) =>
        `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`;
      const yesterday = key(new Date(Date.now() - 86_400_000));
      await chrome.storage.local.set({
        'counts:normal': { v: 1, days: { [yesterday]: { shown: 3, help: 1, selfhelp: 1 } } },
      });
      const { settings } = (await chrome.storage.local.get('settings')) as { settings?: object };
      await chrome.storage.local.set({
        settings: { ...settings, reach: { enabled: true, campaign, endpoint } },
      });
      // The controlled clock: the planned send time is now. Written under the sender's lock: the
      // settings change above starts a tick, whose own write must not land on top of this one.
      await navigator.locks.request('keerpunt:reach', () =>
        chrome.storage.local.set({
          reachState: {
            v: 1,
            seen: key(new Date()),
            queue: [yesterday],
            due: Date.now() - 1000,
            failures: 0,
            sent: '',
          },
        }),
      );
      await chrome.alarms.create('reach:send', { when: Date.now() });
    },
    { endpoint, campaign: CAMPAIGN.toLowerCase() },
  );
  await expect
    .poll(() =>
      worker.evaluate(async () => (await chrome.storage.local.get('reachState')).reachState),
    )
    .toMatchObject({ queue: [], failures: 0, sent: localDay(new Date(Date.now() - 86_400_000)) });
}

async function logIn(page: Page): Promise<void> {
  await page.goto(`${endpoint}/`);
  await expect(page).toHaveURL(/\/login/);
  await page.locator('input[name="name"]').fill(USER);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page
    .locator('form[action="/login"] button, form[action="/login"] [type="submit"]')
    .first()
    .click();
  await expect(page).not.toHaveURL(/\/login/);
}

test('a report from the extension reaches the dashboard, suppressed until 10 reports, then rounded', async ({
  context,
  page,
}) => {
  // The suite answers unknown hosts with a 404 in the browser; the collector is real.
  await context.route(
    (url) => url.origin === endpoint,
    (route) => route.continue(),
  );
  const worker = await serviceWorker(context);
  await sendFromExtension(worker);
  const day = localDay(new Date(Date.now() - 86_400_000));

  // The API, with the dashboard's session: one report → suppressed entirely.
  await logIn(page);
  const stats = async () => {
    const r = await page.request.get(`${endpoint}/v1/stats?from=${day}&to=${day}&by=day`);
    expect(r.status()).toBe(200);
    return ((await r.json()) as { rows: Array<Record<string, unknown>> }).rows;
  };
  expect(await stats()).toEqual([
    {
      period: day,
      reports: null,
      shown: null,
      help: null,
      selfhelp: null,
      safe: null,
      continued: null,
      pause: null,
    },
  ]);
  // The dashboard's table: the day's row is there, every number hidden.
  const cellOf = (key: string) => page.locator(`tr[data-period="${day}"] td[data-key="${key}"]`);
  await expect(cellOf('reports')).toHaveText('—');
  await expect(cellOf('shown')).toHaveText('—');

  // Eleven other installs report the same day: 12 reports in all.
  for (let i = 0; i < 11; i++) {
    const body = reportBody({
      day,
      region: 'NL',
      lang: 'nl',
      campaign: CAMPAIGN,
      variant: '',
      version: '0.1.0',
      counts: { shown: 2, help: 1, selfhelp: 0, safe: 0, continued: 0, pause: 1 },
    });
    const r = await fetch(`${endpoint}/v1/report`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(r.status).toBe(204);
  }
  // reports 12 → 10; shown 3 + 22 = 25; help 1 + 11 = 12 → 10; selfhelp 1 → 0; pause 11 → 10.
  expect(await stats()).toEqual([
    {
      period: day,
      reports: 10,
      shown: 25,
      help: 10,
      selfhelp: 0,
      safe: 0,
      continued: 0,
      pause: 10,
    },
  ]);
  // The extension's lower-case campaign went out upper-cased and counts as the registered one.
  const byCampaign = await page.request.get(
    `${endpoint}/v1/stats?from=${day}&to=${day}&by=day&campaign=${CAMPAIGN}`,
  );
  expect(((await byCampaign.json()) as { rows: Array<{ reports: number }> }).rows[0]!.reports).toBe(
    10,
  );
  await page.reload();
  await expect(cellOf('reports')).toHaveText('10');
  await expect(cellOf('shown')).toHaveText('25');
  await expect(cellOf('help')).toHaveText('10');
  await expect(cellOf('selfhelp')).toHaveText('0');
  await expect(cellOf('pause')).toHaveText('10');
});
