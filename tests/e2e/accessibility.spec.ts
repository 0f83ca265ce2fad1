/**
 * The help page against WCAG 2.2 AA with axe-core: nl, en and fr, light and dark, at 100% and at
 * 200% zoom, in the states a person can bring it to (a question open, the pause running, a region
 * without a helpline, a line whose hours are unconfirmed, a line that is closed right now).
 *
 * 200% zoom: Chromium's page zoom makes a CSS pixel two device pixels, so the page lays out in
 * half as many CSS pixels (a 1280 px wide window gives `innerWidth` 640) and `devicePixelRatio`
 * doubles; `rem`, media queries and wrapping all respond as in the person's browser. That is what
 * `zoomTo` emulates, with CDP `Emulation.setDeviceMetricsOverride` (width and height halved, scale
 * factor 2). Not used: `Emulation.setPageScaleFactor` is pinch zoom (the layout does not reflow,
 * which is not what WCAG 1.4.4 resize text asks), and CSS `zoom` on the root element leaves the
 * viewport at 1280 CSS px, so media queries and reflow never see the zoom. Reflow (WCAG 1.4.10) is
 * checked apart, at 320 CSS px (400% of 1280): nothing scrolls sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { CONTINUE_TEXT } from '../../lib/help/continue-text';
import { FAQ } from '../../lib/help/faq';
import { MESSAGES } from '../../lib/help/messages';
import { PAUSE_TEXT } from '../../lib/help/pause';
import { VARIANTS } from '../../lib/help/variants';
import { expect, test } from './fixtures';

type Lang = 'nl' | 'en' | 'fr';
type Scheme = 'light' | 'dark';

/** Each language with a region that speaks it. */
const REGION_OF: Record<Lang, string> = { nl: 'NL', en: 'GB', fr: 'BE-FR' };
/** The window the suite launches with (support/extension.ts). */
const WINDOW = { width: 1280, height: 720 };
/** Monday 2026-01-12 20:00 in Amsterdam: the Dutch line is open. */
const MONDAY_EVENING = '2026-01-12T19:00:00Z';
/** The same Monday 22:30 in Amsterdam: the Dutch line is closed ("meanwhile" shows). */
const MONDAY_LATE = '2026-01-12T21:30:00Z';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens the help page as the person would from a link (nothing counted) at a fixed time. */
async function openHelp(page: Page, extensionId: string, lang: Lang, scheme: Scheme, time: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/Amsterdam' });
  await cdp.detach();
  await page.emulateMedia({ colorScheme: scheme });
  await page.clock.install({ time: new Date(time) });
  await page.goto(`chrome-extension://${extensionId}/intercept.html?from=test`);
  await expect(page.getByTestId('help')).toBeVisible();
  await page.getByTestId('language').selectOption(lang);
  await page.getByTestId('region').selectOption(REGION_OF[lang]);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Browser zoom at `percent` (see the top of this file). */
async function zoomTo(page: Page, percent: number) {
  const cdp = await page.context().newCDPSession(page);
  const factor = percent / 100;
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: Math.round(WINDOW.width / factor),
    height: Math.round(WINDOW.height / factor),
    deviceScaleFactor: factor,
    mobile: false,
  });
  // The override lasts as long as its session: not detached, it ends with the page.
  expect(await page.evaluate(() => window.innerWidth)).toBe(Math.round(WINDOW.width / factor));
}

