/** The options page's words in nl, en and fr (a parity test keeps them complete). */
import type { Language } from '@/lib/settings/settings';

const en = {
  settingsReset:
    'Some settings were damaged and went back to their defaults ({fields}). Everything else was kept. Please check them below.',
  strictTitle: 'When a search is caught',
  strictIntro: 'Help always comes first, and "take me somewhere safe" is always one click away.',
  strictStrict: 'Strict: no way to the results (recommended)',
  strictPause: 'Pause: the results after a 30-second wait',
  strictGentle: 'Gentle: I may continue to the results at once',
  title: 'Keerpunt settings',
  intro:
    'Keerpunt watches searches on this device and shows help instead of results. Changes here take effect on the next search.',
  termsTitle: 'Your own terms',
  termsIntro:
    'Add words or phrases you want Keerpunt to watch for, one at a time. The list syntax works too (for example "word one + word two").',
  termsPrivacy:
    'A term is stored only as a code (a keyed hash), never as text, and is never shown again. This stops a glance, not a determined person with access to this computer: the code can be guessed by trying many words.',
  termLabel: 'New term',
  termAdd: 'Add',
  termAdded: 'Added. It works from the next search.',
  termEmpty: 'No terms of your own yet.',
  termEntry: 'Term added on {date}',
  termRemove: 'Remove',
  termRemoved: 'Removed.',
  termNotFound: 'That term is not in your list.',
  termProblem: 'Not added: {reason}.',
  retypeLabel: 'Remove a term by typing it again',
  retypeRemove: 'Remove this term',
  listsTitle: 'Lists',
  listsIntro:
    'Lists made by Keerpunt with generally known search terms. You can switch each on or off.',
  sitesTitle: 'Your own search sites',
  sitesIntro:
    'Keerpunt knows the big search engines and video sites. To add another site, search there for a harmless word, copy the address of the results page, and paste it here with the word.',
  siteUrl: 'Address of a results page',
  siteWord: 'The word you searched for there',
  siteAdd: 'Add site',
  siteAdded: 'Site added.',
  siteDenied: 'Not added: the browser did not give access to this site.',
  siteProblem: 'Not added: {reason}.',
  siteNoAccess: 'no access: Keerpunt cannot see searches here',
  siteRemove: 'Remove',
  regionTitle: 'Region and language',
  regionLabel: 'Help for',
  regionAuto: 'Automatic (from the browser language)',
  languageLabel: 'Language',
  languageAuto: 'Automatic',
  pendingMark: 'waiting for the cooling-off period',
  changeWaits:
    'This change weakens protection, so it waits for your cooling-off period. See "Waiting changes" below, where you can also cancel it.',
  termKept: 'This term was waiting to be removed. It stays in your list.',
  privacyTitle: 'What stays private',
  privacy:
    'Keerpunt never stores or sends what you searched. The search itself did reach the search site before Keerpunt acted, and stays in your browser history.',
};

export type OptionStrings = typeof en;

const nl: OptionStrings = {
  settingsReset:
    'Sommige instellingen waren beschadigd en staan weer op de standaardwaarde ({fields}). De rest is bewaard. Kijk ze hieronder even na.',
  strictTitle: 'Als een zoekopdracht wordt tegengehouden',
  strictIntro: 'Hulp komt altijd eerst, en "breng me ergens veilig heen" is altijd één klik.',
  strictStrict: 'Streng: geen weg naar de resultaten (aangeraden)',
  strictPause: 'Pauze: de resultaten na 30 seconden wachten',
  strictGentle: 'Mild: ik mag meteen verder naar de resultaten',
  title: 'Keerpunt-instellingen',
  intro:
    'Keerpunt let op zoekopdrachten op dit apparaat en toont hulp in plaats van resultaten. Wijzigingen gelden vanaf de volgende zoekopdracht.',
  termsTitle: 'Je eigen woorden',
  termsIntro:
    'Voeg woorden of woordgroepen toe waar Keerpunt op moet letten, één per keer. De lijstnotatie werkt ook (bijvoorbeeld "woord een + woord twee").',
  termsPrivacy:
    'Een woord wordt alleen als code (een hash met sleutel) bewaard, nooit als tekst, en wordt nooit meer getoond. Dat houdt een vluchtige blik tegen, niet iemand die vastberaden op deze computer zoekt: de code is te raden door veel woorden te proberen.',
  termLabel: 'Nieuw woord',
  termAdd: 'Toevoegen',
  termAdded: 'Toegevoegd. Het werkt vanaf de volgende zoekopdracht.',
  termEmpty: 'Nog geen eigen woorden.',
  termEntry: 'Woord toegevoegd op {date}',
  termRemove: 'Verwijderen',
  termRemoved: 'Verwijderd.',
  termNotFound: 'Dat woord staat niet in je lijst.',
  termProblem: 'Niet toegevoegd: {reason}.',
  retypeLabel: 'Verwijder een woord door het opnieuw te typen',
  retypeRemove: 'Dit woord verwijderen',
  listsTitle: 'Lijsten',
  listsIntro:
    'Lijsten van Keerpunt met algemeen bekende zoektermen. Je kunt elke lijst aan- of uitzetten.',
  sitesTitle: 'Je eigen zoeksites',
  sitesIntro:
    'Keerpunt kent de grote zoekmachines en videosites. Wil je een andere site toevoegen? Zoek daar op een onschuldig woord, kopieer het adres van de resultatenpagina en plak het hier samen met dat woord.',
  siteUrl: 'Adres van een resultatenpagina',
  siteWord: 'Het woord waarop je daar zocht',
  siteAdd: 'Site toevoegen',
  siteAdded: 'Site toegevoegd.',
  siteDenied: 'Niet toegevoegd: de browser gaf geen toegang tot deze site.',
  siteProblem: 'Niet toegevoegd: {reason}.',
  siteNoAccess: 'geen toegang: Keerpunt ziet hier geen zoekopdrachten',
  siteRemove: 'Verwijderen',
  regionTitle: 'Regio en taal',
  regionLabel: 'Hulp voor',
  regionAuto: 'Automatisch (volgens de taal van de browser)',
  languageLabel: 'Taal',
  languageAuto: 'Automatisch',
  pendingMark: 'wacht op de bedenktijd',
  changeWaits:
    'Deze wijziging verzwakt de bescherming en wacht dus je bedenktijd af. Zie "Wachtende wijzigingen" hieronder; daar kun je ze ook annuleren.',
  termKept: 'Dit woord stond klaar om verwijderd te worden. Het blijft in je lijst.',
  privacyTitle: 'Wat privé blijft',
  privacy:
    'Keerpunt bewaart of verstuurt nooit waarop je zocht. De zoekopdracht zelf kwam wel bij de zoeksite aan voordat Keerpunt ingreep, en blijft in je browsergeschiedenis staan.',
};

