/**
 * Launching Debian's Chromium with the built extension (recipe: shared/notes/browser-testing.md).
 * Nothing here builds: `npm test` builds `.output/chrome-mv3` first; `KP_E2E_EXTENSION` points the
 * suite at another unpacked build.
 */
import {
  chromium,
  expect,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(process.env.KP_E2E_EXTENSION ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.KP_E2E_CHROMIUM ?? '/usr/bin/chromium';

export function assertBuilt(dir = EXTENSION_DIR): void {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`No extension build at ${dir}: run \`npx wxt build\` first (npm test does).`);
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run does).`);
}

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, hex digits 0-f as a-p. */
export function unpackedExtensionId(dir = EXTENSION_DIR): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const BASE_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // The UI language decides the default starter lists (besides English): keep it fixed.
  '--lang=en-US',
];

export interface LaunchOptions {
  /** Load the extension at start (default) or not at all (see `loadUnpacked`). */
  withExtension?: boolean;
  /** Pre-write the profile so that the extension is allowed in incognito (split mode). */
  allowIncognito?: boolean;
  /**
   * Pre-write the profile so that the optional `history` permission is granted (what the
   * browser's prompt writes when the person accepts it; a prompt cannot be answered here).
   */
  grantHistory?: boolean;
  /** Another unpacked extension (the harness self-check's leaky stand-in). */
  extensionDir?: string;
  /**
   * A profile directory of the caller's, kept on close (a browser restart: launch again with the
   * same directory). Default: a fresh temporary profile, removed on close.
   */
  profileDir?: string;
  /** More Chromium switches (e.g. a proxy that records every request). */
  extraArgs?: string[];
}

export interface Launched {
  context: BrowserContext;
  /** Closes the browser and removes the temporary profile (not a caller's `profileDir`). */
  close(): Promise<void>;
}

export async function launch({
  withExtension = true,
  allowIncognito = false,
  grantHistory = false,
  extensionDir = EXTENSION_DIR,
  profileDir,
  extraArgs = [],
}: LaunchOptions = {}): Promise<Launched> {
  assertBuilt(extensionDir);
  // A temporary profile of our own (not '') so that Preferences can be written before start.
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'kp-e2e-profile-'));
  if (allowIncognito || grantHistory) {
    mkdirSync(join(profile, 'Default'));
    // With the permissions the manifest asks for: the granted set replaces them.
    const api = ['alarms', 'history', 'scripting', 'storage'];
    const settings = {
      [unpackedExtensionId(extensionDir)]: {
        ...(allowIncognito ? { incognito: true } : {}),
        ...(grantHistory ? { granted_permissions: { api }, active_permissions: { api } } : {}),
      },
    };
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ extensions: { settings } }),
    );
  }
  const args = withExtension
    ? [
        ...BASE_ARGS,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        ...extraArgs,
      ]
    : // CDP Extensions.loadUnpacked needs this flag (and Playwright's default --disable-extensions off).
      [...BASE_ARGS, '--enable-unsafe-extension-debugging', ...extraArgs];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: withExtension ? undefined : ['--disable-extensions'],
    viewport: { width: 1280, height: 720 },
    locale: 'en-US',
  });
  return {
    context,
    async close() {
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker (waits for it to start). */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const mine = (w: Worker) => w.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(mine) ??
    (await context.waitForEvent('serviceworker', { predicate: mine, timeout: 15_000 }))
  );
}

export const idOf = (worker: Worker): string => new URL(worker.url()).host;

/**
 * Changes stored settings fields (as the options page would save them), from the worker or from
 * an extension page (which works while the worker is stopped).
 */
export async function changeSettings(where: Worker | Page, change: Record<string, unknown>) {
  const write = async (change: Record<string, unknown>) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { ...(settings as object | undefined), v: 2, ...change },
    });
  };
  await (where as Worker).evaluate(write, change);
}

/**
 * Loads the unpacked build into a running browser (launched with `withExtension: false`):
 * CDP `Extensions.loadUnpacked` on a browser session. Returns the extension id. Loading the same
 * directory again reloads it from disk, as an update does (same id, `onInstalled` `update`).
 */
export async function loadUnpacked(context: BrowserContext, dir = EXTENSION_DIR): Promise<string> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context');
  const session = await browser.newBrowserCDPSession();
  const { id } = (await session.send('Extensions.loadUnpacked', { path: dir })) as {
    id: string;
  };
  await session.detach();
  return id;
}

/** The extension's service workers that run now, as the browser's targets list them. */
export async function runningServiceWorkers(
  context: BrowserContext,
  extensionId: string,
): Promise<string[]> {
  const session = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as {
    targetInfos: { type: string; url: string }[];
  };
  await session.detach();
  return targetInfos
    .filter(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    )
    .map((t) => t.url);
}

/**
 * Stops the extension's service worker the way Chromium does when it idles. The ServiceWorker
 * domain answers only on a page of the extension's own origin (on about:blank it stops nothing,
 * a browser session lacks the domain), so a tab on the extension's manifest.json does it. Done
 * when the browser's target list has no worker of the extension left (Playwright's Worker
 * `close` event comes late, sometimes seconds after the stop).
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string) {
  const cdp = await controlSession(context, extensionId);
  // An event that lands just after the stop starts the worker again, as it would in real use
  // (closing any tab does: the background forgets that tab's held URL): stop until none runs.
  const deadline = Date.now() + 15_000;
  for (;;) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    const settle = Date.now() + 2_000;
    while (Date.now() < settle) {
      if ((await runningServiceWorkers(context, extensionId)).length === 0) return;
      await new Promise((r) => setTimeout(r, 50)); // polling interval, not a wait for time
    }
    if (Date.now() > deadline) throw new Error('the service worker did not stop');
  }
}

/** The stored shipped lists' record (undefined until the background has stored it). */
export const storedShipped = (worker: Worker): Promise<unknown> =>
  worker.evaluate(async () => (await chrome.storage.local.get('shipped')).shipped);

/**
 * The shipped lists' record once the background has stored it on install (beside the first-run
 * tab, which may open first: a test that reads the record at once can find none yet).
 */
export async function installedShipped(worker: Worker): Promise<{ id: string; set: string }> {
  let record: unknown;
  await expect.poll(async () => (record = await storedShipped(worker))).toBeDefined();
  return record as { id: string; set: string };
}

/**
 * Run in an extension context (`evaluate`): the stored shipped lists' record made another build's
 * (its id changed), so that a search guard cannot use it and asks the background instead.
 */
export async function recordOfAnotherBuild(): Promise<void> {
  const { shipped } = await chrome.storage.local.get('shipped');
  await chrome.storage.local.set({ shipped: { ...(shipped as object), id: '00000000' } });
}

/** A DevTools command to one target; resolves with its result, rejects with its error. */
export type CdpSend = (method: string, params?: object) => Promise<unknown>;

/**
 * A DevTools session on the extension's running service worker, or null when none runs.
 * Playwright opens CDP sessions on pages only, and its browser session cannot address a
 * flattened child session, so the worker target is attached the older way: commands and answers
 * travel inside Target.sendMessageToTarget / Target.receivedMessageFromTarget.
 */
export async function attachServiceWorker(
  context: BrowserContext,
  extensionId: string,
  timeoutMs = 15_000,
): Promise<{ send: CdpSend; detach: () => Promise<void> } | null> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context');
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!worker) {
    await session.detach();
    return null;
  }
  const { sessionId } = (await session.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  })) as { sessionId: string };
  const pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  let nextId = 1;
  const send: CdpSend = async (method, params = {}) => {
    const id = nextId++;
    const answered = new Promise<{ result?: unknown; error?: unknown }>((resolve) =>
      pending.set(id, resolve),
    );
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answer = await Promise.race([
      answered,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${method}: no answer`)), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    if (answer.error) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
    return answer.result;
  };
  return {
    send,
    async detach() {
      await session.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      await session.detach();
    },
  };
}

