/**
 * The instant cover (entrypoints/search/cover.ts, lib/help/cover.ts): from the frame after the
 * verdict, the caught page shows the help's first words and its one next step, in the person's
 * language and region, until the help page replaces it. Here the page is held on the cover the
 * way a slow service worker holds it (gentle mode: the hand-over of the caught URL hangs, and the
 * search page waits up to 4 s before it leaves), so that what it shows can be read.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectHelp, test } from './fixtures';
import { changeSettings, gentleWithHangingHold, serviceWorker } from './support/extension';
import { BENIGN, RISKY } from './support/queries';
import { homeUrl, resultsUrl, site } from './support/sites';

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

interface Cover {
  /** The cover's shadow root mode. */
  mode: string | undefined;
  /** Its text, in document order, one string per text node. */
  texts: string[];
  /** Its links: href and text. */
  links: { href: string; text: string; rel: string }[];
  /** The centre of its first link, in the viewport, and its box. */
  linkAt: { x: number; y: number; left: number; top: number; right: number; bottom: number } | null;
  /** The host's inline style (the background). */
  hostStyle: string;
}

const attr = (n: DomNode, name: string) => {
  const a = n.attributes ?? [];
  const i = a.findIndex((x, k) => k % 2 === 0 && x === name);
  return i < 0 ? undefined : a[i + 1];
};

const textOf = (n: DomNode): string =>
  n.nodeType === 3 ? n.nodeValue : (n.children ?? []).map(textOf).join('');

/** Reads the cover as the browser holds it: CDP pierces the closed shadow root the page cannot. */
async function readCover(page: Page): Promise<Cover | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const find = (n: DomNode): DomNode | undefined => {
      if (n.nodeType === 1 && attr(n, 'data-keerpunt-cover') !== undefined) return n;
      for (const c of n.children ?? []) {
        const f = find(c);
        if (f) return f;
      }
      return undefined;
    };
    const host = find(root);
    if (!host) return null;
    const shadow = host.shadowRoots?.[0];
    const texts: string[] = [];
    const links: Cover['links'] = [];
    const anchors: DomNode[] = [];
    const walk = (n: DomNode) => {
      if (n.nodeType === 3 && n.nodeValue.trim()) texts.push(n.nodeValue);
      if (n.nodeName === 'A') {
        anchors.push(n);
        links.push({ href: attr(n, 'href') ?? '', text: textOf(n), rel: attr(n, 'rel') ?? '' });
      }
      for (const c of n.children ?? []) walk(c);
    };
    if (shadow) walk(shadow);
    let linkAt: Cover['linkAt'] = null;
    if (anchors[0]) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: anchors[0].nodeId })) as {
        model: { content: number[] };
      };
      const [x1, y1, , , x3, y3] = model.content as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      linkAt = { x: (x1 + x3) / 2, y: (y1 + y3) / 2, left: x1, top: y1, right: x3, bottom: y3 };
    }
    return {
      mode: shadow?.shadowRootType,
      texts,
      links,
      linkAt,
      hostStyle: attr(host, 'style') ?? '',
    };
  } finally {
    await cdp.detach();
  }
}

/** Polls until the cover is there with its words (the page is held on it for up to 4 s). */
async function coverOf(page: Page): Promise<Cover> {
  let cover: Cover | null = null;
  await expect
    .poll(async () => {
      cover = await readCover(page).catch(() => null);
      return cover?.texts.length ?? 0;
    })
    .toBeGreaterThan(0);
  return cover!;
}

/**
 * A risky search on `siteId` with these display settings (none: the browser's), held on the
 * cover: resolves to what the cover shows, and the navigation (it ends on the help page).
 */
async function heldOnCover(
  context: BrowserContext,
  page: Page,
  siteId: 'bing' | 'google' | 'duckduckgo',
  display?: { language: string; region: string },
): Promise<{ cover: Cover; navigation: Promise<unknown> }> {
  if (display) await changeSettings(await serviceWorker(context), display);
  const hung = await gentleWithHangingHold(context);
  const navigation = page.goto(resultsUrl(site(siteId), RISKY)).catch(() => {});
  await hung();
  return { cover: await coverOf(page), navigation };
}

