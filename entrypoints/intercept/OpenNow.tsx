/**
 * The hours part of the helpline card: the hours, whether the line is open now in the person's own
 * time, what to do meanwhile when it is closed, and the reference code a helpline may agree on.
 *
 * - Verified weekly hours: "Open now, until 22:00" / "Closed right now. It opens again tomorrow at
 *   09:00 (your time)", and a soft note that holidays are not known.
 * - Unverified weekly hours: the last published hours, "may be open" / "may open again", and the
 *   website for the current ones; never a plain "open now".
 * - No hours, or unverified round-the-clock hours: "see the website for current hours".
 * - Chat has no hours of its own in the data (HELP-FACTS gives one set per line), so it is taken to
 *   follow the line's hours and is not offered "meanwhile" while the line is closed.
 *
 * It renders again at the next opening or closing (and at least every few minutes, so "today"
 * becomes "tomorrow" after the person's midnight), and when the tab becomes visible again.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatRanges, timeZoneCity } from '@/lib/help/hours';
import { t, type MessageKey } from '@/lib/help/messages';
import {
  formatUntil,
  formatWhen,
  nextChange,
  openState,
  type OpenState,
} from '@/lib/help/open-now';
import type { Contact } from '@/lib/help/resources';
import type { Language } from '@/lib/settings/settings';

/** Render again at least this often while the page is open. */
const REFRESH_MS = 5 * 60_000;
/** A little past the change, so that it has surely happened. */
const AFTER_CHANGE_MS = 500;

export interface OpenNowProps {
  language: Language;
  helpline: Contact;
  /** The region's crisis line, offered meanwhile. */
  crisis: Contact;
  /** The person's IANA time zone, read from the browser by the caller. */
  timeZone: string;
  /** The clock; previews and tests pass a fixed one. */
  now?: () => Date;
  /** A click on one of the helpline's own contacts (counted as `help`). */
  onHelp(): void;
}

const systemClock = () => new Date();

export function OpenNow(props: OpenNowProps) {
  const { language: lang, helpline, crisis, timeZone } = props;
  const m = (key: MessageKey, params?: Record<string, string>) => t(lang, key, params);
  const clock = props.now ?? systemClock;
  const [, setTick] = useState(0);

  const now = clock();
  const hours = helpline.hours;
  const state: OpenState | null = hours?.kind === 'weekly' ? openState(hours, now) : null;

  useEffect(() => {
    if (!state) return;
    const change = nextChange(state);
    const untilChange = change ? change.getTime() - now.getTime() + AFTER_CHANGE_MS : REFRESH_MS;
    const wait = Math.max(AFTER_CHANGE_MS, Math.min(untilChange, REFRESH_MS));
    const timer = setTimeout(() => setTick((n) => n + 1), wait);
    // A laptop that slept: timers are late, so look again when the tab is shown.
    const wake = () => {
      if (document.visibilityState === 'visible') setTick((n) => n + 1);
    };
    document.addEventListener('visibilitychange', wake);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', wake);
    };
  });

  let hoursLine: string;
  let status: string | null = null;
  if (!hours || (hours.kind === 'always' && !hours.verified)) {
    hoursLine = m('hoursSeeWebsite');
  } else if (hours.kind === 'always') {
    hoursLine = m('hoursAlways');
  } else {
    const week = { hours: formatRanges(hours.ranges, lang), city: timeZoneCity(hours.timeZone) };
    hoursLine = hours.verified
      ? `${m('hoursWeekly', week)} ${m('hoursHolidays')}`
      : m('hoursUnconfirmed', week);
    if (state?.state === 'open') {
      const until = formatUntil(state.closesAt, now, lang, timeZone);
      status = m(hours.verified ? 'openNow' : 'maybeOpen', { until });
    } else if (state?.state === 'closed' && state.opensAt) {
      const when = formatWhen(state.opensAt, now, lang, timeZone);
      status = m(hours.verified ? 'closedNow' : 'maybeClosed', { when });
    }
  }

  const closed = state?.state === 'closed';
  const alwaysOpen = hours?.kind === 'always' || state?.state === 'always';
  const crisisPhone = crisis.phones[0];
  const crisisAlways = crisis.hours?.kind === 'always' && crisis.hours.verified;

  return (
    <div class="open-now">
      {status && (
        <p
          class={`status ${!hours?.verified ? 'status-maybe' : state?.state === 'open' ? 'status-open' : 'status-closed'}`}
          data-testid="open-now"
        >
          {status}
        </p>
      )}
      <p class="hours">{hoursLine}</p>
      {helpline.referenceCode && (
        <p class="hours" data-testid="reference-code">
          {m('referenceCode', { code: helpline.referenceCode })}
        </p>
      )}
      {closed ? (
        <div class="meanwhile" data-testid="meanwhile">
          <p>{m('meanwhileHeading')}</p>
          <ul>
            {helpline.email ? (
              <li>
                {m('meanwhileWrite')}{' '}
                <a href={`mailto:${helpline.email}`} onClick={props.onHelp}>
                  {helpline.email}
                </a>
              </li>
            ) : (
              helpline.emailForm && (
                <li>
                  {m('meanwhileWrite')}{' '}
                  <a
                    href={helpline.emailForm}
                    target="_blank"
                    rel="noreferrer noopener"
                    onClick={props.onHelp}
                  >
                    {m('emailFormLink')}
                    <span class="visually-hidden"> {m('newTab')}</span>
                  </a>
                </li>
              )
            )}
            <li>
              <a href="#self-help">{m('meanwhileSelfHelp')}</a>
            </li>
            {crisisPhone && (
              <li>
                {m(crisisAlways ? 'meanwhileCrisis' : 'meanwhileCrisisCall', {
                  name: crisis.name,
                })}{' '}
                <a class="tel" href={`tel:${crisisPhone.tel}`}>
                  {crisisPhone.display}
                </a>
              </li>
            )}
          </ul>
        </div>
      ) : (
        !alwaysOpen && <p class="hours">{m('whenNoAnswer')}</p>
      )}
    </div>
  );
}
