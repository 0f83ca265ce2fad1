/**
 * The help page's content, as a function of language and region only: no extension APIs here
 * (only the DOM, to place focus when it opens), so it renders the same in the extension and
 * anywhere else.
 */
import { Fragment, type ComponentChildren, type RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { formatRanges, timeZoneCity } from '@/lib/help/hours';
import { LANGUAGE_NAMES, SELF_HELP_TEXT, t, type MessageKey } from '@/lib/help/messages';
import { REGION_IDS, REGION_NAMES, isRegionId, type RegionId } from '@/lib/help/regions';
import {
  resourcesFor,
  type Assurance,
  type Contact,
  type OpeningHours,
  type SelfHelp,
} from '@/lib/help/resources';
import { variantMessage, type VariantId } from '@/lib/help/variants';
import { LANGUAGES, type Language } from '@/lib/settings/settings';
import { OpenNow } from './OpenNow';
import { Faq } from './Faq';

export type HelpEvent = 'help' | 'selfhelp';

export interface HelpPageProps {
  language: Language;
  region: RegionId;
  /** Which opening message to show (lib/help/variants); `legal` when not given. */
  variant?: VariantId;
  onLanguage(language: Language): void;
  onRegion(region: RegionId): void;
  /** A click on a helpline contact (`help`) or a self-help link (`selfhelp`). */
  onCount(event: HelpEvent): void;
  onSafe(): void;
  /** The person's IANA time zone, for "open now"; the browser's own when not given. */
  timeZone?: string;
  /** The clock for "open now"; previews and tests pass a fixed one. */
  now?: () => Date;
  /** Below the safe button: the optional one-minute pause. */
  afterSafe?: ComponentChildren;
  /** Before the privacy line: "continue to the results" (pause and gentle modes). */
  end?: ComponentChildren;
  /**
   * Whether region and language are the stored ones (default true). The page may first paint
   * from a cache (utils/help-display.ts); focus is placed once they are confirmed, as the primary
   * action depends on the region.
   */
  settled?: boolean;
}

const ASSURANCE_TEXT: Record<Assurance, MessageKey> = {
  free: 'assuranceFree',
  anonymous: 'assuranceAnonymous',
  confidential: 'assuranceConfidential',
};

/** A link that leaves for another site: a new tab, no referrer, and screen readers are told. */
function External(p: {
  href: string;
  newTab: string;
  onClick?: () => void;
  class?: string;
  /** The page's primary action: see `primaryAction` below. */
  primary?: PrimaryAction;
  children: ComponentChildren;
}) {
  return (
    <a
      href={p.href}
      target="_blank"
      rel="noreferrer noopener"
      class={p.class}
      onClick={p.onClick}
      {...p.primary}
    >
      {p.children}
      <span class="visually-hidden"> {p.newTab}</span>
    </a>
  );
}

interface PrimaryAction {
  ref: RefObject<HTMLAnchorElement | null>;
  'aria-describedby': string;
  onKeyDown(event: KeyboardEvent): void;
}

/**
 * A key held down since the search box (Enter, pressed to search) repeats on this page once it
 * has focus: a repeat never activates the primary action, only a fresh press does.
 */
function ignoreHeldKey(event: KeyboardEvent): void {
  if (event.repeat) event.preventDefault();
}

/**
 * Where the keyboard starts. The person did not come here on purpose: a search of theirs was
 * replaced by this page. The spec puts focus on the one clear next step, the primary action (the
 * call button, or the first self-help programme where there is no helpline), so Enter takes it;
 * Tab goes on through the card's other contacts to the safe button. It follows the ARIA Authoring Practices for content that
 * opens without being asked for (the dialog pattern): focus the first action, unless that would
 * push the start of the content out of view — at 200% zoom or in a small window the action is
 * below the fold, and then focus goes to the main heading (tabindex -1, no ring), from where the
 * first Tab reaches the action (nothing focusable lies between them). Neither scrolls: the
 * person sees the page from its top. Screen readers announce the focused action with the main
 * heading as its description (`aria-describedby`), so the reason for the page is not skipped.
 */
function focusWhereTheKeyboardStarts(
  action: HTMLElement | null,
  heading: HTMLElement | null,
): void {
  if (!action) return heading?.focus({ preventScroll: true });
  const box = action.getBoundingClientRect();
  const inView = box.top >= 0 && box.bottom <= window.innerHeight;
  (inView ? action : heading)?.focus({ preventScroll: true });
}

export function HelpPage(props: HelpPageProps) {
  const { language: lang, region, variant = 'legal' } = props;
  const m = (key: MessageKey, params?: Record<string, string>) => t(lang, key, params);
  const { helpline, selfHelp, crisis } = resourcesFor(region);
  const message = variantMessage(variant, lang, helpline);
  const help = () => props.onCount('help');
  const selfhelp = () => props.onCount('selfhelp');

  const hoursText = (hours: OpeningHours | undefined): string => {
    if (!hours || !hours.verified) return m('hoursSeeWebsite');
    if (hours.kind === 'always') return m('hoursAlways');
    return m('hoursWeekly', {
      hours: formatRanges(hours.ranges, lang),
      city: timeZoneCity(hours.timeZone),
    });
  };

  const writeLinks = (c: Contact) => [
    c.chat && (
      <li key="chat">
        <External newTab={m('newTab')} href={c.chat} onClick={help}>
          {m('chatLink')}
        </External>
      </li>
    ),
    c.email && (
      <li key="email">
        <a href={`mailto:${c.email}`} onClick={help}>
          {m('emailLink', { address: c.email })}
        </a>
      </li>
    ),
    c.emailForm && (
      <li key="form">
        <External newTab={m('newTab')} href={c.emailForm} onClick={help}>
          {m('emailFormLink')}
        </External>
      </li>
    ),
  ];

  const selfHelpItem = (s: SelfHelp) => (
    <li key={s.id}>
      <External newTab={m('newTab')} href={s.url} onClick={selfhelp}>
        {s.name}
      </External>
      {s.onlyIn === 'nl' && lang !== 'nl' && <span class="note"> ({m('onlyInDutch')})</span>}
      <p>{m(SELF_HELP_TEXT[s.id])}</p>
    </li>
  );

  const mainPhone = helpline?.phones[0];
  const firstSelfHelp = selfHelp[0];

  const heading = useRef<HTMLHeadingElement>(null);
  const action = useRef<HTMLAnchorElement>(null);
  const primaryAction: PrimaryAction = {
    ref: action,
    'aria-describedby': 'help-heading',
    onKeyDown: ignoreHeldKey,
  };
  // Once, when the page opens with its settings confirmed: a later change of region or language
  // leaves focus where it is, and so does a focus the person placed before.
  const settled = props.settled ?? true;
  const focusPlaced = useRef(false);
  useEffect(() => {
    if (!settled || focusPlaced.current) return;
    focusPlaced.current = true;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    focusWhereTheKeyboardStarts(action.current, heading.current);
  }, [settled]);

  return (
    <div class="page" data-testid="help" data-variant={variant}>
      <header class="bar">
        <span class="brand">Keerpunt</span>
        <div class="pickers">
          <label>
            <span>{m('regionLabel')}</span>
            <select
              data-testid="region"
              value={region}
              onChange={(e) => {
                const next = e.currentTarget.value;
                if (isRegionId(next)) props.onRegion(next);
              }}
            >
              {REGION_IDS.map((id) => (
                <option key={id} value={id}>
                  {REGION_NAMES[id][lang]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{m('languageLabel')}</span>
            <select
              data-testid="language"
              value={lang}
              onChange={(e) => {
                const next = e.currentTarget.value as Language;
                if (LANGUAGES.includes(next)) props.onLanguage(next);
              }}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>

      <main>
        <h1 id="help-heading" ref={heading} tabIndex={-1}>
          {message.heading}
        </h1>
        <p class="lead">{message.lead}</p>
        {message.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}

        <section class="card" aria-labelledby="next-step">
          <h2 id="next-step">{m('nextStepHeading')}</h2>
          <p>{m('helpNotAlone')}</p>
          {helpline && mainPhone ? (
            <>
              <a
                class="primary"
                href={`tel:${mainPhone.tel}`}
                data-testid="phone"
                onClick={help}
                {...primaryAction}
              >
                <span class="primary-label">{m('callLabel', { name: helpline.name })}</span>
                <span class="primary-number">{mainPhone.display}</span>
              </a>
              {helpline.assurances.length > 0 && (
                <p class="assurances">
                  {helpline.assurances.map((a) => m(ASSURANCE_TEXT[a])).join(' · ')}
                </p>
              )}
              <OpenNow
                language={lang}
                helpline={helpline}
                crisis={crisis}
                timeZone={props.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone}
                now={props.now}
                onHelp={help}
              />
              <ul class="links">
                {writeLinks(helpline)}
                <li>
                  <External newTab={m('newTab')} href={helpline.website} onClick={help}>
                    {m('websiteLink', { name: helpline.name })}
                  </External>
                </li>
              </ul>
            </>
          ) : (
            <>
              <p>{m('noHelpline')}</p>
              {firstSelfHelp && (
                <External
                  newTab={m('newTab')}
                  class="primary"
                  href={firstSelfHelp.url}
                  onClick={selfhelp}
                  primary={primaryAction}
                >
                  <span class="primary-label">
                    {m('selfHelpNext', { name: firstSelfHelp.name })}
                  </span>
                </External>
              )}
            </>
          )}
        </section>

        <button type="button" class="safe" data-testid="safe" onClick={props.onSafe}>
          {m('safeButton')}
        </button>

        {props.afterSafe}

        <section aria-labelledby="self-help">
          <h2 id="self-help">{m('selfHelpHeading')}</h2>
          <ul class="resources">{selfHelp.map(selfHelpItem)}</ul>
        </section>

        <Faq language={lang} />

        <section aria-labelledby="crisis">
          <h2 id="crisis">{m('crisisHeading')}</h2>
          {crisis.phones.length > 0 ? (
            <>
              <p>
                <strong>{crisis.name}</strong>
                {crisis.phones.map((p) => (
                  <Fragment key={p.tel}>
                    {' · '}
                    <a class="tel" href={`tel:${p.tel}`}>
                      {p.display}
                    </a>
                  </Fragment>
                ))}
              </p>
              <p class="hours">{hoursText(crisis.hours)}</p>
              <p>
                <External newTab={m('newTab')} href={crisis.website}>
                  {m('websiteLink', { name: crisis.name })}
                </External>
              </p>
            </>
          ) : (
            <>
              <p>{m('crisisDirectory', { name: crisis.name })}</p>
              <p>
                <External newTab={m('newTab')} href={crisis.website}>
                  {m('websiteLink', { name: crisis.name })}
                </External>
              </p>
            </>
          )}
        </section>

        {props.end}

        <p class="privacy">{m('privacy')}</p>
      </main>
    </div>
  );
}