test('a caught search shows the help at once in its own tab: what happened and the call, in the person’s language and region', async ({
  context,
  page,
  paints,
}) => {
  const { cover, navigation } = await heldOnCover(context, page, 'bing', {
    language: 'nl',
    region: 'BE-VL',
  });
  expect(cover.mode).toBe('closed');
  expect(cover.texts).toEqual([
    'Keerpunt',
    'Keerpunt hield deze zoekopdracht tegen',
    'Er zijn geen resultaten getoond. Hulp is één stap verder.',
    'Bel Stop it Now! Vlaanderen',
    '0800 200 50',
  ]);
  expect(cover.links).toEqual([
    {
      href: 'tel:+3280020050',
      text: 'Bel Stop it Now! Vlaanderen0800 200 50',
      rel: 'noreferrer noopener',
    },
  ]);
  // Painted: the page's first contentful paint is the cover's words (nothing else is shown),
  // reported once the frame is on the screen.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length))
    .toBe(1);
  expect(paints.visibleFrames).toEqual([]);
  // The page cannot read them: the root is closed, its text is not the document's.
  const seen = await page.evaluate(() => {
    const host = document.querySelector('[data-keerpunt-cover]');
    return { shadow: host?.shadowRoot ?? null, text: document.documentElement.innerText };
  });
  expect(seen.shadow).toBeNull();
  expect(seen.text).not.toContain('Vlaanderen');

  // Then the help page, with the same line and number.
  await navigation;
  await expectHelp(page, RISKY);
  await expect(page.getByTestId('phone')).toContainText('0800 200 50');
  expect(paints.visibleFrames).toEqual([]);
});

test('the cover follows the browser’s language when none is chosen, and the dark scheme', async ({
  context,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // The suite's browser is en-US: English, and the US line.
  const { cover } = await heldOnCover(context, page, 'duckduckgo');
  expect(cover.texts).toEqual([
    'Keerpunt',
    'Keerpunt stopped this search',
    'No results were shown. Help is one step away.',
    'Call Stop It Now',
    '1-888-773-8368',
  ]);
  expect(cover.links.map((l) => l.href)).toEqual(['tel:+18887738368']);
  // The help page's dark background, so that its arrival does not flash.
  expect(cover.hostStyle).toContain('background:#161b1d');
});

test('where no helpline is listed, the cover offers the self-help, in a new tab without the search’s address', async ({
  context,
  page,
}) => {
  const { cover } = await heldOnCover(context, page, 'google', { language: 'fr', region: 'OTHER' });
  expect(cover.texts).toEqual([
    'Keerpunt',
    'Keerpunt a arrêté cette recherche',
    'Aucun résultat n’a été affiché. De l’aide est à portée de main.',
    'Commencer l’aide en ligne de Troubled Desire',
  ]);
  expect(cover.links).toEqual([
    {
      href: 'https://troubled-desire.com',
      text: 'Commencer l’aide en ligne de Troubled Desire',
      rel: 'noreferrer noopener',
    },
  ]);
  expect(cover.hostStyle).toContain('background:#f6f4ef');
});

/** The tab's screen while `act` runs: every frame the browser shows (PNG, base64), in order. */
async function screencast(page: Page, act: () => Promise<void>): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const frames: string[] = [];
  cdp.on('Page.screencastFrame', (f) => {
    frames.push(f.data);
    void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => {});
  });
  await cdp.send('Page.startScreencast', { format: 'png', maxWidth: 640, maxHeight: 360 });
  try {
    await act();
  } finally {
    await cdp.send('Page.stopScreencast').catch(() => {});
    await cdp.detach().catch(() => {});
  }
  return frames;
}

interface Frame {
  /** The colour at the bottom left corner, `r,g,b`. */
  background: string;
  /** Dark pixels (text, a button) on one in nine pixels. */
  dark: number;
}

