/**
 * The collector's reach dashboard in a plain Chromium (no extension, no shared fixtures): sign-in,
 * hidden and rounded cells in the table, charts, the split by region, the CSV export and sign-out;
 * the dashboard in Dutch and French for a Dutch or French browser.
 * A collector runs in-process on a temporary SQLite file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { hashPassword } from '../../collector/src/auth';
import { createCollector } from '../../collector/src/server';
import { openStore, type Store } from '../../collector/src/store/index';

const NAME = 'staff';
const PASSWORD = 'calm-river-42';
const dayOffset = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
/** 23 reports (13 NL, 10 BE-VL): shown as 25. */
const BUSY_DAY = dayOffset(1);
/** 4 reports: hidden. */
const QUIET_DAY = dayOffset(2);

let browser: Browser;
let store: Store;
let collector: ReturnType<typeof createCollector>;
let base: string;
let dir: string;

async function report(day: string, region: string, help: number) {
  const res = await fetch(`${base}/v1/report`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      v: 1,
      day,
      region,
      lang: 'nl',
      campaign: 'SPRING',
      variant: 'a',
      version: '1.2.3',
      counts: { shown: 1, help, selfhelp: 0, safe: 1, continued: 0, pause: 0 },
    }),
  });
  expect(res.status).toBe(204);
}

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kp-dashboard-e2e-'));
  store = await openStore({ sqlitePath: join(dir, 'reach.sqlite') });
  await store.setUser(NAME, await hashPassword(PASSWORD));
  await store.addCampaign('SPRING');
  collector = createCollector({ store, rateLimit: 'off' });
  await new Promise<void>((resolve) => collector.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(collector.server.address() as { port: number }).port}`;
  const sends: Promise<void>[] = [];
  for (let i = 0; i < 23; i++)
    sends.push(report(BUSY_DAY, i < 13 ? 'NL' : 'BE-VL', i < 12 ? 1 : 0));
  for (let i = 0; i < 4; i++) sends.push(report(QUIET_DAY, 'NL', 1));
  await Promise.all(sends);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
});

test.afterAll(async () => {
  await browser?.close();
  await collector?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
  return context.newPage();
}

async function signIn(page: Page, password = PASSWORD) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Name').fill(NAME);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The dashboard's texts (collector/dashboard/strings.js, a plain browser module). */
type Strings = Record<string, string>;
async function dashboardStrings(): Promise<Record<'en' | 'nl' | 'fr', Strings>> {
  const url = pathToFileURL(resolve('collector/dashboard/strings.js')).href;
  return ((await import(url)) as { STRINGS: Record<'en' | 'nl' | 'fr', Strings> }).STRINGS;
}

/** Every text a person can see or hear on the page: text nodes, titles, aria-labels. */
const pageTexts = (page: Page) =>
  page.evaluate(() => {
    const out = [document.title];
    for (const el of document.querySelectorAll('body *')) {
      for (const n of el.childNodes) {
        const text = n.nodeType === 3 ? (n.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
        if (text) out.push(text);
      }
      for (const a of ['title', 'aria-label']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });

const cell = (page: Page, day: string, key: string, value?: string) =>
  page.locator(
    `#table tbody tr[data-period="${day}"]${value ? `[data-value="${value}"]` : ''} td[data-key="${key}"]`,
  );

test('without a session / leads to the sign-in page', async () => {
  const page = await newPage();
  await page.goto(`${base}/`);
  await expect(page).toHaveURL(`${base}/login`);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Name or password is wrong')).toBeHidden();
  await page.context().close();
});

test('a wrong password shows "Name or password is wrong"', async () => {
  const page = await newPage();
  await signIn(page, 'not-the-password');
  await expect(page).toHaveURL(`${base}/login?failed=1`);
  await expect(page.getByRole('alert')).toHaveText('Name or password is wrong');
  await page.context().close();
});

