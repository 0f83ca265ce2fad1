/**
 * The coverage check's words in nl, en and fr: typed from English, so every language has every
 * key (a unit test checks the steps too). The browsers' own labels are quoted as each browser
 * shows them in that language.
 */
import type { BrowserKind } from './facts';

type Steps = Readonly<Record<BrowserKind, readonly string[]>>;

const en = {
  sectionTitle: 'Where Keerpunt can see searches',
  allFine: 'Keerpunt can see searches on all its search sites, also in private windows.',
  checking: 'Checking…',
  discretionTitle: 'Discretion',
  discretionIntro:
    'In the toolbar Keerpunt has a neutral mark. Its small window shows no counts unless you ask, and nothing is reported to anyone.',
  historyLabel: 'Also remove caught searches from the browser history',
  historyNote:
    'The browser asks once for permission to change your history. Keerpunt uses it only to delete the address of a search it caught; it never reads your history.',
  historyDenied: 'Not turned on: the browser did not give permission.',
  historyOn: 'On: caught searches are removed from the history from now on.',
  historyOff: 'Off: caught searches stay in the history, like any page you open.',
  popupSettings: 'Settings',
  popupHelp: 'Help',
  showCounts: "Show this week's counts",
  hideCounts: 'Hide the counts',
  countsCaption: 'This week (since Monday)',
  countShown: 'Help shown',
  countHelp: 'Helpline contacted',
  countSelfhelp: 'Self-help opened',
  countPause: 'Pauses done',
  on: 'Keerpunt is on.',
  offTitle: 'Keerpunt is switched off',
  offBody: 'Searches are not checked until it is switched on again.',
  offSteps: ['Open the settings of Keerpunt.', 'Switch it on again.'],
  privateTitle: 'Keerpunt cannot see private windows',
  privateBody:
    'The browser lets an extension into private windows only when you allow it. Searches in a private window are not checked now.',
  privateSteps: {
    chrome: [
      'Type chrome://extensions in the address bar and press Enter.',
      'Find Keerpunt and click "Details".',
      'Turn on "Allow in Incognito".',
    ],
    edge: [
      'Type edge://extensions in the address bar and press Enter.',
      'Find Keerpunt and click "Details".',
      'Tick "Allow in InPrivate".',
    ],
    firefox: [
      'Type about:addons in the address bar and press Enter.',
      'Click Keerpunt.',
      'At "Run in Private Windows", choose "Allow".',
    ],
  } as Steps,
  sitesTitle: 'Keerpunt cannot see some search sites',
  sitesBody:
    'The browser gives Keerpunt no access to {count} of its {total} search sites, so searches there are not checked.',
  sitesShow: 'Which sites',
  sitesSteps: {
    chrome: [
      'Type chrome://extensions in the address bar and press Enter.',
      'Find Keerpunt and click "Details".',
      'At "Site access", choose "On all sites". Keerpunt still reaches only its search sites.',
    ],
    edge: [
      'Type edge://extensions in the address bar and press Enter.',
      'Find Keerpunt and click "Details".',
      'At "Site access", choose "On all sites". Keerpunt still reaches only its search sites.',
    ],
    firefox: [
      'Type about:addons in the address bar and press Enter.',
      'Click Keerpunt and open the "Permissions" tab.',
      'Switch on the sites that are off.',
    ],
  } as Steps,
  ownTitle: 'Keerpunt cannot see a site you added',
  ownBody:
    'Access to {count} of the sites you added was taken away, so searches there are not checked.',
  ownSteps: {
    chrome: [
      'Type chrome://extensions in the address bar and press Enter.',
      'Find Keerpunt and click "Details".',
      'At "Site access", allow the site again, or remove the site in Keerpunt\'s settings and add it again.',
    ],
    edge: [
      'Type edge://extensions in the address bar and press Enter.',
      'Find Keerpunt and click "Details".',
      'At "Site access", allow the site again, or remove the site in Keerpunt\'s settings and add it again.',
    ],
    firefox: [
      'Type about:addons in the address bar and press Enter.',
      'Click Keerpunt and open the "Permissions" tab.',
      "Switch the site on again, or remove the site in Keerpunt's settings and add it again.",
    ],
  } as Steps,
  pendingTitle: 'A change to Keerpunt is waiting',
  pendingOne:
    'A change that weakens protection takes effect on {time}. Until then nothing changes.',
  pendingMany:
    '{count} changes that weaken protection are waiting; the first takes effect on {time}. Until then nothing changes.',
  pendingSteps: ['Open the settings of Keerpunt to see what is waiting, or to cancel it.'],
};

