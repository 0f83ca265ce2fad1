/**
 * The words of the "Anonymous counting" section in nl, en and fr, typed for parity. Its own
 * module, so that the onboarding page can reuse the section without the options page's strings.
 */
import type { EndpointProblem } from '@/lib/reach/endpoint';
import type { Language } from '@/lib/settings/settings';

const en = {
  title: 'Anonymous counting',
  what: 'If you agree, Keerpunt sends one short report a day, for the day before, at a random time. It holds six daily counts (how often help was shown, help or self-help was opened, a safe page was chosen, you went on to the results, a breathing pause was done), your region, your language, a campaign code, the message variant and the Keerpunt version. It never holds a search, a site, a time of day or anything that identifies you.',
  whereTitle: 'Where reports go',
  whereExplain:
    'The helpline gives this address, or it comes with a setup code. Reports go only to the address written here.',
  whereNone: 'No address is set, so nothing can be sent.',
  endpointLabel: 'Address for the reports',
  endpointSave: 'Save address',
  endpointSaved: 'Saved. Reports would go to: {endpoint}',
  endpointProblems: {
    empty: 'Please type an address first. Nothing was changed.',
    'not-a-url':
      'This is not a web address. It should look like https://counts.example.org. Nothing was changed.',
    'not-https':
      'The address must start with https://, so that reports travel encrypted. Nothing was changed.',
    credentials: 'The address may not contain a user name or password. Nothing was changed.',
    query:
      'The address may not contain a ? or # part, as that could carry something about you. Nothing was changed.',
  } satisfies Record<EndpointProblem, string>,
  campaignTitle: 'Campaign code',
  campaignExplain:
    'A short code the helpline may give you, so they know which campaign brought you here. Leave it empty for none.',
  campaignLabel: 'Campaign code (optional)',
  campaignSave: 'Save code',
  campaignSaved: 'Saved.',
  campaignCleared: 'Saved: no campaign code.',
  campaignBad:
    'A campaign code has at most 16 characters: letters A–Z, digits and dashes. Nothing was changed.',
  bodyShown: 'This is exactly what would be sent for yesterday:',
  bodySize: 'Every report is exactly {bytes} bytes, whatever the counts, so its size says nothing.',
  toggle: 'Send anonymous daily counts',
  toggleNeedsEndpoint: 'You can switch this on once an address is set above.',
  toggleOffNote: 'Off unless you tick it. Unticking stops it at once.',
  firefox:
    'Counting is not available in Firefox: Firefox adds an address unique to your installation to every request an extension sends, so a report could not stay anonymous.',
  statusSent: 'Last report taken: for {day}.',
  statusWaiting: 'Waiting to send: {n} report(s).',
  statusNone: 'No report has been sent yet. The first one goes out on a later day.',
};

export type ReachStrings = typeof en;

const nl: ReachStrings = {
  title: 'Anoniem tellen',
  what: 'Als je het goedvindt, stuurt Keerpunt één kort bericht per dag, over de dag ervoor, op een willekeurig tijdstip. Daarin staan zes dagtellingen (hoe vaak hulp werd getoond, hulp of zelfhulp werd geopend, een veilige pagina werd gekozen, je doorging naar de resultaten, een ademhalingspauze werd gedaan), je regio, je taal, een campagnecode, de berichtvariant en de versie van Keerpunt. Er staat nooit een zoekopdracht, een site, een tijdstip of iets in waaraan jij te herkennen bent.',
  whereTitle: 'Waar de berichten heen gaan',
  whereExplain:
    'De hulplijn geeft dit adres, of het komt mee met een instelcode. Berichten gaan alleen naar het adres dat hier staat.',
  whereNone: 'Er is geen adres ingesteld, dus er kan niets verstuurd worden.',
  endpointLabel: 'Adres voor de berichten',
  endpointSave: 'Adres bewaren',
  endpointSaved: 'Bewaard. Berichten zouden gaan naar: {endpoint}',
  endpointProblems: {
    empty: 'Typ eerst een adres. Er is niets veranderd.',
    'not-a-url':
      'Dit is geen webadres. Het ziet eruit als https://tellingen.voorbeeld.nl. Er is niets veranderd.',
    'not-https':
      'Het adres moet met https:// beginnen, zodat berichten versleuteld reizen. Er is niets veranderd.',
    credentials: 'Het adres mag geen gebruikersnaam of wachtwoord bevatten. Er is niets veranderd.',
    query:
      'Het adres mag geen deel met ? of # bevatten, want daarin zou iets over jou kunnen staan. Er is niets veranderd.',
  },
  campaignTitle: 'Campagnecode',
  campaignExplain:
    'Een korte code die de hulplijn je kan geven, zodat ze weten via welke campagne je hier kwam. Laat het leeg als je er geen hebt.',
  campaignLabel: 'Campagnecode (niet verplicht)',
  campaignSave: 'Code bewaren',
  campaignSaved: 'Bewaard.',
  campaignCleared: 'Bewaard: geen campagnecode.',
  campaignBad:
    'Een campagnecode heeft hoogstens 16 tekens: letters A–Z, cijfers en streepjes. Er is niets veranderd.',
  bodyShown: 'Dit is precies wat er voor gisteren verstuurd zou worden:',
  bodySize:
    'Elk bericht is precies {bytes} bytes, wat de tellingen ook zijn, zodat de grootte niets verraadt.',
  toggle: 'Anonieme dagtellingen versturen',
  toggleNeedsEndpoint: 'Je kunt dit aanzetten zodra hierboven een adres is ingesteld.',
  toggleOffNote: 'Uit, tenzij je het aanvinkt. Uitvinken stopt het meteen.',
  firefox:
    'Tellen is niet beschikbaar in Firefox: Firefox voegt aan elk verzoek van een extensie een adres toe dat alleen bij jouw installatie hoort, waardoor een bericht niet anoniem zou blijven.',
  statusSent: 'Laatste bericht aangenomen: over {day}.',
  statusWaiting: 'Wacht op versturen: {n} bericht(en).',
  statusNone: 'Er is nog geen bericht verstuurd. Het eerste gaat op een volgende dag.',
};