test('the sign-in page speaks Dutch to a Dutch browser', async () => {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${base}/login?failed=1`);
  await expect(page.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('Naam of wachtwoord klopt niet');
  await context.close();
});

test('signed in: rounded and hidden cells in the table, and charts', async () => {
  const page = await newPage();
  // A script or style the CSP blocks, or a script error, shows up here.
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await signIn(page);
  await expect(page).toHaveURL(`${base}/`);
  await expect(page.getByRole('heading', { name: 'Keerpunt reach' })).toBeVisible();
  await expect(page.getByText('fewer than 10 reports is hidden')).toBeVisible();

  await expect(cell(page, BUSY_DAY, 'reports')).toHaveText('25');
  await expect(cell(page, BUSY_DAY, 'shown')).toHaveText('25');
  await expect(cell(page, BUSY_DAY, 'help')).toHaveText('10');
  await expect(cell(page, BUSY_DAY, 'rate')).toHaveText('40.0%');
  for (const key of ['reports', 'shown', 'help', 'rate']) {
    await expect(cell(page, QUIET_DAY, key)).toHaveText('—');
  }
  await expect(cell(page, QUIET_DAY, 'reports').locator('abbr')).toHaveAttribute(
    'title',
    'fewer than 10 reports: hidden',
  );
  // 14 days by default: one row per day.
  await expect(page.locator('#table tbody tr')).toHaveCount(14);

  // One chart per figure (7 counts and the rate), each a drawn canvas.
  await expect(page.locator('.chart canvas')).toHaveCount(8);
  const painted = await page
    .locator('.chart canvas')
    .first()
    .evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d');
      if (!ctx || !c.width || !c.height) return false;
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < px.length; i += 4) if (px[i]) return true;
      return false;
    });
  expect(painted).toBe(true);
  expect(problems).toEqual([]);
  await page.context().close();
});

test('split by region: one row and one line per region', async () => {
  const page = await newPage();
  await signIn(page);
  await expect(cell(page, BUSY_DAY, 'reports')).toHaveText('25');
  await page.getByLabel('Split by').selectOption('region');
  await expect(cell(page, BUSY_DAY, 'reports', 'NL')).toHaveText('15');
  await expect(cell(page, BUSY_DAY, 'reports', 'BE-VL')).toHaveText('10');
  await expect(cell(page, QUIET_DAY, 'reports', 'NL')).toHaveText('—');
  await expect(page.locator('#table tbody tr')).toHaveCount(28);
  const legend = page.locator('.chart').first().locator('.u-legend .u-series');
  await expect(legend.filter({ hasText: 'NL' })).toHaveCount(1);
  await expect(legend.filter({ hasText: 'BE-VL' })).toHaveCount(1);
  await expect(page.locator('#csv')).toHaveAttribute('href', /[?&]split=region(&|$)/);
  await page.context().close();
});

test('the CSV export leaves the hidden day empty', async () => {
  const page = await newPage();
  await signIn(page);
  await expect(cell(page, BUSY_DAY, 'reports')).toHaveText('25');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(csv[0]).toBe('period,reports,shown,help,selfhelp,safe,continued,pause');
  expect(csv).toContain(`${BUSY_DAY},25,25,10,0,25,0,0`);
  expect(csv).toContain(`${QUIET_DAY},,,,,,,`);
  await page.context().close();
});

test('signing out returns to the sign-in page and closes the API', async () => {
  const page = await newPage();
  await signIn(page);
  await expect(cell(page, BUSY_DAY, 'reports')).toHaveText('25');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(`${base}/login`);
  const status = await page.evaluate(async (day) => {
    const res = await fetch(`/v1/stats?from=${day}&to=${day}&by=day`);
    return res.status;
  }, BUSY_DAY);
  expect(status).toBe(401);
  await page.goto(`${base}/`);
  await expect(page).toHaveURL(`${base}/login`);
  await page.context().close();
});

const LANGUAGES = [
  {
    locale: 'nl-NL',
    lang: 'nl',
    login: 'Inloggen',
    title: 'Keerpunt bereik',
    sections: ['Grafieken', 'Tabel'],
    headers: [
      'Dag',
      'Berichten',
      'Hulp getoond',
      'Hulp gebruikt',
      'Zelfhulp gebruikt',
      'Veilige pagina',
      'Doorgegaan',
      'Pauze',
      'Hulp gebruikt / getoond',
    ],
    hidden: 'minder dan 10 berichten: verborgen',
    note: 'een cel met minder dan 10 berichten',
    rate: /^40,0\s?%$/,
    region: 'Regio',
    split: /uitgesplitst naar regio\.$/,
    csv: 'CSV downloaden',
    logout: 'Uitloggen',
  },
  {
    locale: 'fr-BE',
    lang: 'fr',
    login: 'Se connecter',
    title: 'Keerpunt portée',
    sections: ['Graphiques', 'Tableau'],
    headers: [
      'Jour',
      'Rapports',
      'Aide affichée',
      'Aide utilisée',
      'Auto-assistance utilisée',
      'Page sûre',
      'Poursuite',
      'Pause respiration',
      'Aide utilisée / affichée',
    ],
    hidden: 'moins de 10 rapports\u00a0: masqué',
    note: 'moins de 10 rapports est masquée',
    rate: /^40,0\s?%$/,
    region: 'Région',
    split: /réparti par région\.$/,
    csv: 'Télécharger le CSV',
    logout: 'Se déconnecter',
  },
] as const;

for (const L of LANGUAGES) {
  test(`the dashboard speaks ${L.lang} to a ${L.locale} browser, with the same figures`, async () => {
    const strings = await dashboardStrings();
    const context = await browser.newContext({ locale: L.locale, acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${base}/login`);
    await page.locator('#name').fill(NAME);
    await page.locator('#password').fill(PASSWORD);
    await page.getByRole('button', { name: L.login }).click();
    await expect(page).toHaveURL(`${base}/`);

    await expect(page.locator('html')).toHaveAttribute('lang', L.lang);
    await expect(page).toHaveTitle(L.title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(L.title);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([...L.sections]);
    await expect(page.getByText(L.note)).toBeVisible();
    await expect(page.locator('#table thead th')).toHaveText([...L.headers]);
    await expect(page.locator('#table caption')).toContainText(L.hidden);
    await expect(page.getByRole('link', { name: L.csv })).toBeVisible();
    await expect(page.getByRole('button', { name: L.logout })).toBeVisible();
    await expect(page.locator('.chart figcaption').first()).toHaveText(
      strings[L.lang].titleReports!,
    );

    // The same figures as in English; only the rate is written the language's way.
    await expect(cell(page, BUSY_DAY, 'reports')).toHaveText('25');
    await expect(cell(page, BUSY_DAY, 'shown')).toHaveText('25');
    await expect(cell(page, BUSY_DAY, 'help')).toHaveText('10');
    await expect(cell(page, BUSY_DAY, 'rate')).toHaveText(L.rate);
    for (const key of ['reports', 'shown', 'help', 'rate']) {
      await expect(cell(page, QUIET_DAY, key)).toHaveText('—');
    }
    await expect(cell(page, QUIET_DAY, 'reports').locator('abbr')).toHaveAttribute(
      'title',
      L.hidden,
    );
    await expect(page.locator('#table tbody tr')).toHaveCount(14);
    await expect(page.locator('.chart canvas')).toHaveCount(8);

    await page.locator('#dim').selectOption('region');
    await expect(cell(page, BUSY_DAY, 'reports', 'NL')).toHaveText('15');
    await expect(cell(page, BUSY_DAY, 'reports', 'BE-VL')).toHaveText('10');
    await expect(page.locator('#table thead th').nth(1)).toHaveText(L.region);
    await expect(page.locator('#status')).toHaveText(L.split);

    // No English text of the dashboard is left (unless the language says it the same way).
    const texts = await pageTexts(page);
    const en = strings.en;
    const mine = strings[L.lang];
    const left: string[] = [];
    for (const [key, english] of Object.entries(en)) {
      if (mine[key] === english) continue;
      const pattern = new RegExp(
        `^${english.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`,
      );
      for (const text of texts) if (pattern.test(text)) left.push(`${key}: ${text}`);
    }
    expect(left).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
}
