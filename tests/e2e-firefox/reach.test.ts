/**
 * Anonymous reach on Firefox (DESIGN.md "Anonymous reach — exactly"): Firefox adds
 * `Origin: moz-extension://<per-install UUID>` to every request an extension page or background
 * makes — a per-install value on the wire. Keerpunt therefore does not report from Firefox. Both
 * halves are captured here by a loopback server standing in for the collector: a request from
 * an extension page carries the UUID (why), and with reach switched on and a report due, the
 * add-on's background sends nothing at all (what).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RISKY } from '../e2e/support/queries';
import {
  ADDON_UUID,
  isHelpUrl,
  launch,
  serveFakeSites,
  startNavigation,
  waitForUrl,
  type Launched,
  googleUrl,
} from './support/firefox';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

let firefox: Launched;
let server: Server;
let endpoint: string;
let tab: Page;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type',
      });
      res.end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  firefox = await launch();
  tab = await firefox.browser.newPage();
  // WebDriver BiDi may not open an add-on page; a caught search leads to one (the help page),
  // where the test can use the add-on's own APIs.
  await serveFakeSites(tab);
  startNavigation(tab, googleUrl(RISKY));
  await waitForUrl(tab, isHelpUrl);
});
afterAll(async () => {
  await firefox?.close();
  server?.close();
});

test('opted in with a report due, the Firefox add-on sends nothing', async () => {
  await tab.evaluate(async (endpoint: string) => {
    const key = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const today = key(new Date());
    const yesterday = key(new Date(Date.now() - 86_400_000));
    const { settings } = (await browser.storage.local.get('settings')) as { settings?: object };
    await browser.storage.local.set({
      'counts:normal': { v: 1, days: { [yesterday]: { shown: 2 } } },
      settings: { ...settings, reach: { enabled: true, campaign: '', endpoint } },
      reachState: {
        v: 1,
        seen: today,
        queue: [yesterday],
        due: Date.now() - 1000,
        failures: 0,
        sent: '',
      },
    });
    await browser.alarms.create('reach:send', { when: Date.now() });
    await browser.alarms.create('reach:tick', { when: Date.now() + 50 });
  }, endpoint);
  // Time for a sender that should not run to have acted (and to fail this test).
  await new Promise((r) => setTimeout(r, 3000));
  expect(seen).toEqual([]);
  // The queue was left alone: nothing was attempted.
  const state = await tab.evaluate(
    async () => (await browser.storage.local.get('reachState')).reachState,
  );
  expect(state).toMatchObject({ failures: 0, sent: '' });
});

test('why: a request from the add-on carries its per-install UUID in Origin', async () => {
  seen.length = 0;
  // The page's own requests go to the network now (the fake sites' interception is done).
  await tab.setRequestInterception(false);
  await tab.evaluate(async (url: string) => {
    await fetch(url, {
      method: 'POST',
      body: '{}',
      credentials: 'omit',
      headers: { 'content-type': 'application/json' },
    });
  }, `${endpoint}/v1/report`);
  const post = seen.find((s) => s.method === 'POST');
  expect(post?.headers.origin).toBe(`moz-extension://${ADDON_UUID}`);
});
