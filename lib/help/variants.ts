/**
 * The help page's opening message, in variants (DESIGN.md "Help content"). The research behind
 * them (shared/HELP-FACTS.md, "Message research"):
 * - `legal`: a clear, honest legal line. Warnings that said the material "may be illegal" made
 *   the most people drop off (Prichard et al. 2022). We say it as it is: it *is* illegal, and it
 *   matters because the images show real children.
 * - `care`: a therapeutic line. Deterrent and therapeutic messages both work (Prichard et al.
 *   2024): you are not alone, many people with these feelings never harm a child, change is
 *   possible, help is there.
 * Both keep an honest legal sentence, both lead to the same one next step (the call button
 * below them), neither uses images. No threat that is untrue for Keerpunt: it reports nobody.
 *
 * The ids go into the local counters and later into anonymous reach reports: never rename one.
 * Wording rules: "afbeeldingen van seksueel misbruik van minderjarigen" / "sexual images of
 * children" / "images d’abus sexuels sur mineurs"; never any form of "child porn".
 */
import type { Language } from '../settings/settings';
import type { Contact } from './resources';

export const VARIANT_IDS = ['legal', 'care'] as const;
export type VariantId = (typeof VARIANT_IDS)[number];

export function isVariantId(x: unknown): x is VariantId {
  return typeof x === 'string' && (VARIANT_IDS as readonly string[]).includes(x);
}

interface CommonText {
  /** The page's main heading (h1). Calm, a few words. */
  heading: string;
  /** The first paragraph, shown larger: what just happened. */
  lead: string;
  /**
   * The honest legal sentence: looking at such images is a crime, even a click on a link to
   * them, and the images are of real children.
   */
  legal: string;
}

/** `legal`: the lead, then the legal sentence, then why it matters. */
export interface LegalText extends CommonText {
  /** Why it matters: the images show real children, and the harm goes on when they are viewed. */
  why: string;
}

/** `care`: the lead (you are not alone), then hope, then a shorter legal sentence. */
export interface CareText extends CommonText {
  /** Change is possible; talking to someone who knows this subject makes the next step easier. */
  hope: string;
  /**
   * Appended to `hope` only when the region's helpline is both free and anonymous in the facts
   * (shared/HELP-FACTS.md): never promise either for a line that does not. {name}: the line.
   */
  freeAndAnonymous: string;
}

/** The fields of each variant; every variant id must have an entry here. */
export interface VariantFields {
  legal: LegalText;
  care: CareText;
}

/** Every variant in every language, with every field (the type enforces the parity). */
export type VariantTexts = {
  readonly [V in VariantId]: Readonly<Record<Language, Readonly<VariantFields[V]>>>;
};

// French typography: a no-break space (\u00a0) before ? : ! ;
export const VARIANTS: VariantTexts = {
  legal: {
    nl: {
      heading: 'Deze zoekopdracht kan naar illegale beelden leiden',
      lead: 'Keerpunt hield hem tegen voordat er resultaten verschenen. Daarvoor heb je Keerpunt zelf geïnstalleerd.',
      legal:
        'Afbeeldingen van seksueel misbruik van minderjarigen bekijken of downloaden is strafbaar. Op een link ernaartoe klikken is dat ook.',
      why: 'Op die beelden staan echte kinderen die zijn misbruikt. Elke keer dat iemand ze bekijkt, gaat de schade voor die kinderen verder.',
    },
    en: {
      heading: 'This search may lead to illegal images',
      lead: 'Keerpunt stopped it before any results appeared. That is what you installed it for.',
      legal:
        'Looking at or downloading sexual images of children is a crime. So is clicking a link to them.',
      why: 'These images show real children being sexually abused. Each time they are looked at, the harm to those children goes on.',
    },
    fr: {
      heading: 'Cette recherche peut mener à des images illégales',
      lead: 'Keerpunt l’a arrêtée avant que des résultats ne s’affichent. C’est pour cela que vous l’avez installé.',
      legal:
        'Regarder ou télécharger des images d’abus sexuels sur mineurs est une infraction. Cliquer sur un lien qui y mène l’est aussi.',
      why: 'Ces images montrent de vrais enfants qui ont été abusés. Chaque fois qu’elles sont regardées, le tort fait à ces enfants continue.',
    },
  },
  care: {
    nl: {
      heading: 'Dit moment kan een keerpunt zijn',
      lead: 'Keerpunt heeft deze zoekopdracht tegengehouden. Je bent niet de enige: veel mensen hebben deze gevoelens, en veel van hen doen nooit een kind iets aan.',
      hope: 'Veranderen kan. Er één keer over praten met iemand die dit onderwerp kent, maakt de volgende stap vaak makkelijker.',
      freeAndAnonymous: 'Bellen met {name} is gratis, en je hoeft je naam niet te noemen.',
      legal:
        'Afbeeldingen van seksueel misbruik van minderjarigen bekijken is strafbaar, ook één klik op een link ernaartoe: het gaat om echte kinderen.',
    },
    en: {
      heading: 'This moment can be a turning point',
      lead: 'Keerpunt stopped this search. You are not alone: many people have these feelings, and many of them never harm a child.',
      hope: 'Change is possible. Talking it through, even once, with someone who knows this subject often makes the next step easier.',
      freeAndAnonymous: 'Calling {name} is free, and you do not have to give your name.',
      legal:
        'Looking at sexual images of children is a crime, and so is clicking a link to them: they show real children.',
    },
    fr: {
      heading: 'Ce moment peut être un tournant',
      lead: 'Keerpunt a arrêté cette recherche. Vous n’êtes pas la seule personne dans ce cas\u00a0: beaucoup de gens ont ces sentiments, et beaucoup d’entre eux ne font jamais de mal à un enfant.',
      hope: 'Changer est possible. En parler, même une seule fois, avec quelqu’un qui connaît ce sujet rend souvent le pas suivant plus facile.',
      freeAndAnonymous: 'Appeler {name} est gratuit, et vous n’avez pas à donner votre nom.',
      legal:
        'Regarder des images d’abus sexuels sur mineurs est une infraction, même un simple clic sur un lien qui y mène\u00a0: ce sont de vrais enfants.',
    },
  },
};

/** What the page shows: a heading, a lead, then one or two short paragraphs, in order. */
export interface VariantMessage {
  heading: string;
  lead: string;
  lines: string[];
}

/**
 * The message of variant `id` in `language`. `helpline` is the region's helpline (or `null`):
 * the `care` variant says the call is free and anonymous only when that line is both.
 */
export function variantMessage(
  id: VariantId,
  language: Language,
  helpline: Pick<Contact, 'name' | 'assurances'> | null,
): VariantMessage {
  switch (id) {
    case 'legal': {
      const v = VARIANTS.legal[language];
      return { heading: v.heading, lead: v.lead, lines: [v.legal, v.why] };
    }
    case 'care': {
      const v = VARIANTS.care[language];
      const assured =
        helpline !== null &&
        helpline.assurances.includes('free') &&
        helpline.assurances.includes('anonymous');
      const hope = assured
        ? `${v.hope} ${v.freeAndAnonymous.replace('{name}', helpline.name)}`
        : v.hope;
      return { heading: v.heading, lead: v.lead, lines: [hope, v.legal] };
    }
  }
}
