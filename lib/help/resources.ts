/**
 * Help resources per region, as data (DESIGN.md "Help content"; facts from shared/HELP-FACTS.md).
 * Helpline staff update this file without touching code: every entry says where its facts come
 * from (`source`), when they were last checked (`checkedOn`) and whether they are `verified`.
 * Unverified hours are never shown as hours: the page says "see the website for current hours".
 *
 * Entries marked `verified: false` with "not in HELP-FACTS" in their source are well-known
 * public numbers added so every region has a crisis line; they wait for a check by helpline staff.
 */
import type { Language } from '../settings/settings';
import { REGION_IDS, type RegionId } from './regions';

export interface Provenance {
  /** Where the facts come from: a document, a seed, a website. */
  source: string;
  /** `YYYY-MM-DD`: when someone last checked these facts against the source. */
  checkedOn: string;
  verified: boolean;
}

export interface Phone {
  /** As people write it in the line's own country. */
  display: string;
  /** For `tel:` links: E.164 (`+31…`), or a national short number (`113`) that has no E.164 form. */
  tel: string;
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Opens at `from` on each of `days`, on the line's own wall clock. `to` may be `24:00`; a `to`
 * earlier than `from` closes the next day (`fri 22:00–02:00` closes Saturday 02:00). Ranges that
 * touch are one opening. Public holidays are not modelled. See `open-now.ts`.
 */
export interface TimeRange {
  days: readonly Weekday[];
  /** `HH:MM`, 24-hour clock, in the line's time zone. */
  from: string;
  /** `HH:MM` or `24:00`; never equal to `from`. */
  to: string;
}

/** Opening hours; `open-now.ts` says from them whether the line is open now. */
export type OpeningHours = Provenance &
  (
    | { kind: 'always' }
    | {
        kind: 'weekly';
        /** IANA time zone of the line, e.g. `Europe/Amsterdam`. */
        timeZone: string;
        ranges: readonly TimeRange[];
      }
  );

/** What a line promises; shown beside its number only when the facts say so. */
export type Assurance = 'free' | 'anonymous' | 'confidential';

export interface Contact extends Provenance {
  id: string;
  /** The organisation's own name; not translated. */
  name: string;
  /** The first is the main number. */
  phones: readonly Phone[];
  website: string;
  email?: string;
  /** Secure e-mail through a form on the website (no public address). */
  emailForm?: string;
  chat?: string;
  hours?: OpeningHours;
  assurances: readonly Assurance[];
  /**
   * A short code the helpline agreed on ("mention KP when you call"): it lets the line count the
   * contacts that came through Keerpunt without any tracking. Unset until a helpline asks for one;
   * the page then shows it under the call button. Letters, digits and `-`, at most 12.
   */
  referenceCode?: string;
}

export const SELF_HELP_IDS = ['stoppen-is-mogelijk', 'troubled-desire'] as const;
export type SelfHelpId = (typeof SELF_HELP_IDS)[number];

export interface SelfHelp extends Provenance {
  id: SelfHelpId;
  name: string;
  url: string;
  /** Set when the resource exists in one language only. */
  onlyIn?: Language;
}

/**
 * Professional advice (HELP-FACTS "For professionals"): who gives it, for whom, and the contact
 * through which it is reached. `audience: 'professionals'` is advice for a therapist, GP or teacher
 * who is worried about someone; `audience: 'self'` is care by professionals for the person
 * themself.
 */
export interface ProfessionalAdvice extends Provenance {
  id: string;
  /** The organisation's own name; not translated. */
  name: string;
  audience: 'professionals' | 'self';
  /** The `id` of this region's helpline or crisis line that arranges it (its number, hours). */
  via: string;
  /** Its own website, only when a source gives one. */
  website?: string;
  /** What the source says it offers, for the people who keep this file (not shown as such). */
  about: string;
}

/**
 * The kinds of resource: the helpline (with its phone, and chat and e-mail when it has them),
 * the self-help, the crisis line and professional advice.
 */
export interface RegionResources {
  region: RegionId;
  /**
   * The region's helpline for people worried about their own feelings or behaviour, or `null`
   * when we list none: the page then makes the first self-help resource the next step.
   */
  helpline: Contact | null;
  selfHelp: readonly SelfHelp[];
  crisis: Contact;
  /** May be empty: we list only what HELP-FACTS names for the region. */
  professional: readonly ProfessionalAdvice[];
}

const FACTS = 'shared/HELP-FACTS.md';
const CHECKED = '2026-11-22';

const STOPPEN_IS_MOGELIJK: SelfHelp = {
  id: 'stoppen-is-mogelijk',
  name: 'Stoppen is mogelijk',
  url: 'https://www.stoppen-is-mogelijk.eu',
  onlyIn: 'nl',
  source: `${FACTS} (seeds 000, 002, 004)`,
  checkedOn: CHECKED,
  verified: true,
};

const TROUBLED_DESIRE: SelfHelp = {
  id: 'troubled-desire',
  name: 'Troubled Desire',
  url: 'https://troubled-desire.com',
  source: `${FACTS} (Charité Berlin)`,
  checkedOn: CHECKED,
  verified: true,
};

export const RESOURCES: Readonly<Record<RegionId, RegionResources>> = {
  NL: {
    region: 'NL',
    helpline: {
      id: 'stop-it-now-nl',
      name: 'Stop it Now',
      phones: [{ display: '0800 266 64 36', tel: '+318002666436' }],
      website: 'https://stopitnow.nl',
      email: 'info@stopitnow.nl',
      chat: 'https://stopitnow.nl',
      hours: {
        kind: 'weekly',
        timeZone: 'Europe/Amsterdam',
        ranges: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '22:00' },
          { days: ['sat', 'sun'], from: '10:30', to: '19:00' },
        ],
        source: `${FACTS} (seed 003, Stop it Now presentation 2025)`,
        checkedOn: CHECKED,
        verified: true,
      },
      assurances: ['free', 'anonymous'],
      source: `${FACTS} (seeds 000, 001, 002, 003)`,
      checkedOn: CHECKED,
      verified: true,
    },
    selfHelp: [STOPPEN_IS_MOGELIJK, TROUBLED_DESIRE],
    crisis: {
      id: '113-nl',
      name: '113 Zelfmoordpreventie',
      phones: [
        { display: '113', tel: '113' },
        { display: '0800-0113', tel: '+318000113' },
      ],
      website: 'https://www.113.nl',
      chat: 'https://www.113.nl',
      hours: { kind: 'always', source: `${FACTS} (seed 000)`, checkedOn: CHECKED, verified: true },
      assurances: [],
      source: `${FACTS} (seeds 000, 002: sociale kaart)`,
      checkedOn: CHECKED,
      verified: true,
    },
    professional: [
      {
        id: 'stop-it-now-nl-professionals',
        name: 'Stop it Now',
        audience: 'professionals',
        via: 'stop-it-now-nl',
        about:
          'Advises professionals (therapists, GPs, teachers) worried about someone: 6% of contacts in 2024; "Start het gesprek" guides.',
        source: `${FACTS} (seeds 000, 001, 002, 003)`,
        checkedOn: CHECKED,
        verified: true,
      },
      {
        id: 'de-waag',
        name: 'De Waag',
        audience: 'self',
        via: 'stop-it-now-nl',
        about:
          'Forensic outpatient care; voluntary, no justice involvement needed. Stop it Now arranges an anonymous, free call appointment with De Waag.',
        source: `${FACTS} (seeds 000, 002: sociale kaart; seed 003)`,
        checkedOn: CHECKED,
        verified: true,
      },
    ],
  },
  'BE-VL': {
    region: 'BE-VL',
    helpline: {
      id: 'stop-it-now-vl',
      name: 'Stop it Now! Vlaanderen',
      phones: [{ display: '0800 200 50', tel: '+3280020050' }],
      website: 'https://stopitnow.be',
      email: 'vragen@stopitnow.be',
      chat: 'https://stopitnow.be',
      hours: {
        kind: 'weekly',
        timeZone: 'Europe/Brussels',
        ranges: [
          { days: ['tue'], from: '15:00', to: '19:00' },
          { days: ['wed'], from: '09:30', to: '12:30' },
          { days: ['fri'], from: '12:00', to: '15:00' },
        ],
        // Hours of the 2021 annual report; not confirmed for today.
        source: `${FACTS} (seed 004, annual report 2021)`,
        checkedOn: CHECKED,
        verified: false,
      },
      assurances: ['free', 'anonymous'],
      source: `${FACTS} (seed 004)`,
      checkedOn: CHECKED,
      verified: true,
    },
    selfHelp: [STOPPEN_IS_MOGELIJK, TROUBLED_DESIRE],
    crisis: {
      id: 'zelfmoordlijn-1813',
      name: 'Zelfmoordlijn 1813',
      phones: [{ display: '1813', tel: '1813' }],
      website: 'https://www.zelfmoord1813.be',
      hours: { kind: 'always', source: FACTS, checkedOn: CHECKED, verified: true },
      assurances: ['free', 'anonymous'],
      // The number, hours and promises are in HELP-FACTS; the website address is not.
      source: `${FACTS}; website: not in HELP-FACTS`,
      checkedOn: CHECKED,
      verified: true,
    },
    professional: [
      {
        id: 'stop-it-now-vl-professionals',
        name: 'Stop it Now! Vlaanderen',
        audience: 'professionals',
        via: 'stop-it-now-vl',
        about:
          'Run by the Universitair Forensisch Centrum. HELP-FACTS says Stop it Now advises professionals too (figure for the Netherlands); the "Start het gesprek" guide is Belgian-based.',
        // That the Flemish line advises professionals is not stated for Flanders itself.
        source: `${FACTS} ("For professionals"; seeds 000, 004)`,
        checkedOn: CHECKED,
        verified: false,
      },
    ],
  },
  'BE-FR': {
    region: 'BE-FR',
    helpline: {
      id: 'seos',
      name: 'SéOS',
      phones: [{ display: '0800 200 99', tel: '+3280020099' }],
      website: 'https://seos.be',
      email: 'contact@seos.be',
      chat: 'https://seos.be',
      assurances: [],
      source: `${FACTS} (hours unknown)`,
      checkedOn: CHECKED,
      verified: true,
    },
    selfHelp: [TROUBLED_DESIRE, STOPPEN_IS_MOGELIJK],
    crisis: {
      // Zelfmoordlijn 1813 answers in Dutch; this is the French-language 24/7 line.
      id: 'cps-be',
      name: 'Centre de Prévention du Suicide',
      phones: [{ display: '0800 32 123', tel: '+3280032123' }],
      website: 'https://www.preventionsuicide.be',
      hours: {
        kind: 'always',
        source: 'https://www.preventionsuicide.be (not in HELP-FACTS)',
        checkedOn: CHECKED,
        verified: false,
      },
      assurances: [],
      source: 'https://www.preventionsuicide.be (not in HELP-FACTS; to be checked)',
      checkedOn: CHECKED,
      verified: false,
    },
    professional: [],
  },
  GB: {
    region: 'GB',
    helpline: {
      id: 'stop-it-now-uk',
      name: 'Stop It Now UK & Ireland',
      phones: [{ display: '0808 1000 900', tel: '+448081000900' }],
      website: 'https://www.stopitnow.org.uk',
      emailForm: 'https://www.stopitnow.org.uk',
      chat: 'https://www.stopitnow.org.uk',
      assurances: ['free', 'confidential'],
      source: `${FACTS} (hours unverified)`,
      checkedOn: CHECKED,
      verified: true,
    },
    selfHelp: [TROUBLED_DESIRE],
    crisis: {
      id: 'samaritans',
      name: 'Samaritans',
      phones: [{ display: '116 123', tel: '116123' }],
      website: 'https://www.samaritans.org',
      hours: {
        kind: 'always',
        source: 'https://www.samaritans.org (not in HELP-FACTS)',
        checkedOn: CHECKED,
        verified: false,
      },
      assurances: [],
      source: 'https://www.samaritans.org (not in HELP-FACTS; to be checked)',
      checkedOn: CHECKED,
      verified: false,
    },
    professional: [],
  },
  US: {
    region: 'US',
    helpline: {
      id: 'stop-it-now-us',
      name: 'Stop It Now',
      phones: [{ display: '1-888-773-8368', tel: '+18887738368' }],
      website: 'https://www.stopitnow.org',
      assurances: [],
      source: `${FACTS} (hours unverified)`,
      checkedOn: CHECKED,
      verified: true,
    },
    selfHelp: [TROUBLED_DESIRE],
    crisis: {
      id: '988-lifeline',
      name: '988 Suicide & Crisis Lifeline',
      phones: [{ display: '988', tel: '988' }],
      website: 'https://988lifeline.org',
      hours: {
        kind: 'always',
        source: 'https://988lifeline.org (not in HELP-FACTS)',
        checkedOn: CHECKED,
        verified: false,
      },
      assurances: [],
      source: 'https://988lifeline.org (not in HELP-FACTS; to be checked)',
      checkedOn: CHECKED,
      verified: false,
    },
    professional: [],
  },
  OTHER: {
    region: 'OTHER',
    // We list no helpline that serves every country; Troubled Desire (anonymous, multilingual)
    // becomes the next step, and the page offers the region picker.
    helpline: null,
    selfHelp: [TROUBLED_DESIRE],
    crisis: {
      // A directory of free crisis lines per country, not a line itself.
      id: 'find-a-helpline',
      name: 'Find A Helpline',
      phones: [],
      website: 'https://findahelpline.com',
      assurances: [],
      source: 'https://findahelpline.com (not in HELP-FACTS; to be checked)',
      checkedOn: CHECKED,
      verified: false,
    },
    professional: [],
  },
};

/** The resources shown for `region`. */
export function resourcesFor(region: RegionId): RegionResources {
  return RESOURCES[region];
}

/** Every entry that carries provenance (contacts, hours, self-help, professional advice). */
export function allEntries(): { path: string; entry: Provenance }[] {
  const out: { path: string; entry: Provenance }[] = [];
  for (const region of REGION_IDS) {
    const r = RESOURCES[region];
    for (const c of [r.helpline, r.crisis]) {
      if (!c) continue;
      out.push({ path: `${region}/${c.id}`, entry: c });
      if (c.hours) out.push({ path: `${region}/${c.id}/hours`, entry: c.hours });
    }
    for (const s of r.selfHelp) out.push({ path: `${region}/${s.id}`, entry: s });
    for (const p of r.professional) out.push({ path: `${region}/${p.id}`, entry: p });
  }
  return out;
}
