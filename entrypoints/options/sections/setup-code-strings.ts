/**
 * The words of the "I have a setup code" section in nl, en and fr, typed for parity. Its own
 * module, so that the onboarding page can reuse the section without the options page's strings.
 */
import type { Language } from '@/lib/settings/settings';

const en = {
  title: 'I have a setup code',
  intro:
    'A therapist or counsellor can make a code with you that sets Keerpunt up the way you chose together. Type or paste it here: spaces, dashes and capitals do not matter. Nothing changes until you confirm.',
  label: 'Setup code',
  check: 'Import',
  summaryTitle: 'This code will change:',
  nothing: 'This code changes nothing: everything is already set this way.',
  confirm: 'Apply these changes',
  cancel: 'Cancel',
  done: 'Done: the settings from the code now apply.',
  auto: 'automatic',
  region: 'Help for: {from} → {to}',
  language: 'Language: {from} → {to}',
  strictness: 'When a search is caught: {from} → {to}',
  coolingOff: 'Waiting time before protection can be loosened: {from} → {to}',
  listOn: 'List "{list}": on',
  listOff: 'List "{list}": off',
  campaign:
    'Campaign code: {to}. It is only used if you switch on anonymous counting yourself; importing does not.',
  campaignCountingOn:
    'Campaign code: {to}. Counting is on, so your next reports carry it; you can switch counting off in the options at any time.',
  endpoint:
    'Anonymous counts would go to: {to} (only if you switch counting on; importing does not).',
  endpointCountingOn:
    'Anonymous counts will go to: {to}. Counting is on, so this applies straight away; you can switch counting off in the options at any time.',
  personal:
    '{n} term(s) you chose together. They are stored as codes, never as text, and are not shown.',
  personalAlready: '{n} term(s) from this code are already in your list.',
  strictNames: { strict: 'strict', pause: 'pause', gentle: 'gentle' },
  coolingNames: { none: 'none', '1h': '1 hour', '24h': '24 hours', '72h': '72 hours' },
  errors: {
    empty: 'Please type or paste a code first.',
    'too-long': 'This is longer than any setup code. Please check what was pasted.',
    'wrong-prefix': 'This is not a Keerpunt setup code: those start with KP1.',
    'unknown-version':
      'This code was made for another version of Keerpunt. Update Keerpunt, or ask for a new code.',
    'bad-character':
      'This code has a character that setup codes never contain (setup codes use digits and the letters A–Z except I, L, O and U). Please check for a typo.',
    checksum:
      'This code has a typo, or a part is missing. Please compare it character by character with the code you were given.',
    damaged: 'This code is damaged. Please ask for a new one.',
    'out-of-range':
      'This code holds a setting this version of Keerpunt does not know. Please ask for a new code.',
  },
  problems: {
    'unknown-list':
      'This code switches a list ("{list}") this version of Keerpunt does not have. Update Keerpunt, or ask for a new code.',
    'too-many-rules':
      'Your own list would become longer than Keerpunt keeps. Remove some terms first.',
    'too-many-keys':
      'Terms from too many different codes are in your list already. Remove some terms that came from a code first.',
    'weakens-during-cooling-off':
      'This code would loosen your protection while you have a waiting time set. Change those settings in the options instead (the waiting time applies), or ask for a code that does not loosen them.',
  },
  foreign: {
    named:
      'This code has {char} at place {at}, and setup codes never contain it: they use digits and the letters A–Z except I, L, O and U.',
    visible: '“{char}” ({code})',
    invisible: 'an invisible character ({code})',
    unreadable: 'a character that could not be read ({code})',
    typo: 'Please check for a typo.',
    invisibleHint:
      'It may have come along when the code was copied: type the code again, or paste it as plain text.',
    unreadableHint:
      'This happens when a code is copied from a file saved in another encoding: type the code again, or copy it from the original.',
  },
  unchanged: 'Nothing was changed.',
  forProfessionals: 'Making a code with a client? See the page for professionals.',
};

export type SetupCodeStrings = typeof en;

