/**
 * The page for professionals in nl, en and fr (typed for parity). Facts: shared/HELP-FACTS.md
 * ("For professionals"); the "Start het gesprek" steps are summarized in our own words.
 */
import type { Language } from '@/lib/settings/settings';

const en = {
  title: 'Keerpunt for professionals',
  languageLabel: 'Language',
  intro:
    'For therapists, counsellors, GPs and others who support someone worried about their own sexual interest in minors. Keerpunt is a browser extension that a person installs on their own device, by their own choice. This page explains what it does and lets you make a setup code together with your client.',
  howTitle: 'How Keerpunt works',
  how: [
    'Keerpunt looks at searches on the big search engines and video sites, on the device itself. When a search matches a list of risky terms, the results are never shown: the tab moves to a calm help page instead.',
    'The help page gives the helpline of the region (free and anonymous where that is so), the "Stoppen is mogelijk" self-help modules, a crisis line, and always a way to somewhere neutral.',
    'Keerpunt never stores or sends what was searched, and it reports nobody. The only numbers it keeps are daily counts on the device; anonymous counting for the helpline is off unless the person switches it on.',
    'Personal terms are stored as keyed codes, not as text. That stops a glance, not a determined person with access to the computer. The search itself still reached the search site and stays in the browser history unless removed.',
  ],
  recommendTitle: 'How to recommend it',
  recommend: [
    'Present it as a tool the client chooses for themself, one part of a safety plan: it does not replace treatment, and it is not a way to watch someone else.',
    'Install it together, or let the client install it at home with a setup code you made together. Check that private windows are allowed (the extension asks for this itself).',
    'Choose together how strict it should be, and whether a change that loosens protection should wait (cooling-off). Add terms the client recognizes as risky for them: they are typed here, hidden, and only their codes go into the setup code.',
    'Talk about what happened when help appeared, if the client wants to. Keerpunt shows nothing of it to you or anyone.',
  ],
  seesTitle: 'What your client sees',
  sees: [
    'Nothing, as long as searches are ordinary. A caught search never shows its results; the help page appears instead, with one clear next step.',
    'Strict: no way to the results. Pause: the results after a 30-second pause with a short breathing exercise. Gentle: the results may follow at once. Help comes first in every mode.',
    'In the options: their lists, their own terms as "added on …" (never the words), and the settings from your code, which they can change (with a waiting time if you chose one).',
  ],
  conversationTitle: 'Keerpunt and the "Start het gesprek" approach',
  conversationIntro:
    'Stop it Now\'s guides for professionals ("Start het gesprek", based on Sensoa\'s "Onder 4 ogen" method) describe six steps for a conversation about sexual interest in minors. Keerpunt fits into them like this:',
  conversation: [
    'Prepare: know what help there is in your region (below) and what Keerpunt can and cannot do.',
    'Open the conversation: name your concern calmly, about behaviour, not about who the person is.',
    'Let your client tell their story: listen first; there is no need to mention a tool yet.',
    'Summarize what you heard, and check that you understood it.',
    'Agree on next steps: give the helpline number, talk about help, and make a safety plan where needed. Keerpunt can be one part of that plan: make the setup code together now.',
    'Take care of yourself: you can ask the professional advice line for advice too.',
  ],
  secrecy:
    'In Belgium, professional secrecy is a right, not a duty, to speak in a state of necessity (serious and immediate danger); facts from the past alone are no reason to break it. When in doubt, ask for advice.',
  adviceTitle: 'Advice for professionals',
  adviceIntro: 'Where you can ask for advice yourself, by region:',
  adviceUnverified: 'may also advise professionals: see the website',
  adviceNone:
    'We list no advice line for professionals here yet. The help your client can reach is on the help page for this region.',
  generatorTitle: 'Make a setup code',
  generatorIntro:
    'Choose the settings together. The code holds no readable term; the client types it or pastes it in Keerpunt (options, "I have a setup code") and sees what it will change before anything does.',
  region: 'Help for',
  regionAuto: 'Automatic (from the browser language)',
  language: 'Language of Keerpunt',
  languageAuto: 'Automatic',
  lists: 'Lists',
  strictness: 'When a search is caught',
  strictNames: {
    strict: 'Strict: no way to the results',
    pause: 'Pause: the results after 30 seconds',
    gentle: 'Gentle: the results at once',
  },
  coolingOff: 'Waiting time before protection can be loosened',
  coolingNames: { none: 'None', '1h': '1 hour', '24h': '24 hours', '72h': '72 hours' },
  campaign: 'Campaign code (optional; at most 16 letters A–Z, digits and -)',
  endpoint: 'Counting address (from the helpline; optional)',
  endpointHint:
    'Only if the helpline gave you one: the address anonymous daily counts go to if your client switches counting on. The code never switches counting on.',
  codeEndpoint:
    'This code also carries the counting address {endpoint}. Counting stays off until your client switches it on.',
  terms: 'Own terms, chosen together',
  termsHint:
    'Typed hidden, one at a time; they are not shown again and not stored. The code carries only their keyed codes, under a key of its own. Anyone who has the code and tries many words could still find them out: hand it over as you would a note.',
  termInput: 'Term',
  termAdd: 'Add term',
  termCount: '{n} term(s)',
  termsClear: 'Forget the terms',
  generate: 'Make the code',
  code: 'The setup code',
  copy: 'Copy',
  copied: 'Copied.',
  qr: 'The same code as a QR code',
  errors: {
    term: 'Term {n} cannot be used: {reason}.',
    'too-many-rules': 'A code holds at most {max} terms.',
    'too-long': 'This is too much for one code: use fewer or shorter terms.',
    campaign: 'A campaign code has at most 16 characters: letters A–Z, digits and -.',
  },
  endpointErrors: {
    empty: 'Type the counting address, or leave the field empty.',
    'not-a-url':
      'The counting address is not a web address. Copy it exactly as the helpline gave it, starting with https://.',
    'not-https': 'The counting address must start with https:// (a secure connection).',
    credentials: 'The counting address must not contain a user name or password.',
    query: 'The counting address must not contain ? or #, nor anything after them.',
  },
};

