/**
 * Messages to the background, named by what they ask. Content scripts: `count`, `hold`, `pass`,
 * `lists`; the help page: `held`, `continue`. The background knows the sender's tab; no message carries a
 * query, and only `hold`/`pass` carry a URL, which lives in `storage.session` for that tab only
 * (and `forget-url`, whose URL is deleted from the history and not kept).
 */
export type ToBackground =
  | { type: 'keerpunt:count'; event: string }
  /** A caught search's URL, kept for "continue" (pause and gentle modes only) → true once kept */
  | { type: 'keerpunt:hold'; url: string }
  /** May this page, caught again, go through (a pass from "continue")? → boolean */
  | { type: 'keerpunt:pass'; url: string }
  /** Can this tab continue, and when? → HeldAnswer */
  | { type: 'keerpunt:held' }
  /** Continue now → ContinueAnswer */
  | { type: 'keerpunt:continue' }
  /**
   * Delete a caught search's URL from the browser history (sent only when the person turned
   * "also remove caught searches from history" on; never stored) → true once done
   */
  | { type: 'keerpunt:forget-url'; url: string }
  /**
   * Move the sender's tab to the help page: a caught search in a frame (a frame cannot move its
   * tab), or a page that kept its tab from moving.
   */
  | { type: 'keerpunt:show-help' }
  /**
   * The shipped lists, for a search guard that found no whole copy of this build's in storage
   * → ShippedRecord (lib/settings/shipped.ts)
   */
  | { type: 'keerpunt:lists' };

export type HeldAnswer = { available: false } | { available: true; waitMs: number };
export type ContinueAnswer = { ok: true; url: string } | { ok: false };

export function sendToBackground<T>(message: ToBackground): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}

/**
 * The background's answer, or undefined when it refused or gave none within `ms`: a worker
 * stopped at the wrong moment can leave a message with neither answer nor error. A script cut
 * off from the extension (updated or removed) gets undefined too.
 */
export function askBackground<T>(message: ToBackground, ms: number): Promise<T | undefined> {
  let answer: Promise<T | undefined>;
  try {
    answer = sendToBackground<T>(message).catch(() => undefined);
  } catch {
    answer = Promise.resolve(undefined); // cut off: `browser.runtime` is gone
  }
  return Promise.race([answer, new Promise<undefined>((resolve) => setTimeout(resolve, ms))]);
}

/** The pause before asking again: a refusal comes at once when no worker is there yet. */
const ASK_AGAIN_AFTER_MS = 100;

/**
 * Asks until the answer is `useful`, for `withinMs` at most (a search page waits that long, at
 * most, before it leaves; the help page's button, that long before it gives up), each question waiting `ms` for its
 * answer (at most what is left); undefined when none was. A worker stopped while it answered
 * leaves a question refused, unanswered, or resolved with its work not done (measured: a held
 * URL lost in 3 of 118 stressed runs of service-worker-random-stop.spec.ts, its message
 * resolved while the worker never stored it); so a question that changes something is answered
 * `true` once done, and asked again until it is.
 */
export async function askBackgroundFor<T>(
  message: ToBackground,
  useful: (answer: unknown) => answer is T,
  withinMs = 4_000,
  ms = 1_500,
): Promise<T | undefined> {
  const deadline = Date.now() + withinMs;
  for (let left = withinMs; left > 0; left = deadline - Date.now()) {
    const answer = await askBackground<unknown>(message, Math.min(left, ms));
    if (useful(answer)) return answer;
    await new Promise((resolve) => setTimeout(resolve, ASK_AGAIN_AFTER_MS));
  }
  return undefined;
}
