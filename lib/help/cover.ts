/**
 * What the instant cover says (entrypoints/search/page.ts): the first help a person sees when a
 * search is caught. It is painted in the search's own tab in the frame after the verdict, while
 * the help page loads (that takes 100–150 ms more on this project's machines:
 * bench/e2e/README.md), and it stays where the help page cannot load. It is the help page's
 * opening in brief: what happened, and its one next step — the region's helpline to call, or
 * where none is listed, the first self-help programme — with the same names, numbers and button
 * words as the help page (a unit test holds the two together).
 *
 * Apart from lib/help/resources and lib/help/messages because the content script carries it, and
 * those carry the whole help page (bench/e2e, "content script, gzipped").
 */
import type { RegionId } from './regions';
import type { Language } from '../settings/settings';

export interface CoverText {
  /** The language the words are in (the cover's `lang`). */
  lang: Language;
  heading: string;
  lead: string;
  /** The next step: a call (`tel:`) or, where no helpline is listed, the self-help. */
  action: { label: string; detail: string | null; href: string };
}

interface Step {
  /** The helpline's or the programme's name, as on the help page. */
  name: string;
  /** The number as shown, or null for the self-help. */
  display: string | null;
  href: string;
}

/** Each region's next step: `helpline.phones[0]` of lib/help/resources, else its first self-help. */
export const COVER_STEPS: Readonly<Record<RegionId, Step>> = {
  NL: { name: 'Stop it Now', display: '0800 266 64 36', href: 'tel:+318002666436' },
  'BE-VL': { name: 'Stop it Now! Vlaanderen', display: '0800 200 50', href: 'tel:+3280020050' },
  'BE-FR': { name: 'SéOS', display: '0800 200 99', href: 'tel:+3280020099' },
  GB: { name: 'Stop It Now UK & Ireland', display: '0808 1000 900', href: 'tel:+448081000900' },
  US: { name: 'Stop It Now', display: '1-888-773-8368', href: 'tel:+18887738368' },
  OTHER: { name: 'Troubled Desire', display: null, href: 'https://troubled-desire.com' },
};

interface Words {
  heading: string;
  lead: string;
  /** The help page's `callLabel` and `selfHelpNext` ({name}). */
  call: string;
  selfHelp: string;
}

// French typography: a no-break space (\u00a0) before ? : ! ;
export const COVER_WORDS: Readonly<Record<Language, Words>> = {
  nl: {
    heading: 'Keerpunt hield deze zoekopdracht tegen',
    lead: 'Er zijn geen resultaten getoond. Hulp is één stap verder.',
    call: 'Bel {name}',
    selfHelp: 'Begin met de zelfhulp van {name}',
  },
  en: {
    heading: 'Keerpunt stopped this search',
    lead: 'No results were shown. Help is one step away.',
    call: 'Call {name}',
    selfHelp: 'Start the self-help at {name}',
  },
  fr: {
    heading: 'Keerpunt a arrêté cette recherche',
    lead: 'Aucun résultat n’a été affiché. De l’aide est à portée de main.',
    call: 'Appeler {name}',
    selfHelp: 'Commencer l’aide en ligne de {name}',
  },
};

/** The cover's words for a language and region (both already resolved). */
export function coverText(lang: Language, region: RegionId): CoverText {
  const words = COVER_WORDS[lang];
  const step = COVER_STEPS[region];
  const label = (step.display ? words.call : words.selfHelp).replace('{name}', step.name);
  return {
    lang,
    heading: words.heading,
    lead: words.lead,
    action: { label, detail: step.display, href: step.href },
  };
}