export type ProStrings = typeof en;

const nl: ProStrings = {
  title: 'Keerpunt voor professionals',
  languageLabel: 'Taal',
  intro:
    'Voor therapeuten, hulpverleners, huisartsen en anderen die iemand begeleiden die zich zorgen maakt over de eigen seksuele interesse in minderjarigen. Keerpunt is een browserextensie die iemand zelf, uit eigen keuze, op het eigen apparaat installeert. Deze pagina legt uit wat ze doet en laat je samen met je cliënt een instelcode maken.',
  howTitle: 'Hoe Keerpunt werkt',
  how: [
    'Keerpunt kijkt naar zoekopdrachten op de grote zoekmachines en videosites, op het apparaat zelf. Past een zoekopdracht bij een lijst met risicovolle termen, dan verschijnen de resultaten nooit: het tabblad gaat naar een rustige hulppagina.',
    'De hulppagina geeft de hulplijn van de regio (gratis en anoniem waar dat zo is), de zelfhulpmodules "Stoppen is mogelijk", een crisislijn, en altijd een weg naar iets neutraals.',
    'Keerpunt bewaart of verstuurt nooit wat er gezocht werd, en meldt niemand. Het houdt alleen tellingen per dag bij, op het apparaat; anoniem tellen voor de hulplijn staat uit tot de persoon het zelf aanzet.',
    'Eigen woorden worden als codes met een sleutel bewaard, niet als tekst. Dat houdt een vluchtige blik tegen, niet iemand die vastberaden op de computer zoekt. De zoekopdracht zelf bereikte de zoeksite wel en blijft in de browsergeschiedenis tenzij die gewist wordt.',
  ],
  recommendTitle: 'Hoe je het aanraadt',
  recommend: [
    'Breng het als een hulpmiddel dat je cliënt zelf kiest, als één deel van een veiligheidsplan: het vervangt geen behandeling en is geen manier om iemand anders in de gaten te houden.',
    'Installeer het samen, of laat je cliënt het thuis installeren met een instelcode die jullie samen maakten. Kijk na dat privévensters zijn toegestaan (de extensie vraagt dat zelf).',
    'Kies samen hoe streng het moet zijn, en of een wijziging die de bescherming losser zet moet wachten (bedenktijd). Voeg woorden toe die je cliënt als risicovol voor zichzelf herkent: ze worden hier verborgen getypt en alleen hun codes gaan in de instelcode.',
    'Praat, als je cliënt dat wil, over wat er gebeurde toen de hulp verscheen. Keerpunt laat jou of iemand anders daar niets van zien.',
  ],
  seesTitle: 'Wat je cliënt ziet',
  sees: [
    'Niets, zolang zoekopdrachten gewoon zijn. Bij een tegengehouden zoekopdracht verschijnen de resultaten nooit; de hulppagina komt in de plaats, met één duidelijke volgende stap.',
    'Streng: geen weg naar de resultaten. Pauze: de resultaten na 30 seconden pauze met een korte ademhalingsoefening. Mild: de resultaten mogen meteen volgen. In elke stand komt hulp eerst.',
    'In de instellingen: de lijsten, de eigen woorden als "toegevoegd op …" (nooit de woorden zelf), en de instellingen uit je code, die je cliënt kan wijzigen (met een wachttijd als jullie die kozen).',
  ],
  conversationTitle: 'Keerpunt en de aanpak "Start het gesprek"',
  conversationIntro:
    'De gidsen van Stop it Now voor professionals ("Start het gesprek", gebaseerd op de methode "Onder 4 ogen" van Sensoa) beschrijven zes stappen voor een gesprek over seksuele interesse in minderjarigen. Keerpunt past er zo in:',
  conversation: [
    'Bereid je voor: weet welke hulp er in je regio is (hieronder) en wat Keerpunt wel en niet kan.',
    'Begin het gesprek: benoem je zorg rustig, over gedrag, niet over wie iemand is.',
    'Laat je cliënt vertellen: eerst luisteren; een hulpmiddel hoeft nog niet ter sprake te komen.',
    'Vat samen wat je hoorde, en ga na of je het goed begreep.',
    'Spreek volgende stappen af: geef het nummer van de hulplijn, bespreek hulp, en maak waar nodig een veiligheidsplan. Keerpunt kan daar één deel van zijn: maak nu samen de instelcode.',
    'Zorg voor jezelf: ook jij kunt advies vragen bij de adviespunten voor professionals.',
  ],
  secrecy:
    'In België is het beroepsgeheim een recht, geen plicht, om te spreken in een noodtoestand (ernstig en onmiddellijk gevaar); feiten uit het verleden alleen zijn geen reden om het te doorbreken. Vraag bij twijfel advies.',
  adviceTitle: 'Advies voor professionals',
  adviceIntro: 'Waar je zelf advies kunt vragen, per regio:',
  adviceUnverified: 'adviseert mogelijk ook professionals: zie de website',
  adviceNone:
    'We vermelden hier nog geen adviespunt voor professionals. De hulp die je cliënt kan bereiken staat op de hulppagina voor deze regio.',
  generatorTitle: 'Een instelcode maken',
  generatorIntro:
    'Kies de instellingen samen. De code bevat geen leesbaar woord; je cliënt typt of plakt hem in Keerpunt (instellingen, "Ik heb een instelcode") en ziet wat er verandert voor er iets verandert.',
  region: 'Hulp voor',
  regionAuto: 'Automatisch (uit de browsertaal)',
  language: 'Taal van Keerpunt',
  languageAuto: 'Automatisch',
  lists: 'Lijsten',
  strictness: 'Als een zoekopdracht wordt tegengehouden',
  strictNames: {
    strict: 'Streng: geen weg naar de resultaten',
    pause: 'Pauze: de resultaten na 30 seconden',
    gentle: 'Mild: de resultaten meteen',
  },
  coolingOff: 'Wachttijd voor de bescherming losser kan',
  coolingNames: { none: 'Geen', '1h': '1 uur', '24h': '24 uur', '72h': '72 uur' },
  campaign: 'Campagnecode (niet verplicht; hoogstens 16 letters A–Z, cijfers en -)',
  endpoint: 'Teladres (van de hulplijn; niet verplicht)',
  endpointHint:
    'Alleen als de hulplijn je er een gaf: het adres waar anonieme tellingen per dag naartoe gaan als je cliënt tellen aanzet. De code zet tellen nooit aan.',
  codeEndpoint:
    'Deze code bevat ook het teladres {endpoint}. Tellen blijft uit tot je cliënt het zelf aanzet.',
  terms: 'Eigen woorden, samen gekozen',
  termsHint:
    'Verborgen getypt, één per keer; ze worden niet meer getoond en niet bewaard. De code bevat alleen hun codes, met een eigen sleutel. Wie de code heeft en veel woorden probeert, kan ze toch achterhalen: geef hem door zoals je een briefje doorgeeft.',
  termInput: 'Woord',
  termAdd: 'Woord toevoegen',
  termCount: '{n} woord(en)',
  termsClear: 'Woorden vergeten',
  generate: 'Code maken',
  code: 'De instelcode',
  copy: 'Kopiëren',
  copied: 'Gekopieerd.',
  qr: 'Dezelfde code als QR-code',
  errors: {
    term: 'Woord {n} kan niet: {reason}.',
    'too-many-rules': 'Een code bevat hoogstens {max} woorden.',
    'too-long': 'Dit is te veel voor één code: gebruik minder of kortere woorden.',
    campaign: 'Een campagnecode heeft hoogstens 16 tekens: letters A–Z, cijfers en -.',
  },
  endpointErrors: {
    empty: 'Typ het teladres, of laat het veld leeg.',
    'not-a-url':
      'Het teladres is geen webadres. Neem het precies over zoals de hulplijn het gaf, beginnend met https://.',
    'not-https': 'Het teladres moet beginnen met https:// (een beveiligde verbinding).',
    credentials: 'Het teladres mag geen gebruikersnaam of wachtwoord bevatten.',
    query: 'Het teladres mag geen ? of # bevatten, en niets wat erna komt.',
  },
};