const nl: SetupCodeStrings = {
  title: 'Ik heb een instelcode',
  intro:
    'Een therapeut of hulpverlener kan samen met je een code maken die Keerpunt instelt zoals jullie samen kozen. Typ of plak die hier: spaties, streepjes en hoofdletters maken niet uit. Er verandert niets tot je bevestigt.',
  label: 'Instelcode',
  check: 'Importeren',
  summaryTitle: 'Deze code verandert:',
  nothing: 'Deze code verandert niets: alles staat al zo ingesteld.',
  confirm: 'Deze wijzigingen toepassen',
  cancel: 'Annuleren',
  done: 'Klaar: de instellingen uit de code gelden nu.',
  auto: 'automatisch',
  region: 'Hulp voor: {from} → {to}',
  language: 'Taal: {from} → {to}',
  strictness: 'Als een zoekopdracht wordt tegengehouden: {from} → {to}',
  coolingOff: 'Wachttijd voor de bescherming losser kan: {from} → {to}',
  listOn: 'Lijst "{list}": aan',
  listOff: 'Lijst "{list}": uit',
  campaign:
    'Campagnecode: {to}. Die wordt alleen gebruikt als je zelf anoniem tellen aanzet; importeren doet dat niet.',
  campaignCountingOn:
    'Campagnecode: {to}. Tellen staat aan, dus je volgende rapporten dragen die code; je kunt tellen altijd uitzetten in de instellingen.',
  endpoint:
    'Anonieme tellingen zouden gaan naar: {to} (alleen als je tellen zelf aanzet; importeren doet dat niet).',
  endpointCountingOn:
    'Anonieme tellingen gaan voortaan naar: {to}. Tellen staat aan, dus dit geldt meteen; je kunt tellen altijd uitzetten in de instellingen.',
  personal:
    '{n} woord(en) die jullie samen kozen. Ze worden als code bewaard, nooit als tekst, en niet getoond.',
  personalAlready: '{n} woord(en) uit deze code staan al in je lijst.',
  strictNames: { strict: 'streng', pause: 'pauze', gentle: 'mild' },
  coolingNames: { none: 'geen', '1h': '1 uur', '24h': '24 uur', '72h': '72 uur' },
  errors: {
    empty: 'Typ of plak eerst een code.',
    'too-long': 'Dit is langer dan een instelcode kan zijn. Kijk even na wat er geplakt is.',
    'wrong-prefix': 'Dit is geen instelcode van Keerpunt: die beginnen met KP1.',
    'unknown-version':
      'Deze code is gemaakt voor een andere versie van Keerpunt. Werk Keerpunt bij, of vraag een nieuwe code.',
    'bad-character':
      'In deze code staat een teken dat nooit in een instelcode voorkomt (instelcodes gebruiken cijfers en de letters A–Z behalve I, L, O en U). Kijk even na op een tikfout.',
    checksum:
      'In deze code zit een tikfout, of er ontbreekt een stuk. Vergelijk hem teken voor teken met de code die je kreeg.',
    damaged: 'Deze code is beschadigd. Vraag een nieuwe.',
    'out-of-range':
      'In deze code staat een instelling die deze versie van Keerpunt niet kent. Vraag een nieuwe code.',
  },
  problems: {
    'unknown-list':
      'Deze code zet een lijst ("{list}") die deze versie van Keerpunt niet heeft. Werk Keerpunt bij, of vraag een nieuwe code.',
    'too-many-rules':
      'Je eigen lijst zou langer worden dan Keerpunt bewaart. Verwijder eerst een paar woorden.',
    'too-many-keys':
      'Er staan al woorden uit te veel verschillende codes in je lijst. Verwijder eerst een paar woorden die uit een code kwamen.',
    'weakens-during-cooling-off':
      'Deze code zou je bescherming losser zetten terwijl je een wachttijd hebt ingesteld. Wijzig die instellingen liever hieronder (dan geldt de wachttijd), of vraag een code die ze niet losser zet.',
  },
  foreign: {
    named:
      'In deze code staat {char} op plaats {at}, en dat komt nooit in een instelcode voor: instelcodes gebruiken cijfers en de letters A–Z behalve I, L, O en U.',
    visible: '“{char}” ({code})',
    invisible: 'een onzichtbaar teken ({code})',
    unreadable: 'een teken dat niet gelezen kon worden ({code})',
    typo: 'Kijk even na op een tikfout.',
    invisibleHint:
      'Het is misschien meegekomen bij het kopiëren: typ de code opnieuw, of plak hem als platte tekst.',
    unreadableHint:
      'Dat gebeurt als een code gekopieerd wordt uit een bestand dat in een andere codering is opgeslagen: typ de code opnieuw, of kopieer hem uit het origineel.',
  },
  unchanged: 'Er is niets veranderd.',
  forProfessionals: 'Maak je een code met een cliënt? Zie de pagina voor professionals.',
};