/**
 * Pauses the extension's running service worker in its debugger: it runs none of its code (no
 * message answered, no storage change handled) until `resume`. An idle worker stops at the first
 * statement of whatever comes next; a worker with DevTools attached is not stopped for idling.
 */
export async function pauseServiceWorker(
  context: BrowserContext,
  extensionId: string,
): Promise<{ resume: () => Promise<void> }> {
  const worker = await attachServiceWorker(context, extensionId);
  if (!worker) throw new Error('no service worker running to pause');
  await worker.send('Debugger.enable');
  await worker.send('Debugger.pause');
  return {
    async resume() {
      await worker.send('Debugger.resume').catch(() => {}); // not paused yet: nothing to resume
      await worker.send('Debugger.disable');
      await worker.detach();
    },
  };
}

/** Stops sent without waiting, and how many times the worker was seen to stop (`stopped`). */
export interface ServiceWorkerStopper {
  /** Sends one `ServiceWorker.stopAllWorkers`; settles when the browser has answered. */
  stop(): Promise<void>;
  /** Times a running version of the extension's worker was reported stopped since the start. */
  stopped(): number;
}

/**
 * A stop that does not wait for the worker to be gone: it lands wherever the worker is (as an
 * idle timeout or a crash would). The control session is opened here, before any stop is timed,
 * so that a stop is one message; its `workerVersionUpdated` events tell how many stops hit a
 * running worker.
 */
