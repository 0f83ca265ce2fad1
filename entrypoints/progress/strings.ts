/**
 * The progress page's words in nl, en and fr. `en` gives the shape; the other languages are typed
 * with it, so every language has every key (the compiler checks it). Counts go through functions,
 * so each language can say one and many in its own way.
 *
 * Tone: calm and warm, never a score. No streaks, no "better/worse than last week", no failure.
 * A week in which Keerpunt stepped in often means it did its job, and help is there.
 */
import type { Language } from '@/lib/settings/settings';

const en = {
  /** Dates on this page (`Intl` locale). */
  locale: 'en-GB',
  heading: 'Your weeks with Keerpunt',
  intro: 'Week by week: how often Keerpunt showed help, and how often you used it.',
  privateNote:
    'These numbers stay on this device and are counted per day, nothing finer. Keerpunt never keeps what was searched. Nobody else sees them unless you choose to show them.',
  weeksLabel: 'Show',
  weeksOption: (n: number) => `the last ${n} weeks`,
  chartTitle: 'Per week: help shown, help used and pauses taken',
  shown: 'Help shown',
  used: 'Help used',
  pause: 'Pauses',
  helpline: 'helpline',
  selfhelp: 'self-help',
  breakdown: (help: number, selfhelp: number) => `helpline ${help}, self-help ${selfhelp}`,
  week: (n: number) => `Week ${n}`,
  weekWithDates: (n: number, dates: string) => `Week ${n}, ${dates}`,
  bar: (week: string, shown: number, used: number, pause: number) =>
    `${week}: help shown ${shown}, help used ${used}, pauses ${pause}`,
  tableCaption: 'Your weeks in numbers',
  colWeek: 'Week',
  // Supportive words: which ones show depends on the numbers of the weeks shown.
  wordsHeading: 'A few words',
  wordsNone:
    'Nothing was counted in these weeks. Keerpunt stays quietly in the background, and help is there whenever you want it.',
  wordsUsed: (n: number) =>
    `You chose help ${n === 1 ? 'once' : `${n} times`} in these weeks. Every time you chose help counts.`,
  wordsNotYet:
    'Help is there when you are ready: a call, a chat or a self-help module, free and anonymous.',
  wordsShown:
    'Each time Keerpunt stepped in, it did its job: the results stayed away and help was there.',
  wordsBusy:
    'In some weeks Keerpunt stepped in more often. That means it did its job, and help is there for you, now too.',
  wordsPause: (n: number) =>
    `You took ${n === 1 ? 'a breathing pause' : `${n} breathing pauses`}. Stopping for a minute is a real step.`,
  wordsAlways:
    'These numbers are not a score and not a test. Some weeks are harder than others; that is part of changing.',
  helpLink: 'Open the help page',
  summaryTitle: 'Summary for my therapist',
  summaryIntro:
    'A page with only these weekly numbers, to print or save as an image, in case you want to bring it to a session. Whether you do is up to you.',
  summaryOpen: 'Show the summary',
  summaryHeading: 'Keerpunt: weekly summary',
  period: (from: string, to: string, weeks: number) => `${from} to ${to} (${weeks} weeks)`,
  periodLabel: 'Period',
  explainShown: 'Help shown: how often Keerpunt showed its help page instead of search results.',
  explainUsed:
    'Help used: how often a helpline (call, chat, e-mail, website) or a self-help module was opened from it.',
  explainPause: 'Pauses: how often the one-minute breathing exercise was done to the end.',
  explainWeek:
    'Weeks run Monday to Sunday (ISO week numbers). Keerpunt keeps no searches, sites or times, only these counts.',
  print: 'Print',
  saveImage: 'Save as image',
  imageSaved: 'The image is in your downloads.',
  back: 'Back to my weeks',
  // The link on the options page.
  optionsTitle: 'Your weeks',
  optionsText:
    'See week by week how often help was shown and used, with a summary you can choose to bring to your therapist.',
  optionsLink: 'Open your weeks',
};

export type ProgressStrings = typeof en;

