/** The background's answers to content scripts and the help page (utils/messages.ts). */
import type { ToBackground } from '@/utils/messages';
import { continueTab, hasPass, held, hold } from './continue';
import { countFromMessage } from './counting';
import { forgetUrl } from './history';
import { shippedForGuard } from './shipped';

/** The help page in the sender's tab; the tab's history keeps the page it was on. */
async function showHelp(tab: number): Promise<boolean> {
  await browser.tabs.update(tab, { url: browser.runtime.getURL('/intercept.html') });
  return true;
}

type Sender = { tab?: { id?: number } };

/** `true` once `work` is done (whatever it found to do). */
const done = (work: Promise<unknown>): Promise<true> => work.then(() => true);

/**
 * The listener: answers through `sendResponse` (returning true keeps the channel open), which
 * every browser supports, unlike a returned Promise.
 */
export function listener(
  message: unknown,
  sender: Sender,
  sendResponse: (answer: unknown) => void,
): boolean {
  const answer = onMessage(message, sender);
  if (!answer) return false;
  answer.then(sendResponse, () => sendResponse(undefined));
  return true;
}

export function onMessage(message: unknown, sender: Sender): Promise<unknown> | undefined {
  const m = message as Partial<ToBackground> | null;
  const tab = sender.tab?.id;
  switch (m?.type) {
    case 'keerpunt:count':
      return countFromMessage(m);
    // `true` once done: the page sends them again until it hears so (search/page.ts, handOver).
    case 'keerpunt:hold':
      return tab !== undefined && typeof m.url === 'string' ? done(hold(tab, m.url)) : undefined;
    case 'keerpunt:pass':
      return tab !== undefined && typeof m.url === 'string'
        ? hasPass(tab, m.url)
        : Promise.resolve(false);
    case 'keerpunt:held':
      return tab !== undefined ? held(tab) : Promise.resolve({ available: false });
    case 'keerpunt:continue':
      return tab !== undefined ? continueTab(tab) : Promise.resolve({ ok: false });
    case 'keerpunt:show-help':
      return tab !== undefined ? showHelp(tab) : undefined;
    case 'keerpunt:forget-url':
      return typeof m.url === 'string' ? done(forgetUrl(m.url)) : undefined;
    case 'keerpunt:lists':
      return shippedForGuard();
    default:
      return undefined;
  }
}