/** Reads frames in a page of their own (a canvas decodes them). */
async function look(context: BrowserContext, frames: string[]): Promise<Frame[]> {
  const viewer = await context.newPage();
  try {
    return await viewer.evaluate(async (frames) => {
      const out: { background: string; dark: number }[] = [];
      for (const data of frames) {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const g = canvas.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const px = g.getImageData(0, 0, img.width, img.height).data;
        const at = (x: number, y: number) => (y * img.width + x) * 4;
        const corner = at(5, img.height - 5);
        let dark = 0;
        for (let y = 0; y < img.height; y += 3) {
          for (let x = 0; x < img.width; x += 3) {
            const i = at(x, y);
            if (px[i]! + px[i + 1]! + px[i + 2]! < 250) dark++;
          }
        }
        out.push({ background: `${px[corner]},${px[corner + 1]},${px[corner + 2]}`, dark });
      }
      return out;
    }, frames);
  } finally {
    await viewer.close();
  }
}

test('on the screen: from the first frame in the help’s colours there are words, until the help page has painted', async ({
  context,
  page,
}) => {
  // A first caught search, so that the help page has its display cache (the first help page of
  // all, with none, waits for storage: utils/help-display.ts).
  await page.goto(resultsUrl(site('google'), RISKY)).catch(() => {});
  await expectHelp(page, RISKY);
  await page.goto(homeUrl(site('bing')));
  const frames = await screencast(page, async () => {
    await page.goto(resultsUrl(site('bing'), RISKY)).catch(() => {});
    await expectHelp(page, RISKY);
    await page.waitForTimeout(300);
  });
  const seen = await look(context, frames);
  // The help's background (light scheme), the cover's and the help page's alike.
  const helpColours = seen.filter((f) => f.background === '246,244,239');
  expect(helpColours.length, JSON.stringify(seen)).toBeGreaterThan(0);
  // Every frame in those colours has words: the cover, then the help page; never the empty
  // background of a help page still loading, nor a cover without its words.
  expect(
    helpColours.filter((f) => f.dark === 0),
    JSON.stringify(seen),
  ).toEqual([]);
  // And nothing else shows in between: the home page, the unpainted results (white), then help.
  const first = seen.findIndex((f) => f.background === '246,244,239');
  expect(
    seen.slice(first).every((f) => f.background === '246,244,239'),
    JSON.stringify(seen),
  ).toBe(true);
});

test('the cover’s link works for a press on it: the self-help opens in a new tab, without the search’s address', async ({
  context,
  page,
}) => {
  const referers: (string | undefined)[] = [];
  await context.route('https://troubled-desire.com/**', (route) => {
    referers.push(route.request().headers()['referer']);
    return route.fulfill({ contentType: 'text/html', body: '<title>self-help</title>' });
  });
  const { cover } = await heldOnCover(context, page, 'bing', { language: 'en', region: 'OTHER' });
  expect(cover.links.map((l) => l.href)).toEqual(['https://troubled-desire.com']);
  const opened = context.waitForEvent('page');
  await page.mouse.click(cover.linkAt!.x, cover.linkAt!.y);
  const tab = await opened;
  await tab.waitForURL('https://troubled-desire.com/');
  expect(referers).toEqual([undefined]);
  // The caught tab goes on to the help page.
  await expectHelp(page, RISKY);
});

test('the rest of the press that caught a link does not click the cover’s button under it', async ({
  context,
  page,
}) => {
  const worker = await serviceWorker(context);
  await changeSettings(worker, { language: 'en', region: 'OTHER' });
  // A clean results page with a risky link as large as the middle of the page, so that the
  // cover's button appears under the pointer while the button is still down.
  await page.goto(resultsUrl(site('google'), BENIGN));
  await page.evaluate(
    (href) => {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = 'a related search';
      a.style.cssText =
        'position:fixed;left:0;top:0;width:100%;height:100%;z-index:9;display:block';
      document.body.append(a);
    },
    resultsUrl(site('google'), RISKY),
  );
  // The cover stays while the hand-over of the caught URL hangs (gentle mode).
  await gentleWithHangingHold(context);
  const tabs: Page[] = [];
  context.on('page', (p) => tabs.push(p));
  await page.mouse.move(640, 240);
  await page.mouse.down();
  // The page is taken over at the press: the cover, with its button, is under the pointer now.
  await expect
    .poll(async () => (await readCover(page).catch(() => null))?.linkAt ?? null)
    .not.toBeNull();
  await page.mouse.up();
  await expectHelp(page, RISKY);
  expect(tabs.map((t) => t.url())).toEqual([]);
});