const nl: ProgressStrings = {
  locale: 'nl-NL',
  heading: 'Jouw weken met Keerpunt',
  intro: 'Week na week: hoe vaak Keerpunt hulp liet zien, en hoe vaak je die hulp gebruikte.',
  privateNote:
    'Deze getallen blijven op dit apparaat en worden per dag geteld, niet fijner. Keerpunt bewaart nooit wat er gezocht is. Niemand anders ziet ze, tenzij jij ze laat zien.',
  weeksLabel: 'Toon',
  weeksOption: (n) => `de laatste ${n} weken`,
  chartTitle: 'Per week: hulp getoond, hulp gebruikt en pauzes genomen',
  shown: 'Hulp getoond',
  used: 'Hulp gebruikt',
  pause: 'Pauzes',
  helpline: 'hulplijn',
  selfhelp: 'zelfhulp',
  breakdown: (help, selfhelp) => `hulplijn ${help}, zelfhulp ${selfhelp}`,
  week: (n) => `Week ${n}`,
  weekWithDates: (n, dates) => `Week ${n}, ${dates}`,
  bar: (week, shown, used, pause) =>
    `${week}: hulp getoond ${shown}, hulp gebruikt ${used}, pauzes ${pause}`,
  tableCaption: 'Jouw weken in getallen',
  colWeek: 'Week',
  wordsHeading: 'Een paar woorden',
  wordsNone:
    'In deze weken is er niets geteld. Keerpunt blijft rustig op de achtergrond, en hulp is er wanneer je wilt.',
  wordsUsed: (n) =>
    `Je koos ${n === 1 ? 'één keer' : `${n} keer`} voor hulp in deze weken. Elke keer dat je voor hulp kiest, telt.`,
  wordsNotYet:
    'Hulp is er als je eraan toe bent: bellen, chatten of een zelfhulpmodule, gratis en anoniem.',
  wordsShown:
    'Elke keer dat Keerpunt ingreep, deed het zijn werk: de resultaten bleven weg en er was hulp.',
  wordsBusy:
    'In sommige weken greep Keerpunt vaker in. Dan deed het zijn werk, en hulp is er voor je, ook nu.',
  wordsPause: (n) =>
    `Je nam ${n === 1 ? 'een adempauze' : `${n} adempauzes`}. Even stilstaan is een echte stap.`,
  wordsAlways:
    'Deze getallen zijn geen score en geen test. Sommige weken zijn zwaarder dan andere; dat hoort bij veranderen.',
  helpLink: 'Open de hulppagina',
  summaryTitle: 'Overzicht voor mijn behandelaar',
  summaryIntro:
    'Een pagina met alleen deze weekgetallen, om te printen of als afbeelding te bewaren, voor als je die mee wilt nemen naar een gesprek. Of je dat doet, bepaal jij.',
  summaryOpen: 'Toon het overzicht',
  summaryHeading: 'Keerpunt: overzicht per week',
  period: (from, to, weeks) => `${from} tot en met ${to} (${weeks} weken)`,
  periodLabel: 'Periode',
  explainShown:
    'Hulp getoond: hoe vaak Keerpunt zijn hulppagina liet zien in plaats van zoekresultaten.',
  explainUsed:
    'Hulp gebruikt: hoe vaak daarvandaan een hulplijn (bellen, chat, e-mail, website) of een zelfhulpmodule werd geopend.',
  explainPause: 'Pauzes: hoe vaak de ademoefening van één minuut tot het eind werd gedaan.',
  explainWeek:
    'Weken lopen van maandag tot en met zondag (ISO-weeknummers). Keerpunt bewaart geen zoekopdrachten, sites of tijden, alleen deze aantallen.',
  print: 'Printen',
  saveImage: 'Bewaren als afbeelding',
  imageSaved: 'De afbeelding staat bij je downloads.',
  back: 'Terug naar mijn weken',
  optionsTitle: 'Jouw weken',
  optionsText:
    'Zie per week hoe vaak hulp werd getoond en gebruikt, met een overzicht dat je kunt meenemen naar je behandelaar als je dat wilt.',
  optionsLink: 'Open jouw weken',
};