export type CoverageStrings = typeof en;

const nl: CoverageStrings = {
  sectionTitle: 'Waar Keerpunt zoekopdrachten ziet',
  allFine: 'Keerpunt ziet zoekopdrachten op al zijn zoeksites, ook in privévensters.',
  checking: 'Even kijken…',
  discretionTitle: 'Discretie',
  discretionIntro:
    'In de werkbalk heeft Keerpunt een neutraal teken. Het kleine venster toont geen aantallen tenzij je erom vraagt, en er wordt aan niemand iets gemeld.',
  historyLabel: 'Tegengehouden zoekopdrachten ook uit de browsergeschiedenis verwijderen',
  historyNote:
    'De browser vraagt één keer toestemming om je geschiedenis te wijzigen. Keerpunt gebruikt die alleen om het adres van een tegengehouden zoekopdracht te verwijderen; je geschiedenis wordt nooit gelezen.',
  historyDenied: 'Niet aangezet: de browser gaf geen toestemming.',
  historyOn: 'Aan: tegengehouden zoekopdrachten worden vanaf nu uit de geschiedenis verwijderd.',
  historyOff:
    'Uit: tegengehouden zoekopdrachten blijven in de geschiedenis, zoals elke pagina die je opent.',
  popupSettings: 'Instellingen',
  popupHelp: 'Hulp',
  showCounts: 'Aantallen van deze week tonen',
  hideCounts: 'Aantallen verbergen',
  countsCaption: 'Deze week (sinds maandag)',
  countShown: 'Hulp getoond',
  countHelp: 'Hulplijn gecontacteerd',
  countSelfhelp: 'Zelfhulp geopend',
  countPause: 'Pauzes gedaan',
  on: 'Keerpunt staat aan.',
  offTitle: 'Keerpunt staat uit',
  offBody: 'Zoekopdrachten worden niet nagekeken tot Keerpunt weer aan staat.',
  offSteps: ['Open de instellingen van Keerpunt.', 'Zet Keerpunt weer aan.'],
  privateTitle: 'Keerpunt ziet geen privévensters',
  privateBody:
    'De browser laat een extensie alleen in privévensters toe als jij dat toestaat. Zoekopdrachten in een privévenster worden nu niet nagekeken.',
  privateSteps: {
    chrome: [
      'Typ chrome://extensions in de adresbalk en druk op Enter.',
      'Zoek Keerpunt en klik op "Details".',
      'Zet "Toestaan in incognitomodus" aan.',
    ],
    edge: [
      'Typ edge://extensions in de adresbalk en druk op Enter.',
      'Zoek Keerpunt en klik op "Details".',
      'Vink "Toestaan in InPrivate" aan.',
    ],
    firefox: [
      'Typ about:addons in de adresbalk en druk op Enter.',
      'Klik op Keerpunt.',
      'Kies bij "Uitvoeren in privévensters" voor "Toestaan".',
    ],
  },
  sitesTitle: 'Keerpunt ziet sommige zoeksites niet',
  sitesBody:
    'De browser geeft Keerpunt geen toegang tot {count} van de {total} zoeksites, dus zoekopdrachten daar worden niet nagekeken.',
  sitesShow: 'Welke sites',
  sitesSteps: {
    chrome: [
      'Typ chrome://extensions in de adresbalk en druk op Enter.',
      'Zoek Keerpunt en klik op "Details".',
      'Kies bij "Sitetoegang" voor "Op alle sites". Keerpunt komt dan nog steeds alleen op zijn zoeksites.',
    ],
    edge: [
      'Typ edge://extensions in de adresbalk en druk op Enter.',
      'Zoek Keerpunt en klik op "Details".',
      'Kies bij "Sitetoegang" voor "Op alle sites". Keerpunt komt dan nog steeds alleen op zijn zoeksites.',
    ],
    firefox: [
      'Typ about:addons in de adresbalk en druk op Enter.',
      'Klik op Keerpunt en open het tabblad "Toestemmingen".',
      'Zet de sites aan die uit staan.',
    ],
  },
  ownTitle: 'Keerpunt ziet een site die je zelf toevoegde niet',
  ownBody:
    'De toegang tot {count} van de sites die je zelf toevoegde is weggenomen, dus zoekopdrachten daar worden niet nagekeken.',
  ownSteps: {
    chrome: [
      'Typ chrome://extensions in de adresbalk en druk op Enter.',
      'Zoek Keerpunt en klik op "Details".',
      'Sta de site weer toe bij "Sitetoegang", of verwijder de site in de instellingen van Keerpunt en voeg hem opnieuw toe.',
    ],
    edge: [
      'Typ edge://extensions in de adresbalk en druk op Enter.',
      'Zoek Keerpunt en klik op "Details".',
      'Sta de site weer toe bij "Sitetoegang", of verwijder de site in de instellingen van Keerpunt en voeg hem opnieuw toe.',
    ],
    firefox: [
      'Typ about:addons in de adresbalk en druk op Enter.',
      'Klik op Keerpunt en open het tabblad "Toestemmingen".',
      'Zet de site weer aan, of verwijder de site in de instellingen van Keerpunt en voeg hem opnieuw toe.',
    ],
  },
  pendingTitle: 'Er wacht een wijziging aan Keerpunt',
  pendingOne:
    'Een wijziging die de bescherming verzwakt gaat in op {time}. Tot dan verandert er niets.',
  pendingMany:
    'Er wachten {count} wijzigingen die de bescherming verzwakken; de eerste gaat in op {time}. Tot dan verandert er niets.',
  pendingSteps: [
    'Open de instellingen van Keerpunt om te zien wat er wacht, of om het te annuleren.',
  ],
};

