/**
 * The optional one-minute pause (lib/help/pause.ts): slow breathing and urge surfing, with a way
 * back to help at every moment. The circle follows the breath; with reduced motion it stays still
 * and only the words change. It is left with its button or with Escape, and focus goes back to the
 * button that opened it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { pauseAt, PAUSE_TEXT } from '@/lib/help/pause';
import type { Language } from '@/lib/settings/settings';

export function Pause(props: { language: Language; onDone(): void }) {
  const text = PAUSE_TEXT[props.language];
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const counted = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (startedAt === null) return;
    heading.current?.focus();
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [startedAt]);

  const moment = startedAt === null ? null : pauseAt(now - startedAt);
  useEffect(() => {
    if (moment?.done && !counted.current) {
      counted.current = true;
      props.onDone();
    }
  }, [moment?.done]);

  const close = () => {
    setStartedAt(null);
    counted.current = false;
    // Back where the person started, so the keyboard does not lose its place.
    setTimeout(() => opener.current?.focus(), 0);
  };

  // Escape leaves the pause too, wherever focus is on the page: no one is held in it. Listened
  // for as the pause renders, not after the next frame (`useEffect`): a key pressed at once counts.
  useLayoutEffect(() => {
    if (startedAt === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [startedAt]);

  if (startedAt === null || moment === null) {
    // Not a region yet: a landmark named like its only button would be one more stop for
    // screen readers, with nothing in it.
    return (
      <div class="pause">
        <button
          ref={opener}
          id="pause-open"
          type="button"
          class="secondary"
          data-testid="pause-open"
          aria-describedby="pause-hint"
          onClick={() => {
            const t = Date.now();
            setNow(t);
            setStartedAt(t);
          }}
        >
          {text.open}
        </button>
        <p class="note" id="pause-hint">
          {text.openHint}
        </p>
      </div>
    );
  }

  const scale =
    moment.breath === 'in' ? 0.6 + 0.4 * moment.breathProgress : 1 - 0.4 * moment.breathProgress;
  return (
    <section class="pause pause-active" aria-labelledby="pause-heading" data-testid="pause">
      <h2 id="pause-heading" ref={heading} tabIndex={-1}>
        {moment.done ? text.doneHeading : text.heading}
      </h2>
      {moment.done ? (
        <p role="status">{text.done}</p>
      ) : (
        <>
          <div class="breath" aria-hidden="true">
            <div class="breath-circle" style={{ transform: `scale(${scale.toFixed(3)})` }} />
            <p class="breath-cue">{moment.breath === 'in' ? text.breatheIn : text.breatheOut}</p>
          </div>
          <p class="pause-line" aria-live="polite">
            {text.lines[moment.line]}
          </p>
          <p class="note">{text.secondsLeft.replace('{seconds}', String(moment.secondsLeft))}</p>
        </>
      )}
      <button type="button" class="secondary" data-testid="pause-exit" onClick={close}>
        {moment.done ? text.backToHelp : text.exit}
      </button>
    </section>
  );
}