const fr: OptionStrings = {
  settingsReset:
    'Certains réglages étaient endommagés et sont revenus à leur valeur par défaut ({fields}). Tout le reste a été gardé. Vérifiez-les ci-dessous.',
  strictTitle: 'Quand une recherche est arrêtée',
  strictIntro:
    "L'aide vient toujours en premier, et « emmenez-moi dans un endroit sûr » est toujours à un clic.",
  strictStrict: 'Strict : aucun accès aux résultats (recommandé)',
  strictPause: 'Pause : les résultats après 30 secondes d’attente',
  strictGentle: 'Souple : je peux continuer tout de suite vers les résultats',
  title: 'Réglages de Keerpunt',
  intro:
    "Keerpunt surveille les recherches sur cet appareil et affiche de l'aide au lieu des résultats. Les changements valent dès la recherche suivante.",
  termsTitle: 'Vos propres termes',
  termsIntro:
    'Ajoutez, un à la fois, des mots ou expressions que Keerpunt doit surveiller. La syntaxe des listes fonctionne aussi (par exemple « mot un + mot deux »).',
  termsPrivacy:
    "Un terme n'est gardé que sous forme de code (un hachage avec clé), jamais en texte, et n'est plus jamais affiché. Cela arrête un coup d'œil, pas une personne déterminée ayant accès à cet ordinateur : le code peut être deviné en essayant beaucoup de mots.",
  termLabel: 'Nouveau terme',
  termAdd: 'Ajouter',
  termAdded: 'Ajouté. Il agit dès la recherche suivante.',
  termEmpty: 'Pas encore de termes à vous.',
  termEntry: 'Terme ajouté le {date}',
  termRemove: 'Supprimer',
  termRemoved: 'Supprimé.',
  termNotFound: "Ce terme n'est pas dans votre liste.",
  termProblem: 'Non ajouté : {reason}.',
  retypeLabel: 'Supprimer un terme en le tapant à nouveau',
  retypeRemove: 'Supprimer ce terme',
  listsTitle: 'Listes',
  listsIntro:
    'Listes de Keerpunt avec des termes de recherche généralement connus. Vous pouvez activer ou désactiver chacune.',
  sitesTitle: 'Vos propres sites de recherche',
  sitesIntro:
    "Keerpunt connaît les grands moteurs de recherche et sites vidéo. Pour en ajouter un autre, cherchez-y un mot anodin, copiez l'adresse de la page de résultats et collez-la ici avec ce mot.",
  siteUrl: "Adresse d'une page de résultats",
  siteWord: 'Le mot que vous y avez cherché',
  siteAdd: 'Ajouter le site',
  siteAdded: 'Site ajouté.',
  siteDenied: "Non ajouté : le navigateur n'a pas donné accès à ce site.",
  siteProblem: 'Non ajouté : {reason}.',
  siteNoAccess: 'pas d’accès : Keerpunt ne voit pas les recherches ici',
  siteRemove: 'Supprimer',
  regionTitle: 'Région et langue',
  regionLabel: 'Aide pour',
  regionAuto: 'Automatique (selon la langue du navigateur)',
  languageLabel: 'Langue',
  languageAuto: 'Automatique',
  pendingMark: 'en attente du délai de réflexion',
  changeWaits:
    'Ce changement affaiblit la protection : il attend donc votre délai de réflexion. Voir « Changements en attente » ci-dessous, où vous pouvez aussi l’annuler.',
  termKept: 'Ce terme attendait d’être retiré. Il reste dans votre liste.',
  privacyTitle: 'Ce qui reste privé',
  privacy:
    "Keerpunt n'enregistre ni n'envoie jamais ce que vous avez cherché. La recherche elle-même est bien arrivée au site avant que Keerpunt n'agisse, et reste dans l'historique du navigateur.",
};

export const OPTION_STRINGS: Readonly<Record<Language, OptionStrings>> = { en, nl, fr };

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
}