/** One violation per line: rule, impact, help, and each element with axe's summary of it. */
function describe(violations: Result[]): string {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
        ...v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary ?? ''}`),
      ].join('\n'),
    )
    .join('\n');
}

/** axe on the whole page; a failure names the state and lists every violation. */
async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations, `${state}:\n${describe(violations)}`).toEqual([]);
}

/** Every state worth checking, at the current zoom; leaves the page as it found it. */
async function checkStates(page: Page, label: string) {
  await expectNoViolations(page, `${label}, as it opens`);

  const firstQuestion = page.getByTestId('faq').locator('summary').first();
  await firstQuestion.click();
  await expect(page.getByTestId('faq').locator('details[open]')).toHaveCount(1);
  await expectNoViolations(page, `${label}, a question open`);
  await firstQuestion.click();

  await page.getByTestId('pause-open').click();
  await page.clock.runFor(5_000);
  await expect(page.getByTestId('pause')).toBeVisible();
  await expectNoViolations(page, `${label}, the pause running`);
  await page.clock.runFor(60_000);
  await expect(page.getByTestId('pause').getByRole('status')).toBeVisible();
  await expectNoViolations(page, `${label}, the pause done`);
  await page.getByTestId('pause-exit').click();

  const region = page.getByTestId('region');
  const own = await region.inputValue();
  await region.selectOption('OTHER');
  await expect(page.getByTestId('phone')).toHaveCount(0);
  await expectNoViolations(page, `${label}, region OTHER (no helpline)`);
  await region.selectOption('BE-VL');
  await expect(page.getByTestId('open-now')).toBeVisible();
  await expectNoViolations(page, `${label}, region BE-VL (unconfirmed hours)`);
  await region.selectOption(own);
}

for (const lang of ['nl', 'en', 'fr'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const zoom of [100, 200]) {
      test(`help page, ${lang}, ${scheme}, ${zoom}% zoom: no WCAG 2.2 AA violations`, async ({
        page,
        extensionId,
      }) => {
        // Six axe runs of a long page: room for a busy machine.
        test.setTimeout(60_000);
        await openHelp(page, extensionId, lang, scheme, MONDAY_EVENING);
        if (zoom !== 100) await zoomTo(page, zoom);
        await checkStates(page, `${lang} ${scheme} ${zoom}%`);
      });
    }
  }

  test(`help page, ${lang}: the Dutch line closed, with "meanwhile", light and dark`, async ({
    page,
    extensionId,
  }) => {
    await openHelp(page, extensionId, lang, 'light', MONDAY_LATE);
    await page.getByTestId('region').selectOption('NL');
    await expect(page.getByTestId('meanwhile')).toBeVisible();
    await expectNoViolations(page, `${lang} light, NL closed`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, `${lang} dark, NL closed`);
  });
}

test('reflow: at 320 CSS px (400% zoom) nothing scrolls sideways, in every language', async ({
  page,
  extensionId,
}) => {
  await openHelp(page, extensionId, 'en', 'light', MONDAY_LATE);
  await zoomTo(page, 400);
  for (const lang of ['nl', 'en', 'fr'] as const) {
    await page.getByTestId('language').selectOption(lang);
    for (const region of ['NL', 'BE-FR', 'GB', 'OTHER']) {
      await page.getByTestId('region').selectOption(region);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, `${lang} ${region}: page width at 320 CSS px`).toBeLessThanOrEqual(
        clientWidth,
      );
    }
  }
});

/**
 * WCAG 1.4.11 non-text contrast, which axe does not check: the edges that show where a control is
 * (the pickers, the safe button, the pause button, the filled call button) and the focus ring
 * stand out 3:1 from what is around them, light and dark.
 */
for (const scheme of ['light', 'dark'] as const) {
  test(`controls and the focus ring stand out 3:1 from their surroundings, ${scheme}`, async ({
    page,
    extensionId,
  }) => {
    await openHelp(page, extensionId, 'en', scheme, MONDAY_EVENING);
    const ratios = await page.evaluate(() => {
      const rgb = (css: string) => {
        const [r, g, b, a = 1] = css.match(/[\d.]+/g)!.map(Number);
        return { rgb: [r!, g!, b!], a };
      };
      const luminance = ([r, g, b]: number[]) => {
        const lin = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
      };
      const ratio = (a: number[], b: number[]) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100;
      };
      /** The colour behind an element: the first opaque background up the tree. */
      const behind = (el: Element | null): number[] => {
        for (; el; el = el.parentElement) {
          const c = rgb(getComputedStyle(el).backgroundColor);
          if (c.a === 1) return c.rgb;
        }
        return rgb(getComputedStyle(document.body).backgroundColor).rgb;
      };
      const out: Record<string, number> = {};
      // The ring's colour (`--focus`) as the browser resolves it.
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.color = 'var(--focus)';
      const focus = rgb(getComputedStyle(probe).color);
      probe.remove();
      for (const [name, selector, edge] of [
        ['region picker', '[data-testid=region]', 'border'],
        ['language picker', '[data-testid=language]', 'border'],
        ['safe button', '[data-testid=safe]', 'border'],
        ['pause button', '[data-testid=pause-open]', 'border'],
        ['call button', '[data-testid=phone]', 'background'],
      ] as const) {
        const el = document.querySelector(selector)!;
        const style = getComputedStyle(el);
        const own = rgb(edge === 'border' ? style.borderTopColor : style.backgroundColor).rgb;
        out[name] = ratio(own, behind(el.parentElement));
        out[`focus ring around the ${name}`] = ratio(focus.rgb, behind(el.parentElement));
      }
      return out;
    });
    for (const [what, value] of Object.entries(ratios))
      expect(value, `${scheme}: ${what}`).toBeGreaterThanOrEqual(3);
  });
}

test.describe('keyboard', () => {
  const primary = (page: Page) => page.locator('a.primary');

  /** The focused element, named for the assertions: its test id, or its tag and text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body';
      const where = el.closest('.card') ? 'card ' : '';
      const id =
        el.dataset.testid ?? el.closest('[data-testid^="faq-"]')?.getAttribute('data-testid');
      return id ?? `${where}${el.tagName.toLowerCase()}:${el.textContent?.trim().slice(0, 40)}`;
    });

  for (const lang of ['nl', 'en', 'fr'] as const) {
    test(`${lang}: focus starts on the call button, described by the main heading`, async ({
      page,
      extensionId,
    }) => {
      await openHelp(page, extensionId, lang, 'light', MONDAY_EVENING);
      // The settings are saved: open the page again, as the next caught search would.
      await page.reload();
      await expect(page.getByTestId('phone')).toBeFocused();
      await expect(page.getByTestId('phone')).toHaveAccessibleDescription(
        (await page.locator('h1').textContent())!,
      );
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  }

  test('no helpline (OTHER): focus starts on the first self-help programme', async ({
    page,
    extensionId,
  }) => {
    await openHelp(page, extensionId, 'en', 'light', MONDAY_EVENING);
    await page.getByTestId('region').selectOption('OTHER');
    await page.reload();
    await expect(primary(page)).toBeFocused();
    await expect(primary(page)).toHaveAttribute('href', /^https:/);
  });

  test('at 200% zoom the call button is below the fold: focus on the heading, Tab reaches the call button', async ({
    page,
    extensionId,
  }) => {
    await openHelp(page, extensionId, 'en', 'light', MONDAY_EVENING);
    await zoomTo(page, 200);
    await page.reload();
    await expect(page.locator('h1')).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('phone')).toBeFocused();
  });

  test('Tab goes from the call button through the card to the safe button, the pause and every question', async ({
    page,
    extensionId,
  }) => {
    await openHelp(page, extensionId, 'en', 'light', MONDAY_EVENING);
    await page.reload();
    await expect(page.getByTestId('phone')).toBeFocused();
    const order: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    const at = (name: string) => order.indexOf(name);
    // The card's other links (chat, e-mail, website) come first, then the safe button.
    const card = order.slice(0, at('safe'));
    expect(card.length).toBeGreaterThan(0);
    for (const stop of card) expect(stop).toMatch(/^card a:/);
    expect(at('pause-open')).toBe(at('safe') + 1);
    // Thirty stops go round the page and start again: each question counted once.
    const questions = [...new Set(order.filter((n) => n.startsWith('faq-')))];
    expect(questions.length).toBe(await page.locator('summary').count());
    expect(at(questions[0]!)).toBeGreaterThan(at('pause-open'));
  });

  test('Enter and Space open and close a question', async ({ page, extensionId }) => {
    await openHelp(page, extensionId, 'en', 'light', MONDAY_EVENING);
    const question = page.getByTestId('faq').locator('details').first();
    await question.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(question).toHaveAttribute('open', '');
    await expect(question.locator('p')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(question).not.toHaveAttribute('open');
  });

  test('Space starts the pause; Tab and Shift+Tab leave it; Escape ends it and focus goes back', async ({
    page,
    extensionId,
  }) => {
    await openHelp(page, extensionId, 'en', 'light', MONDAY_EVENING);
    await page.getByTestId('pause-open').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('pause')).toBeVisible();
    await expect(page.locator('#pause-heading')).toBeFocused();
    await page.clock.runFor(5_000);
    // No trap: Tab goes on to the exit button and past it, Shift+Tab comes back.
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('pause-exit')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('[data-testid=pause]')),
    ).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByTestId('pause-exit')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('pause')).toHaveCount(0);
    await expect(page.getByTestId('pause-open')).toBeFocused();
    // Enter starts it as well, and Escape ends it from anywhere on the page, from the moment it
    // shows: with the clock paused, nothing that waits for a frame or a timer has run yet (a CI
    // run once pressed Escape before the page listened for it).
    await page.clock.pauseAt(new Date(Date.parse(MONDAY_EVENING) + 60_000));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pause')).toBeVisible();
    await page.getByTestId('safe').focus();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('pause')).toHaveCount(0);
  });

  test('Enter on the safe button leaves for the safe page', async ({ page, extensionId }) => {
    await openHelp(page, extensionId, 'en', 'light', MONDAY_EVENING);
    await page.getByTestId('safe').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/safe.html');
  });

  test('Enter held down since the search box does not call: only a fresh press does', async ({
    page,
    extensionId,
  }) => {
    await openHelp(page, extensionId, 'en', 'light', MONDAY_EVENING);
    const help = page.url();
    // Count activations of the call button without leaving (a tel: link goes nowhere here).
    const countClicks = () =>
      page.evaluate(() => {
        const w = window as unknown as { kpClicks: number };
        w.kpClicks = 0;
        document.addEventListener(
          'click',
          (e) => {
            if ((e.target as Element).closest('[data-testid=phone]')) {
              w.kpClicks++;
              e.preventDefault();
            }
          },
          true,
        );
      });
    const clicks = () => page.evaluate(() => (window as unknown as { kpClicks: number }).kpClicks);
    // Enter goes down on the search page…
    await page.goto('about:blank');
    await page.keyboard.down('Enter');
    await page.goto(help);
    await expect(page.getByTestId('phone')).toBeFocused();
    await countClicks();
    // …and repeats on the help page (Playwright sends `repeat: true` for a key already down).
    await page.keyboard.down('Enter');
    await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    expect(await clicks()).toBe(0);
    await page.keyboard.press('Enter');
    expect(await clicks()).toBe(1);
  });
});

/** Every string in a text table, at any depth. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** All the help page's texts in one language (each table is keyed by language). */
function pageTexts(lang: Lang): string[] {
  return [
    ...strings(MESSAGES[lang]),
    ...strings(PAUSE_TEXT[lang]),
    ...strings(CONTINUE_TEXT[lang]),
    ...strings(FAQ[lang]),
    ...Object.values(VARIANTS).flatMap((variant) => strings(variant[lang])),
  ];
}

/**
 * Locale parity on the page itself (the unit tests check the tables): in Dutch and French the
 * page shows none of the English texts, so no component has English written into it and no
 * text falls back to English. Checked with every question open and through the pause.
 */
for (const lang of ['nl', 'fr'] as const) {
  test(`locale parity: the page in ${lang} shows no English text`, async ({
    page,
    extensionId,
  }) => {
    await openHelp(page, extensionId, lang, 'light', MONDAY_LATE);
    const own = pageTexts(lang).join('\n');
    // English pieces between placeholders, long enough to be words of ours and not a name that
    // every language shares ("Stop it Now").
    const english = pageTexts('en')
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 12 && !own.includes(piece));
    expect(english.length).toBeGreaterThan(50);

    const shown: string[] = [];
    const read = async () => shown.push(await page.locator('body').innerText());
    for (const region of ['NL', 'BE-VL', 'BE-FR', 'GB', 'US', 'OTHER']) {
      await page.getByTestId('region').selectOption(region);
      await page
        .locator('details')
        .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      await read();
    }
    await page.getByTestId('pause-open').click();
    for (let second = 0; second <= 60; second += 12) {
      await read();
      await page.clock.runFor(12_000);
    }
    await read();
    const text = shown.join('\n');
    expect(english.filter((piece) => text.includes(piece))).toEqual([]);
  });
}
