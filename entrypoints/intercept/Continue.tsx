/**
 * "Continue to the results", for the pause and gentle modes only, at the end of the page: the
 * background says whether this tab has a caught search held (five minutes at most) and how long
 * the pause still lasts; continuing turns it into a pass for exactly that address.
 */
import { useEffect, useState } from 'preact/hooks';
import { CONTINUE_TEXT } from '@/lib/help/continue-text';
import type { Language, Strictness } from '@/lib/settings/settings';
import {
  askBackground,
  askBackgroundFor,
  type ContinueAnswer,
  type HeldAnswer,
} from '@/utils/messages';

/** When to ask again for a held URL that is not there yet (ms after each answer). */
const HELD_RETRIES_MS = [250, 500, 1000, 2000, 4000, 8000];
/** How long one question waits for its answer before it counts as unanswered. */
const ASK_WITHIN_MS = 1_500;

export function Continue(props: { language: Language; strictness: Strictness }) {
  const text = CONTINUE_TEXT[props.language];
  const [readyAt, setReadyAt] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (props.strictness === 'strict') return;
    // The search page hands the URL to the background as it leaves (for four seconds at most,
    // entrypoints/search/page.ts); a worker that was asleep or stopped may take a while to store
    // it, so ask again for about 15 seconds before concluding there is none.
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (attempt: number) => {
      void askBackground<HeldAnswer>({ type: 'keerpunt:held' }, ASK_WITHIN_MS).then((answer) => {
        if (cancelled) return;
        if (answer?.available) setReadyAt(Date.now() + answer.waitMs);
        else if (attempt < HELD_RETRIES_MS.length) {
          timer = setTimeout(() => ask(attempt + 1), HELD_RETRIES_MS[attempt]);
        }
      });
    };
    ask(0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [props.strictness]);

  useEffect(() => {
    if (readyAt === null || now >= readyAt) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, readyAt - now));
    return () => clearTimeout(timer);
  }, [readyAt, now]);

  if (props.strictness === 'strict' || readyAt === null) return null;
  const seconds = Math.ceil((readyAt - now) / 1000);
  const go = async () => {
    // A worker stopped before it answered kept the held URL, or the pass it made: asked again,
    // the next copy answers.
    const isAnswer = (answer: unknown): answer is ContinueAnswer =>
      typeof (answer as Partial<ContinueAnswer> | undefined)?.ok === 'boolean';
    const answer = await askBackgroundFor({ type: 'keerpunt:continue' }, isAnswer);
    if (answer?.ok) location.replace(answer.url);
  };
  return (
    <section class="continue" data-testid="continue">
      {seconds > 0 ? (
        <p data-testid="continue-wait">{text.wait.replace('{seconds}', String(seconds))}</p>
      ) : (
        <button type="button" class="quiet" data-testid="continue-go" onClick={() => void go()}>
          {text.go}
        </button>
      )}
      <p class="note">{text.note}</p>
    </section>
  );
}
