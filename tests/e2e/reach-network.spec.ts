/**
 * Anonymous reach, on the wire (DESIGN.md "Anonymous reach — exactly"): every request the browser
 * makes goes through a recording proxy (loopback included), so "no request at all" is observed,
 * not assumed. Not opted in: nothing, whatever happens. Opted in: one report, 256 bytes, no
 * cookie, credential or referrer. The clock is controlled through the sender's stored schedule:
 * its send time is set to now, and the alarm fired.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { launch, onboardingTab, serviceWorker } from './support/extension';
import { RISKY } from './support/queries';
import { respond, resultsUrl, site, SITES } from './support/sites';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A proxy that answers everything itself (as a collector would) and keeps a list. */
async function recordingProxy(): Promise<{ port: number; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const entry: Seen = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: '',
    };
    seen.push(entry);
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (entry.body += chunk));
    req.on('end', () => {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type',
      });
      res.end();
    });
  });
  // HTTPS goes through CONNECT: recorded and refused.
  server.on('connect', (req, socket) => {
    seen.push({ method: 'CONNECT', url: req.url ?? '', headers: req.headers, body: '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { port: (server.address() as AddressInfo).port, seen, server };
}

/**
 * Requests Chromium makes of its own, with or without an extension (update checks, account
 * lookups), and the speculative connections to the fake sites the test itself opens (served by
 * `context.route`, which answers after the proxy was already asked to CONNECT).
 */
const OWN_HOSTS = /^(update\.googleapis\.com|accounts\.google\.com|[\w.-]+\.gstatic\.com)$/;
function browsersOwn(s: Seen): boolean {
  const host = s.method === 'CONNECT' ? s.url.replace(/:\d+$/, '') : new URL(s.url).hostname;
  return (
    OWN_HOSTS.test(host) ||
    (s.method === 'CONNECT' && host === new URL(resultsUrl(site('bing'), 'x')).hostname)
  );
}

/** An endpoint nobody listens on: only the proxy can answer it. */
const ENDPOINT = 'http://127.0.0.1:8799';

async function optIn(worker: Worker, enabled: boolean): Promise<void> {
  await worker.evaluate(
    async ({ enabled, endpoint }) => {
      const d = new Date(Date.now() - 86_400_000);
      const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      await chrome.storage.local.set({
        'counts:normal': { v: 1, days: { [day]: { shown: 4, help: 2 } } },
      });
      const { settings } = (await chrome.storage.local.get('settings')) as { settings?: object };
      await chrome.storage.local.set({
        settings: { ...settings, reach: { enabled, campaign: 'TEST-1', endpoint } },
      });
    },
    { enabled, endpoint: ENDPOINT },
  );
}

/** The controlled clock: whatever the sender planned (or not), its time is now. */
async function bringSendTimeForward(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const d = new Date();
    const y = new Date(Date.now() - 86_400_000);
    const key = (x: Date) =>
      `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`;
    // Under the sender's lock, so a tick still running from the settings change cannot write
    // its state over this one.
    await navigator.locks.request('keerpunt:reach', async () => {
      const { reachState } = await chrome.storage.local.get('reachState');
      await chrome.storage.local.set({
        reachState: {
          ...(reachState ?? { v: 1, failures: 0, sent: '' }),
          seen: key(d),
          queue: [key(y)],
          due: Date.now() - 1000,
        },
      });
    });
    await chrome.alarms.create('reach:send', { when: Date.now() });
    await chrome.alarms.create('reach:tick', { when: Date.now() + 50 });
  });
}

for (const enabled of [false, true]) {
  test(`${enabled ? 'opted in: one 256-byte report, nothing else' : 'not opted in: the browser makes no request at all'}`, async () => {
    const proxy = await recordingProxy();
    const launched = await launch({
      extraArgs: [
        `--proxy-server=http://127.0.0.1:${proxy.port}`,
        // Loopback too: Chromium bypasses proxies for it unless told not to.
        '--proxy-bypass-list=<-loopback>',
      ],
    });
    try {
      const { context } = launched;
      // Only the fake sites are answered in the browser; every other request reaches the network,
      // that is the proxy (the suite's usual catch-all 404 would hide a request from it).
      await context.route(
        (url) => SITES.some((x) => x.origin === url.origin),
        (route) => {
          const body = respond(route.request());
          return route.fulfill(
            body === undefined
              ? { status: 404, body: '' }
              : { status: 200, contentType: 'text/html; charset=utf-8', body },
          );
        },
      );
      await (await onboardingTab(context)).close();
      const worker = await serviceWorker(context);
      await optIn(worker, enabled);
      // A caught search, so the day has counts of its own.
      const page = await context.newPage();
      await page.goto(resultsUrl(site('bing'), RISKY)).catch(() => {});
      await expect(page.getByTestId('help')).toBeVisible({ timeout: 10_000 });

      await bringSendTimeForward(worker);
      if (enabled) {
        await expect
          .poll(
            () =>
              proxy.seen.filter((s) => s.method === 'POST' && s.url.startsWith(ENDPOINT)).length,
          )
          .toBe(1);
        // The 204 was taken: the day left the queue.
        await expect
          .poll(() =>
            worker.evaluate(async () => (await chrome.storage.local.get('reachState')).reachState),
          )
          .toMatchObject({ queue: [], failures: 0, sent: expect.stringMatching(/^\d{4}-/) });
      } else {
        // Time for a sender that should not exist to have acted (and to fail this test).
        await page.waitForTimeout(3000);
      }
      await page.waitForTimeout(500);
      const seen = proxy.seen.filter((s) => !browsersOwn(s)).map((s) => `${s.method} ${s.url}`);
      if (!enabled) {
        expect(seen).toEqual([]);
        return;
      }
      // The report (and a CORS preflight, if the browser sends one), and nothing else.
      expect(seen.filter((s) => s !== `OPTIONS ${ENDPOINT}/v1/report`)).toEqual([
        `POST ${ENDPOINT}/v1/report`,
      ]);
      const post = proxy.seen.find((s) => s.method === 'POST' && s.url.startsWith(ENDPOINT))!;
      expect(Buffer.byteLength(post.body)).toBe(256);
      expect(JSON.parse(post.body)).toMatchObject({
        v: 1,
        campaign: 'TEST-1',
        counts: { shown: 4, help: 2, selfhelp: 0, safe: 0, continued: 0, pause: 0 },
      });
      for (const header of ['cookie', 'authorization', 'referer']) {
        expect(post.headers[header], header).toBeUndefined();
      }
      expect(post.headers['content-type']).toBe('application/json');
    } finally {
      await launched.close();
      proxy.server.close();
    }
  });
}