const fr: ReachStrings = {
  title: 'Comptage anonyme',
  what: "Si vous êtes d'accord, Keerpunt envoie un court rapport par jour, pour la veille, à une heure au hasard. Il contient six comptes du jour (combien de fois l'aide a été affichée, l'aide ou l'auto-assistance a été ouverte, une page sûre a été choisie, vous avez continué vers les résultats, une pause de respiration a été faite), votre région, votre langue, un code de campagne, la variante du message et la version de Keerpunt. Il ne contient jamais une recherche, un site, une heure ni rien qui vous identifie.",
  whereTitle: 'Où vont les rapports',
  whereExplain:
    "La ligne d'aide donne cette adresse, ou elle vient avec un code de configuration. Les rapports vont uniquement à l'adresse écrite ici.",
  whereNone: "Aucune adresse n'est définie : rien ne peut être envoyé.",
  endpointLabel: 'Adresse des rapports',
  endpointSave: "Enregistrer l'adresse",
  endpointSaved: 'Enregistré. Les rapports iraient à : {endpoint}',
  endpointProblems: {
    empty: "Veuillez d'abord saisir une adresse. Rien n'a été modifié.",
    'not-a-url':
      "Ce n'est pas une adresse web. Elle ressemble à https://comptes.exemple.be. Rien n'a été modifié.",
    'not-https':
      "L'adresse doit commencer par https://, pour que les rapports voyagent chiffrés. Rien n'a été modifié.",
    credentials:
      "L'adresse ne peut contenir ni nom d'utilisateur ni mot de passe. Rien n'a été modifié.",
    query:
      "L'adresse ne peut pas contenir de partie avec ? ou #, qui pourrait porter quelque chose sur vous. Rien n'a été modifié.",
  },
  campaignTitle: 'Code de campagne',
  campaignExplain:
    "Un code court que la ligne d'aide peut vous donner, pour savoir quelle campagne vous a amené ici. Laissez vide s'il n'y en a pas.",
  campaignLabel: 'Code de campagne (facultatif)',
  campaignSave: 'Enregistrer le code',
  campaignSaved: 'Enregistré.',
  campaignCleared: 'Enregistré : pas de code de campagne.',
  campaignBad:
    "Un code de campagne a au plus 16 caractères : lettres A–Z, chiffres et tirets. Rien n'a été modifié.",
  bodyShown: 'Voici exactement ce qui serait envoyé pour hier :',
  bodySize:
    'Chaque rapport fait exactement {bytes} octets, quels que soient les comptes : sa taille ne dit rien.',
  toggle: 'Envoyer des comptes quotidiens anonymes',
  toggleNeedsEndpoint: 'Vous pourrez activer ceci dès qu’une adresse est définie plus haut.',
  toggleOffNote: 'Désactivé sauf si vous cochez. Décocher l’arrête aussitôt.',
  firefox:
    "Le comptage n'est pas disponible dans Firefox : Firefox ajoute à chaque requête d'une extension une adresse propre à votre installation, si bien qu'un rapport ne resterait pas anonyme.",
  statusSent: 'Dernier rapport reçu : pour le {day}.',
  statusWaiting: 'En attente d’envoi : {n} rapport(s).',
  statusNone: "Aucun rapport n'a encore été envoyé. Le premier partira un jour suivant.",
};

export const REACH_STRINGS: Record<Language, ReachStrings> = { en, nl, fr };