export async function serviceWorkerStopper(
  context: BrowserContext,
  extensionId: string,
): Promise<ServiceWorkerStopper> {
  const cdp = await controlSession(context, extensionId);
  const running = new Set<string>();
  let stopped = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
      if (v.runningStatus === 'running') running.add(v.versionId);
      else if (v.runningStatus === 'stopped' && running.delete(v.versionId)) stopped++;
    }
  });
  return {
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    stopped: () => stopped,
  };
}

const controlSessions = new WeakMap<BrowserContext, Promise<CDPSession>>();

/**
 * A DevTools session on a tab of the extension's own origin, kept open for the whole test: the
 * ServiceWorker domain answers only there, and closing that tab would itself wake the worker.
 * `enable` reports the registered versions by event; a stop sent before that stops nothing.
 */
function controlSession(context: BrowserContext, extensionId: string): Promise<CDPSession> {
  let session = controlSessions.get(context);
  if (!session) {
    session = (async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/manifest.json`);
      const cdp = await context.newCDPSession(page);
      const reported = new Promise<void>((resolve) =>
        cdp.once('ServiceWorker.workerVersionUpdated', () => resolve()),
      );
      await cdp.send('ServiceWorker.enable');
      await reported;
      return cdp;
    })();
    controlSessions.set(context, session);
  }
  return session;
}

const isOnboarding = (page: Page): boolean => {
  const url = new URL(page.url());
  return url.protocol === 'chrome-extension:' && url.pathname === '/onboarding.html';
};

/**
 * The first-run tab the extension opens on install (`runtime.onInstalled`, reason `install`).
 * It may open before or after the caller looks: the tabs already open are checked, then each new
 * one until its URL is known.
 */
export async function onboardingTab(context: BrowserContext, timeout = 15_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const open = context.pages().find(isOnboarding);
    if (open) return open;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error('the onboarding tab did not open');
    // A new tab, or a tab that was still on about:blank when looked at: look again.
    await context.waitForEvent('page', { timeout: Math.min(left, 250) }).catch(() => undefined);
  }
}

/**
 * Gentle mode, and this copy of the worker made to hang as it stores a held URL (the first
 * `times` writes), as one stopped at that moment does. Resolves to a wait for the first hang.
 * The copy that starts after a stop is the extension's own again.
 */
export async function gentleWithHangingHold(
  context: BrowserContext,
  times = Infinity,
): Promise<() => Promise<void>> {
  const worker = await serviceWorker(context);
  await changeSettings(worker, { strictness: 'gentle' });
  await worker.evaluate((times) => {
    const area = chrome.storage.session;
    const set = area.set.bind(area);
    let left = times;
    (area as { set: unknown }).set = (items: Record<string, unknown>) => {
      if (left <= 0 || !Object.keys(items).some((key) => key.startsWith('held:')))
        return set(items);
      left--;
      (globalThis as { kpHung?: boolean }).kpHung = true;
      return new Promise(() => {});
    };
  }, times);
  return () =>
    expect
      .poll(() => worker.evaluate(() => (globalThis as { kpHung?: boolean }).kpHung))
      .toBe(true);
}
