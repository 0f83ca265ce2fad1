/**
 * The first-run page's words in nl, en and fr; typed so every language has every key (a unit
 * test checks the keys and the placeholders).
 */
import type { Language } from '@/lib/settings/settings';

export const STEPS = [
  'welcome',
  'privacy',
  'region',
  'lists',
  'terms',
  'strictness',
  'coolingOff',
  'coverage',
  'reach',
  'setupCode',
  'done',
] as const;
export type Step = (typeof STEPS)[number];

const en = {
  heading: 'Welcome to Keerpunt',
  languageSwitch: 'Language',
  stepsLabel: 'Steps',
  stepOf: 'Step {n} of {total}',
  back: 'Back',
  next: 'Next',
  finish: 'Finish',
  later: 'Every choice here can be changed later in the settings.',
  step: {
    welcome: 'What Keerpunt does',
    privacy: 'Your privacy',
    region: 'Region and language',
    lists: 'Lists',
    terms: 'Your own terms',
    strictness: 'When a search is caught',
    coolingOff: 'Cooling-off period',
    coverage: 'Where Keerpunt can see',
    reach: 'Anonymous counting',
    setupCode: 'Setup code',
    done: 'Ready',
  } as Record<Step, string>,
  alreadyOn:
    'Protection is already on. The steps below let you fit it to yourself; it takes about two minutes.',
  doesTitle: 'What it does',
  does: [
    'It notices risky searches on this device, before the results are shown.',
    'Instead of results, it shows calm help: a free, anonymous helpline, self-help and a crisis line.',
    'It works on the big search engines and video sites, and on sites you add.',
  ],
  doesNotTitle: 'What it does not do',
  doesNot: [
    'It does not report you to anyone, and it has no account.',
    'It does not store or send what you searched.',
    'It cannot stop someone from removing it: it is a help you chose, not a lock.',
  ],
  haveCode: 'I have a setup code',
  privacyPromise: [
    'What you search is checked on this device and then forgotten. Keerpunt never stores or sends it.',
    'Your own terms are stored only as codes (keyed hashes), never as text, and never shown again.',
    'Nothing leaves this device unless you turn on anonymous counting (a later step, off unless you tick it).',
  ],
  privacyHonest:
    'Honestly: the search itself reaches the search site before Keerpunt acts, and stays in your browser history unless you remove it (the settings can do that for caught searches).',
  coolingIntro:
    'A change that weakens protection — switching it off, removing a term or a list, a gentler mode — waits this long, so a difficult moment does not decide. A change that strengthens protection takes effect at once.',
  coolingPin: 'In the settings you can also set a PIN for them.',
  coverageIntro:
    'Keerpunt checks where it can see searches. Private windows need your permission: the browser asks for it, not Keerpunt.',
  setupImported:
    'The setup code was applied. The other steps show what it chose; you can still change it.',
  doneIntro:
    'That is all. Keerpunt is on and will show help instead of results for a risky search.',
  doneFinished: 'Done. You can close this tab.',
  openSettings: 'Open the settings',
};

export type OnboardingStrings = typeof en;

const nl: OnboardingStrings = {
  heading: 'Welkom bij Keerpunt',
  languageSwitch: 'Taal',
  stepsLabel: 'Stappen',
  stepOf: 'Stap {n} van {total}',
  back: 'Terug',
  next: 'Volgende',
  finish: 'Klaar',
  later: 'Elke keuze hier kun je later in de instellingen veranderen.',
  step: {
    welcome: 'Wat Keerpunt doet',
    privacy: 'Je privacy',
    region: 'Regio en taal',
    lists: 'Lijsten',
    terms: 'Je eigen woorden',
    strictness: 'Als een zoekopdracht wordt tegengehouden',
    coolingOff: 'Bedenktijd',
    coverage: 'Waar Keerpunt kan kijken',
    reach: 'Anoniem tellen',
    setupCode: 'Instelcode',
    done: 'Klaar',
  },
  alreadyOn:
    'De bescherming staat al aan. Met de stappen hieronder stem je ze op jezelf af; dat duurt ongeveer twee minuten.',
  doesTitle: 'Wat het doet',
  does: [
    'Het merkt riskante zoekopdrachten op dit apparaat op, voordat de resultaten verschijnen.',
    'In plaats van resultaten toont het rustig hulp: een gratis, anonieme hulplijn, zelfhulp en een crisislijn.',
    'Het werkt op de grote zoekmachines en videosites, en op sites die je zelf toevoegt.',
  ],
  doesNotTitle: 'Wat het niet doet',
  doesNot: [
    'Het meldt je bij niemand, en er is geen account.',
    'Het bewaart of verstuurt niet waarop je zocht.',
    'Het kan niet voorkomen dat iemand het verwijdert: het is hulp die je zelf kiest, geen slot.',
  ],
  haveCode: 'Ik heb een instelcode',
  privacyPromise: [
    'Waarop je zoekt, wordt op dit apparaat gecontroleerd en daarna vergeten. Keerpunt bewaart of verstuurt het nooit.',
    'Je eigen woorden worden alleen als code (een hash met sleutel) bewaard, nooit als tekst, en nooit meer getoond.',
    'Er verlaat niets dit apparaat, tenzij je anoniem tellen aanzet (een latere stap, uit tenzij je het aanvinkt).',
  ],
  privacyHonest:
    'Eerlijk gezegd: de zoekopdracht zelf komt bij de zoeksite aan voordat Keerpunt ingrijpt, en blijft in je browsergeschiedenis staan, tenzij je die verwijdert (de instellingen kunnen dat voor tegengehouden zoekopdrachten).',
  coolingIntro:
    'Een wijziging die de bescherming verzwakt — uitzetten, een woord of lijst verwijderen, een mildere stand — wacht zo lang, zodat een moeilijk moment niet beslist. Een wijziging die de bescherming versterkt, geldt meteen.',
  coolingPin: 'In de instellingen kun je er ook een pincode op zetten.',
  coverageIntro:
    'Keerpunt controleert waar het zoekopdrachten kan zien. Voor privévensters is je toestemming nodig: de browser vraagt die, niet Keerpunt.',
  setupImported:
    'De instelcode is toegepast. De andere stappen tonen wat ze koos; je kunt het nog veranderen.',
  doneIntro:
    'Dat was het. Keerpunt staat aan en toont hulp in plaats van resultaten bij een riskante zoekopdracht.',
  doneFinished: 'Klaar. Je kunt dit tabblad sluiten.',
  openSettings: 'De instellingen openen',
};