const fr: CoverageStrings = {
  sectionTitle: 'Où Keerpunt voit les recherches',
  allFine:
    'Keerpunt voit les recherches sur tous ses sites de recherche, aussi dans les fenêtres privées.',
  checking: 'Vérification…',
  discretionTitle: 'Discrétion',
  discretionIntro:
    "Dans la barre d'outils, Keerpunt a un signe neutre. Sa petite fenêtre n'affiche aucun nombre sauf si vous le demandez, et rien n'est signalé à personne.",
  historyLabel: "Retirer aussi les recherches arrêtées de l'historique du navigateur",
  historyNote:
    "Le navigateur demande une fois l'autorisation de modifier votre historique. Keerpunt ne s'en sert que pour effacer l'adresse d'une recherche arrêtée ; il ne lit jamais votre historique.",
  historyDenied: "Pas activé : le navigateur n'a pas donné l'autorisation.",
  historyOn: "Activé : les recherches arrêtées sont désormais retirées de l'historique.",
  historyOff:
    "Désactivé : les recherches arrêtées restent dans l'historique, comme toute page que vous ouvrez.",
  popupSettings: 'Réglages',
  popupHelp: 'Aide',
  showCounts: 'Afficher les nombres de cette semaine',
  hideCounts: 'Masquer les nombres',
  countsCaption: 'Cette semaine (depuis lundi)',
  countShown: 'Aide affichée',
  countHelp: "Ligne d'écoute contactée",
  countSelfhelp: 'Auto-assistance ouverte',
  countPause: 'Pauses faites',
  on: 'Keerpunt est activé.',
  offTitle: 'Keerpunt est désactivé',
  offBody: "Les recherches ne sont pas vérifiées tant qu'il n'est pas réactivé.",
  offSteps: ['Ouvrez les réglages de Keerpunt.', 'Réactivez-le.'],
  privateTitle: 'Keerpunt ne voit pas les fenêtres privées',
  privateBody:
    "Le navigateur n'admet une extension dans les fenêtres privées que si vous l'autorisez. Les recherches dans une fenêtre privée ne sont pas vérifiées pour l'instant.",
  privateSteps: {
    chrome: [
      "Tapez chrome://extensions dans la barre d'adresse et appuyez sur Entrée.",
      'Trouvez Keerpunt et cliquez sur « Détails ».',
      'Activez « Autoriser en mode navigation privée ».',
    ],
    edge: [
      "Tapez edge://extensions dans la barre d'adresse et appuyez sur Entrée.",
      'Trouvez Keerpunt et cliquez sur « Détails ».',
      'Cochez « Autoriser en mode InPrivate ».',
    ],
    firefox: [
      "Tapez about:addons dans la barre d'adresse et appuyez sur Entrée.",
      'Cliquez sur Keerpunt.',
      'À « Exécution dans les fenêtres privées », choisissez « Autoriser ».',
    ],
  },
  sitesTitle: 'Keerpunt ne voit pas certains sites de recherche',
  sitesBody:
    "Le navigateur ne donne pas à Keerpunt l'accès à {count} de ses {total} sites de recherche : les recherches n'y sont pas vérifiées.",
  sitesShow: 'Quels sites',
  sitesSteps: {
    chrome: [
      "Tapez chrome://extensions dans la barre d'adresse et appuyez sur Entrée.",
      'Trouvez Keerpunt et cliquez sur « Détails ».',
      "À « Accès au site », choisissez « Sur tous les sites ». Keerpunt n'atteint toujours que ses sites de recherche.",
    ],
    edge: [
      "Tapez edge://extensions dans la barre d'adresse et appuyez sur Entrée.",
      'Trouvez Keerpunt et cliquez sur « Détails ».',
      "À « Accès au site », choisissez « Sur tous les sites ». Keerpunt n'atteint toujours que ses sites de recherche.",
    ],
    firefox: [
      "Tapez about:addons dans la barre d'adresse et appuyez sur Entrée.",
      "Cliquez sur Keerpunt et ouvrez l'onglet « Permissions ».",
      'Activez les sites qui sont désactivés.',
    ],
  },
  ownTitle: 'Keerpunt ne voit pas un site que vous avez ajouté',
  ownBody:
    "L'accès à {count} des sites que vous avez ajoutés a été retiré : les recherches n'y sont pas vérifiées.",
  ownSteps: {
    chrome: [
      "Tapez chrome://extensions dans la barre d'adresse et appuyez sur Entrée.",
      'Trouvez Keerpunt et cliquez sur « Détails ».',
      'Autorisez de nouveau le site à « Accès au site », ou supprimez le site dans les réglages de Keerpunt et ajoutez-le de nouveau.',
    ],
    edge: [
      "Tapez edge://extensions dans la barre d'adresse et appuyez sur Entrée.",
      'Trouvez Keerpunt et cliquez sur « Détails ».',
      'Autorisez de nouveau le site à « Accès au site », ou supprimez le site dans les réglages de Keerpunt et ajoutez-le de nouveau.',
    ],
    firefox: [
      "Tapez about:addons dans la barre d'adresse et appuyez sur Entrée.",
      "Cliquez sur Keerpunt et ouvrez l'onglet « Permissions ».",
      'Réactivez le site, ou supprimez le site dans les réglages de Keerpunt et ajoutez-le de nouveau.',
    ],
  },
  pendingTitle: 'Un changement de Keerpunt est en attente',
  pendingOne:
    "Un changement qui affaiblit la protection prendra effet le {time}. D'ici là, rien ne change.",
  pendingMany:
    "{count} changements qui affaiblissent la protection sont en attente ; le premier prendra effet le {time}. D'ici là, rien ne change.",
  pendingSteps: [
    'Ouvrez les réglages de Keerpunt pour voir ce qui est en attente, ou pour l’annuler.',
  ],
};

export const COVERAGE_LANGUAGES = ['nl', 'en', 'fr'] as const;
export type CoverageLanguage = (typeof COVERAGE_LANGUAGES)[number];

export const COVERAGE_STRINGS: Readonly<Record<CoverageLanguage, CoverageStrings>> = {
  en,
  nl,
  fr,
};