const fr: SetupCodeStrings = {
  title: "J'ai un code de configuration",
  intro:
    'Un·e thérapeute ou un·e intervenant·e peut créer avec vous un code qui configure Keerpunt comme vous l’avez choisi ensemble. Tapez-le ou collez-le ici : les espaces, les tirets et les majuscules n’ont pas d’importance. Rien ne change avant votre confirmation.',
  label: 'Code de configuration',
  check: 'Importer',
  summaryTitle: 'Ce code va changer :',
  nothing: 'Ce code ne change rien : tout est déjà réglé ainsi.',
  confirm: 'Appliquer ces changements',
  cancel: 'Annuler',
  done: 'C’est fait : les réglages du code s’appliquent maintenant.',
  auto: 'automatique',
  region: 'Aide pour : {from} → {to}',
  language: 'Langue : {from} → {to}',
  strictness: 'Quand une recherche est arrêtée : {from} → {to}',
  coolingOff: 'Délai avant de pouvoir assouplir la protection : {from} → {to}',
  listOn: 'Liste « {list} » : activée',
  listOff: 'Liste « {list} » : désactivée',
  campaign:
    'Code de campagne : {to}. Il ne sert que si vous activez vous-même le comptage anonyme ; l’import ne le fait pas.',
  campaignCountingOn:
    'Code de campagne : {to}. Le comptage est activé, donc vos prochains rapports le porteront ; vous pouvez le désactiver à tout moment dans les options.',
  endpoint:
    'Les comptes anonymes iraient à : {to} (seulement si vous activez le comptage ; l’import ne le fait pas).',
  endpointCountingOn:
    'Les comptes anonymes iront désormais à : {to}. Le comptage est activé, donc cela s’applique tout de suite ; vous pouvez le désactiver à tout moment dans les options.',
  personal:
    '{n} terme(s) choisi(s) ensemble. Ils sont gardés sous forme de codes, jamais en texte, et ne sont pas affichés.',
  personalAlready: '{n} terme(s) de ce code sont déjà dans votre liste.',
  strictNames: { strict: 'strict', pause: 'pause', gentle: 'souple' },
  coolingNames: { none: 'aucun', '1h': '1 heure', '24h': '24 heures', '72h': '72 heures' },
  errors: {
    empty: 'Tapez ou collez d’abord un code.',
    'too-long': 'C’est plus long qu’un code de configuration. Vérifiez ce qui a été collé.',
    'wrong-prefix': 'Ce n’est pas un code de configuration Keerpunt : ils commencent par KP1.',
    'unknown-version':
      'Ce code a été fait pour une autre version de Keerpunt. Mettez Keerpunt à jour, ou demandez un nouveau code.',
    'bad-character':
      'Ce code contient un caractère qui n’apparaît jamais dans un code de configuration (chiffres et lettres A–Z sauf I, L, O et U). Vérifiez s’il y a une faute de frappe.',
    checksum:
      'Ce code contient une faute de frappe, ou une partie manque. Comparez-le caractère par caractère avec le code reçu.',
    damaged: 'Ce code est endommagé. Demandez-en un nouveau.',
    'out-of-range':
      'Ce code contient un réglage que cette version de Keerpunt ne connaît pas. Demandez un nouveau code.',
  },
  problems: {
    'unknown-list':
      'Ce code règle une liste (« {list} ») que cette version de Keerpunt n’a pas. Mettez Keerpunt à jour, ou demandez un nouveau code.',
    'too-many-rules':
      'Votre liste personnelle deviendrait plus longue que ce que Keerpunt garde. Retirez d’abord quelques termes.',
    'too-many-keys':
      'Votre liste contient déjà des termes de trop de codes différents. Retirez d’abord quelques termes venus d’un code.',
    'weakens-during-cooling-off':
      'Ce code assouplirait votre protection alors qu’un délai d’attente est réglé. Changez plutôt ces réglages dans les options (le délai s’applique), ou demandez un code qui ne les assouplit pas.',
  },
  foreign: {
    named:
      'Ce code contient {char} à la position {at}, qui n’apparaît jamais dans un code de configuration : ces codes utilisent des chiffres et les lettres A–Z sauf I, L, O et U.',
    visible: '« {char} » ({code})',
    invisible: 'un caractère invisible ({code})',
    unreadable: 'un caractère illisible ({code})',
    typo: 'Vérifiez s’il y a une faute de frappe.',
    invisibleHint:
      'Il est peut-être venu avec la copie : retapez le code, ou collez-le en texte brut.',
    unreadableHint:
      'Cela arrive quand un code est copié depuis un fichier enregistré dans un autre encodage : retapez le code, ou copiez-le depuis l’original.',
  },
  unchanged: 'Rien n’a été changé.',
  forProfessionals: 'Vous créez un code avec un·e client·e ? Voir la page pour les professionnels.',
};

export const SETUP_CODE_STRINGS: Readonly<Record<Language, SetupCodeStrings>> = { nl, en, fr };