const fr: OnboardingStrings = {
  heading: 'Bienvenue dans Keerpunt',
  languageSwitch: 'Langue',
  stepsLabel: 'Étapes',
  stepOf: 'Étape {n} sur {total}',
  back: 'Retour',
  next: 'Suivant',
  finish: 'Terminer',
  later: 'Chaque choix fait ici peut être changé plus tard dans les réglages.',
  step: {
    welcome: 'Ce que fait Keerpunt',
    privacy: 'Votre vie privée',
    region: 'Région et langue',
    lists: 'Listes',
    terms: 'Vos propres termes',
    strictness: 'Quand une recherche est arrêtée',
    coolingOff: 'Délai de réflexion',
    coverage: 'Où Keerpunt peut voir',
    reach: 'Comptage anonyme',
    setupCode: 'Code de configuration',
    done: 'Prêt',
  },
  alreadyOn:
    'La protection est déjà active. Les étapes ci-dessous vous permettent de l’adapter à vous ; cela prend environ deux minutes.',
  doesTitle: 'Ce qu’il fait',
  does: [
    'Il repère les recherches à risque sur cet appareil, avant que les résultats ne s’affichent.',
    'Au lieu des résultats, il affiche calmement de l’aide : une ligne d’écoute gratuite et anonyme, de l’auto-assistance et une ligne de crise.',
    'Il fonctionne sur les grands moteurs de recherche et sites vidéo, et sur les sites que vous ajoutez.',
  ],
  doesNotTitle: 'Ce qu’il ne fait pas',
  doesNot: [
    'Il ne vous signale à personne, et il n’y a pas de compte.',
    'Il n’enregistre ni n’envoie ce que vous avez cherché.',
    'Il ne peut pas empêcher qu’on le supprime : c’est une aide que vous choisissez, pas un verrou.',
  ],
  haveCode: 'J’ai un code de configuration',
  privacyPromise: [
    'Ce que vous cherchez est vérifié sur cet appareil puis oublié. Keerpunt ne l’enregistre ni ne l’envoie jamais.',
    'Vos propres termes ne sont gardés que sous forme de codes (hachages avec clé), jamais en texte, et ne sont plus jamais affichés.',
    'Rien ne quitte cet appareil, sauf si vous activez le comptage anonyme (une étape plus loin, désactivé sauf si vous le cochez).',
  ],
  privacyHonest:
    'Honnêtement : la recherche elle-même arrive au site avant que Keerpunt n’agisse, et reste dans l’historique du navigateur, sauf si vous l’effacez (les réglages peuvent le faire pour les recherches arrêtées).',
  coolingIntro:
    'Un changement qui affaiblit la protection — la désactiver, retirer un terme ou une liste, un mode plus souple — attend ce délai, pour qu’un moment difficile ne décide pas. Un changement qui la renforce vaut tout de suite.',
  coolingPin: 'Dans les réglages, vous pouvez aussi les protéger par un code PIN.',
  coverageIntro:
    'Keerpunt vérifie où il peut voir les recherches. Les fenêtres privées demandent votre accord : c’est le navigateur qui le demande, pas Keerpunt.',
  setupImported:
    'Le code de configuration a été appliqué. Les autres étapes montrent ses choix ; vous pouvez encore les changer.',
  doneIntro:
    'C’est tout. Keerpunt est actif et affichera de l’aide au lieu des résultats pour une recherche à risque.',
  doneFinished: 'Terminé. Vous pouvez fermer cet onglet.',
  openSettings: 'Ouvrir les réglages',
};

export const ONBOARDING_STRINGS: Readonly<Record<Language, OnboardingStrings>> = { en, nl, fr };