const fr: ProStrings = {
  title: 'Keerpunt pour les professionnels',
  languageLabel: 'Langue',
  intro:
    'Pour les thérapeutes, intervenant·es, médecins et autres personnes qui accompagnent quelqu’un d’inquiet de sa propre attirance sexuelle envers des mineurs. Keerpunt est une extension de navigateur que la personne installe elle-même, par choix, sur son propre appareil. Cette page explique ce qu’elle fait et vous permet de créer un code de configuration avec votre client·e.',
  howTitle: 'Comment fonctionne Keerpunt',
  how: [
    'Keerpunt regarde les recherches sur les grands moteurs de recherche et sites vidéo, sur l’appareil même. Quand une recherche correspond à une liste de termes à risque, les résultats ne s’affichent jamais : l’onglet passe à une page d’aide calme.',
    'La page d’aide donne la ligne d’écoute de la région (gratuite et anonyme quand c’est le cas), les modules d’auto-assistance « Stoppen is mogelijk », une ligne de crise, et toujours un chemin vers un endroit neutre.',
    'Keerpunt ne garde ni n’envoie jamais ce qui a été cherché, et ne signale personne. Il ne garde que des comptes par jour, sur l’appareil ; le comptage anonyme pour la ligne d’écoute est désactivé tant que la personne ne l’active pas.',
    'Les termes personnels sont gardés sous forme de codes avec une clé, pas en texte. Cela arrête un coup d’œil, pas une personne déterminée qui a accès à l’ordinateur. La recherche elle-même a bien atteint le site et reste dans l’historique du navigateur sauf si elle est effacée.',
  ],
  recommendTitle: 'Comment le recommander',
  recommend: [
    'Présentez-le comme un outil que la personne choisit pour elle-même, une partie d’un plan de sécurité : il ne remplace pas un traitement et ne sert pas à surveiller quelqu’un d’autre.',
    'Installez-le ensemble, ou laissez la personne l’installer chez elle avec un code de configuration fait ensemble. Vérifiez que les fenêtres privées sont autorisées (l’extension le demande elle-même).',
    'Choisissez ensemble le niveau de fermeté, et si un changement qui assouplit la protection doit attendre (délai de réflexion). Ajoutez les termes que la personne reconnaît comme risqués pour elle : ils sont tapés ici, masqués, et seuls leurs codes vont dans le code de configuration.',
    'Parlez, si la personne le souhaite, de ce qui s’est passé quand l’aide est apparue. Keerpunt ne vous en montre rien, ni à personne.',
  ],
  seesTitle: 'Ce que voit votre client·e',
  sees: [
    'Rien, tant que les recherches sont ordinaires. Une recherche arrêtée n’affiche jamais ses résultats ; la page d’aide apparaît à la place, avec une étape suivante claire.',
    'Strict : aucun accès aux résultats. Pause : les résultats après une pause de 30 secondes avec un court exercice de respiration. Souple : les résultats peuvent suivre tout de suite. Dans chaque mode, l’aide vient d’abord.',
    'Dans les options : les listes, les termes personnels sous la forme « ajouté le … » (jamais les mots), et les réglages de votre code, que la personne peut changer (avec un délai si vous en avez choisi un).',
  ],
  conversationTitle: 'Keerpunt et l’approche « Start het gesprek »',
  conversationIntro:
    'Les guides de Stop it Now pour les professionnels (« Start het gesprek », fondés sur la méthode « Onder 4 ogen » de Sensoa) décrivent six étapes pour une conversation sur l’attirance sexuelle envers des mineurs. Keerpunt s’y inscrit ainsi :',
  conversation: [
    'Se préparer : savoir quelle aide existe dans votre région (ci-dessous) et ce que Keerpunt peut et ne peut pas faire.',
    'Ouvrir la conversation : nommer calmement votre inquiétude, à propos du comportement, pas de la personne.',
    'Laisser la personne raconter : écouter d’abord ; inutile de parler d’un outil à ce stade.',
    'Résumer ce que vous avez entendu, et vérifier que vous l’avez bien compris.',
    'Convenir des étapes suivantes : donner le numéro de la ligne d’écoute, parler de l’aide, et faire un plan de sécurité si nécessaire. Keerpunt peut en être une partie : créez maintenant le code ensemble.',
    'Prendre soin de vous : vous pouvez vous aussi demander conseil aux services pour professionnels.',
  ],
  secrecy:
    'En Belgique, le secret professionnel donne le droit, non l’obligation, de parler en état de nécessité (danger grave et immédiat) ; des faits passés ne suffisent pas à le rompre. En cas de doute, demandez conseil.',
  adviceTitle: 'Conseil pour les professionnels',
  adviceIntro: 'Où demander conseil vous-même, par région :',
  adviceUnverified: 'conseille peut-être aussi les professionnels : voir le site',
  adviceNone:
    'Nous n’indiquons pas encore de service de conseil pour les professionnels ici. L’aide que votre client·e peut joindre figure sur la page d’aide de cette région.',
  generatorTitle: 'Créer un code de configuration',
  generatorIntro:
    'Choisissez les réglages ensemble. Le code ne contient aucun terme lisible ; la personne le tape ou le colle dans Keerpunt (options, « J’ai un code de configuration ») et voit ce qui va changer avant que rien ne change.',
  region: 'Aide pour',
  regionAuto: 'Automatique (selon la langue du navigateur)',
  language: 'Langue de Keerpunt',
  languageAuto: 'Automatique',
  lists: 'Listes',
  strictness: 'Quand une recherche est arrêtée',
  strictNames: {
    strict: 'Strict : aucun accès aux résultats',
    pause: 'Pause : les résultats après 30 secondes',
    gentle: 'Souple : les résultats tout de suite',
  },
  coolingOff: 'Délai avant de pouvoir assouplir la protection',
  coolingNames: { none: 'Aucun', '1h': '1 heure', '24h': '24 heures', '72h': '72 heures' },
  campaign: 'Code de campagne (facultatif ; au plus 16 lettres A–Z, chiffres et -)',
  endpoint: 'Adresse de comptage (donnée par la ligne d’écoute ; facultatif)',
  endpointHint:
    'Seulement si la ligne d’écoute vous en a donné une : l’adresse où vont les comptes anonymes par jour si la personne active le comptage. Le code n’active jamais le comptage.',
  codeEndpoint:
    'Ce code contient aussi l’adresse de comptage {endpoint}. Le comptage reste désactivé tant que la personne ne l’active pas elle-même.',
  terms: 'Termes personnels, choisis ensemble',
  termsHint:
    'Tapés masqués, un à la fois ; ils ne sont plus affichés ni gardés. Le code ne contient que leurs codes, sous une clé propre. Quelqu’un qui a le code et essaie beaucoup de mots pourrait quand même les retrouver : remettez-le comme vous remettriez une note.',
  termInput: 'Terme',
  termAdd: 'Ajouter le terme',
  termCount: '{n} terme(s)',
  termsClear: 'Oublier les termes',
  generate: 'Créer le code',
  code: 'Le code de configuration',
  copy: 'Copier',
  copied: 'Copié.',
  qr: 'Le même code en QR code',
  errors: {
    term: 'Le terme {n} ne peut pas être utilisé : {reason}.',
    'too-many-rules': 'Un code contient au plus {max} termes.',
    'too-long':
      'C’est trop pour un seul code : utilisez moins de termes, ou des termes plus courts.',
    campaign: 'Un code de campagne a au plus 16 caractères : lettres A–Z, chiffres et -.',
  },
  endpointErrors: {
    empty: 'Tapez l’adresse de comptage, ou laissez le champ vide.',
    'not-a-url':
      'L’adresse de comptage n’est pas une adresse web. Recopiez-la exactement comme la ligne d’écoute l’a donnée, en commençant par https://.',
    'not-https': 'L’adresse de comptage doit commencer par https:// (une connexion sécurisée).',
    credentials: 'L’adresse de comptage ne doit contenir ni nom d’utilisateur ni mot de passe.',
    query: 'L’adresse de comptage ne doit contenir ni ? ni #, ni rien après eux.',
  },
};

export const PRO_STRINGS: Readonly<Record<Language, ProStrings>> = { nl, en, fr };