const fr: ProgressStrings = {
  locale: 'fr-BE',
  heading: 'Vos semaines avec Keerpunt',
  intro:
    'Semaine après semaine\u00a0: combien de fois Keerpunt a proposé de l’aide, et combien de fois vous l’avez utilisée.',
  privateNote:
    'Ces chiffres restent sur cet appareil et sont comptés par jour, sans plus de détail. Keerpunt ne garde jamais ce qui a été recherché. Personne d’autre ne les voit, sauf si vous choisissez de les montrer.',
  weeksLabel: 'Afficher',
  weeksOption: (n) => `les ${n} dernières semaines`,
  chartTitle: 'Par semaine\u00a0: aide proposée, aide utilisée et pauses prises',
  shown: 'Aide proposée',
  used: 'Aide utilisée',
  pause: 'Pauses',
  helpline: 'ligne d’écoute',
  selfhelp: 'aide en ligne',
  breakdown: (help, selfhelp) => `ligne d’écoute ${help}, aide en ligne ${selfhelp}`,
  week: (n) => `Semaine ${n}`,
  weekWithDates: (n, dates) => `Semaine ${n}, ${dates}`,
  bar: (week, shown, used, pause) =>
    `${week}\u00a0: aide proposée ${shown}, aide utilisée ${used}, pauses ${pause}`,
  tableCaption: 'Vos semaines en chiffres',
  colWeek: 'Semaine',
  wordsHeading: 'Quelques mots',
  wordsNone:
    'Rien n’a été compté pendant ces semaines. Keerpunt reste discrètement en arrière-plan, et l’aide est là quand vous le souhaitez.',
  wordsUsed: (n) =>
    `Vous avez choisi l’aide ${n === 1 ? 'une fois' : `${n} fois`} pendant ces semaines. Chaque fois que vous choisissez l’aide, cela compte.`,
  wordsNotYet:
    'L’aide est là quand vous serez prêt ou prête\u00a0: un appel, un chat ou un module d’aide en ligne, gratuit et anonyme.',
  wordsShown:
    'Chaque fois que Keerpunt est intervenu, il a fait son travail\u00a0: les résultats sont restés à l’écart et l’aide était là.',
  wordsBusy:
    'Certaines semaines, Keerpunt est intervenu plus souvent. Cela veut dire qu’il a fait son travail, et l’aide est là pour vous, maintenant aussi.',
  wordsPause: (n) =>
    `Vous avez pris ${n === 1 ? 'une pause pour respirer' : `${n} pauses pour respirer`}. S’arrêter une minute est un vrai pas.`,
  wordsAlways:
    'Ces chiffres ne sont ni une note ni un examen. Certaines semaines sont plus difficiles que d’autres\u00a0; cela fait partie du changement.',
  helpLink: 'Ouvrir la page d’aide',
  summaryTitle: 'Résumé pour mon thérapeute',
  summaryIntro:
    'Une page avec uniquement ces chiffres par semaine, à imprimer ou à enregistrer comme image, si vous souhaitez l’apporter à une séance. C’est vous qui décidez.',
  summaryOpen: 'Afficher le résumé',
  summaryHeading: 'Keerpunt\u00a0: résumé par semaine',
  period: (from, to, weeks) => `du ${from} au ${to} (${weeks} semaines)`,
  periodLabel: 'Période',
  explainShown:
    'Aide proposée\u00a0: combien de fois Keerpunt a affiché sa page d’aide au lieu de résultats de recherche.',
  explainUsed:
    'Aide utilisée\u00a0: combien de fois une ligne d’écoute (appel, chat, e-mail, site web) ou un module d’aide en ligne a été ouvert depuis cette page.',
  explainPause:
    'Pauses\u00a0: combien de fois l’exercice de respiration d’une minute a été fait jusqu’au bout.',
  explainWeek:
    'Les semaines vont du lundi au dimanche (numéros de semaine ISO). Keerpunt ne garde ni recherches, ni sites, ni heures, seulement ces chiffres.',
  print: 'Imprimer',
  saveImage: 'Enregistrer comme image',
  imageSaved: 'L’image se trouve dans vos téléchargements.',
  back: 'Retour à mes semaines',
  optionsTitle: 'Vos semaines',
  optionsText:
    'Voyez semaine après semaine combien de fois l’aide a été proposée et utilisée, avec un résumé que vous pouvez choisir d’apporter à votre thérapeute.',
  optionsLink: 'Ouvrir vos semaines',
};

export const PROGRESS_STRINGS: Readonly<Record<Language, ProgressStrings>> = { nl, en, fr };
