/**
 * The words of cooling-off, protection on/off and the PIN (Commitment.tsx, Lock.tsx) in nl, en
 * and fr; typed so every language has every key (a parity test checks the placeholders).
 */
import type { CoolingOff, Language } from '@/lib/settings/settings';

const en = {
  title: 'Cooling-off and PIN',
  intro:
    'Easy to tighten, hard to loosen. A change that weakens protection — switching it off, removing a term, a list or a site, a gentler mode, a shorter cooling-off, removing the PIN — waits for the cooling-off period you choose here, so a difficult moment does not decide. A change that strengthens protection takes effect at once.',
  periodLabel: 'Cooling-off period',
  period: {
    none: 'None: changes take effect at once',
    '1h': '1 hour',
    '24h': '24 hours',
    '72h': '72 hours',
  } as Record<CoolingOff, string>,
  protectionTitle: 'Protection',
  protectionOn: 'Protection is on.',
  protectionOff: 'Protection is off: Keerpunt catches no searches.',
  switchOff: 'Switch protection off',
  switchOn: 'Switch protection on',
  keepOn: 'Keep protection on (cancel switching off)',
  pinTitle: 'PIN for these settings',
  pinNote:
    'A PIN keeps someone who glances at this browser out of these settings. It does not stop someone who can remove the extension or read the browser’s storage: a short PIN can be found by trying.',
  pinNew: 'New PIN (at least 4 characters)',
  pinRepeat: 'The same PIN again',
  pinSet: 'Set PIN',
  pinChange: 'Change PIN',
  pinRemove: 'Remove PIN',
  pinIsSet: 'A PIN protects these settings.',
  pinSaved: 'The PIN is set. These settings will ask for it next time.',
  pinShort: 'The PIN needs at least 4 characters.',
  pinLong: 'The PIN can have at most 64 characters.',
  pinMismatch: 'The two PINs are not the same.',
  waitingTitle: 'Waiting changes',
  waitingNone: 'No change is waiting.',
  takesEffect: 'takes effect in {left}',
  minutes: '{m} min',
  hoursMinutes: '{h} h {m} min',
  lessThanMinute: 'less than a minute',
  waitingMark: 'waiting for the cooling-off period',
  cancel: 'Cancel',
  cancelled: 'Cancelled. Nothing changed.',
  applied: 'Done.',
  waits:
    'This change waits for the cooling-off period: it takes effect in {left}. You can cancel it below.',
  changeTerm: 'Remove a term of your own (added on {date})',
  changeTermUnknown: 'Remove a term of your own',
  changeList: 'Switch off the list “{list}”',
  changeSite: 'Remove the search site {host}',
  changeStrictness: 'When a search is caught: {mode}',
  strictness: { strict: 'strict', pause: 'pause', gentle: 'gentle' } as Record<string, string>,
  changeCoolingOff: 'Cooling-off period: {period}',
  changeSwitchOff: 'Switch protection off',
  changeRemovePin: 'Remove the PIN',
  outside:
    'The browser’s own switches are outside Keerpunt’s control and act at once: removing or disabling the extension, taking away its access to a site, not allowing it in private windows. Keerpunt’s coverage check notices them and tells you.',
  clockNote: 'The waiting time follows this computer’s clock; changing the clock changes the wait.',
  lockTitle: 'Keerpunt settings are locked',
  lockLabel: 'PIN',
  lockOpen: 'Open',
  lockWrong: 'That is not the PIN. Please try again.',
  lockWait: 'Please wait {s} seconds before the next try.',
  lockForgot: 'Forgot the PIN?',
  lockForgotText:
    'You can ask for the PIN to be removed. Like every change that weakens protection, this waits for your cooling-off period.',
  lockForgotAsk: 'Remove the PIN',
  lockForgotWaiting: 'The PIN will be removed in {left}. Until then these settings stay locked.',
  lockNote:
    'The PIN stops a glance, not someone who can remove the extension. Protection keeps working while these settings are locked.',
};

export type CommitmentStrings = typeof en;

const nl: CommitmentStrings = {
  title: 'Bedenktijd en pincode',
  intro:
    'Makkelijk strenger, moeilijk losser. Een wijziging die de bescherming verzwakt — uitzetten, een woord, lijst of site verwijderen, een mildere stand, een kortere bedenktijd, de pincode weghalen — wacht de bedenktijd af die je hier kiest, zodat een moeilijk moment niet beslist. Een wijziging die de bescherming versterkt, geldt meteen.',
  periodLabel: 'Bedenktijd',
  period: {
    none: 'Geen: wijzigingen gelden meteen',
    '1h': '1 uur',
    '24h': '24 uur',
    '72h': '72 uur',
  },
  protectionTitle: 'Bescherming',
  protectionOn: 'De bescherming staat aan.',
  protectionOff: 'De bescherming staat uit: Keerpunt houdt geen zoekopdrachten tegen.',
  switchOff: 'Bescherming uitzetten',
  switchOn: 'Bescherming aanzetten',
  keepOn: 'Bescherming aan laten (uitzetten annuleren)',
  pinTitle: 'Pincode voor deze instellingen',
  pinNote:
    'Een pincode houdt iemand die even naar deze browser kijkt uit deze instellingen. Ze houdt niemand tegen die de extensie kan verwijderen of de opslag van de browser kan lezen: een korte pincode is te vinden door te proberen.',
  pinNew: 'Nieuwe pincode (minstens 4 tekens)',
  pinRepeat: 'Dezelfde pincode nog eens',
  pinSet: 'Pincode instellen',
  pinChange: 'Pincode wijzigen',
  pinRemove: 'Pincode weghalen',
  pinIsSet: 'Een pincode beschermt deze instellingen.',
  pinSaved: 'De pincode is ingesteld. Deze instellingen vragen er de volgende keer om.',
  pinShort: 'De pincode moet minstens 4 tekens hebben.',
  pinLong: 'De pincode mag hoogstens 64 tekens hebben.',
  pinMismatch: 'De twee pincodes zijn niet gelijk.',
  waitingTitle: 'Wachtende wijzigingen',
  waitingNone: 'Er wacht geen wijziging.',
  takesEffect: 'gaat in over {left}',
  minutes: '{m} min',
  hoursMinutes: '{h} u {m} min',
  lessThanMinute: 'minder dan een minuut',
  waitingMark: 'wacht op de bedenktijd',
  cancel: 'Annuleren',
  cancelled: 'Geannuleerd. Er is niets veranderd.',
  applied: 'Gedaan.',
  waits:
    'Deze wijziging wacht de bedenktijd af: ze gaat in over {left}. Je kunt ze hieronder annuleren.',
  changeTerm: 'Een eigen woord verwijderen (toegevoegd op {date})',
  changeTermUnknown: 'Een eigen woord verwijderen',
  changeList: 'De lijst “{list}” uitzetten',
  changeSite: 'De zoeksite {host} verwijderen',
  changeStrictness: 'Als een zoekopdracht wordt tegengehouden: {mode}',
  strictness: { strict: 'streng', pause: 'pauze', gentle: 'mild' },
  changeCoolingOff: 'Bedenktijd: {period}',
  changeSwitchOff: 'Bescherming uitzetten',
  changeRemovePin: 'De pincode weghalen',
  outside:
    'De eigen knoppen van de browser vallen buiten Keerpunt en werken meteen: de extensie verwijderen of uitschakelen, haar toegang tot een site afnemen, haar niet toelaten in privévensters. De dekkingscontrole van Keerpunt merkt dat op en zegt het je.',
  clockNote:
    'De wachttijd volgt de klok van deze computer; wie de klok verzet, verandert de wachttijd.',
  lockTitle: 'De instellingen van Keerpunt zijn vergrendeld',
  lockLabel: 'Pincode',
  lockOpen: 'Openen',
  lockWrong: 'Dat is niet de pincode. Probeer het opnieuw.',
  lockWait: 'Wacht {s} seconden voor je het opnieuw probeert.',
  lockForgot: 'Pincode vergeten?',
  lockForgotText:
    'Je kunt vragen om de pincode weg te halen. Zoals elke wijziging die de bescherming verzwakt, wacht dit je bedenktijd af.',
  lockForgotAsk: 'Pincode weghalen',
  lockForgotWaiting:
    'De pincode wordt weggehaald over {left}. Tot dan blijven deze instellingen vergrendeld.',
  lockNote:
    'De pincode houdt een blik tegen, niet iemand die de extensie kan verwijderen. De bescherming blijft werken terwijl deze instellingen vergrendeld zijn.',
};

const fr: CommitmentStrings = {
  title: 'Délai de réflexion et code PIN',
  intro:
    'Facile à renforcer, difficile à relâcher. Un changement qui affaiblit la protection — la désactiver, retirer un terme, une liste ou un site, un mode plus doux, un délai plus court, retirer le code PIN — attend le délai de réflexion choisi ici, pour qu’un moment difficile ne décide pas. Un changement qui renforce la protection s’applique tout de suite.',
  periodLabel: 'Délai de réflexion',
  period: {
    none: 'Aucun : les changements s’appliquent tout de suite',
    '1h': '1 heure',
    '24h': '24 heures',
    '72h': '72 heures',
  },
  protectionTitle: 'Protection',
  protectionOn: 'La protection est activée.',
  protectionOff: 'La protection est désactivée : Keerpunt n’arrête aucune recherche.',
  switchOff: 'Désactiver la protection',
  switchOn: 'Activer la protection',
  keepOn: 'Garder la protection (annuler la désactivation)',
  pinTitle: 'Code PIN pour ces réglages',
  pinNote:
    'Un code PIN tient à l’écart de ces réglages quelqu’un qui jette un œil à ce navigateur. Il n’arrête pas quelqu’un qui peut supprimer l’extension ou lire le stockage du navigateur : un code court se trouve en essayant.',
  pinNew: 'Nouveau code PIN (au moins 4 caractères)',
  pinRepeat: 'Le même code PIN encore une fois',
  pinSet: 'Définir le code PIN',
  pinChange: 'Changer le code PIN',
  pinRemove: 'Retirer le code PIN',
  pinIsSet: 'Un code PIN protège ces réglages.',
  pinSaved: 'Le code PIN est défini. Ces réglages le demanderont la prochaine fois.',
  pinShort: 'Le code PIN doit avoir au moins 4 caractères.',
  pinLong: 'Le code PIN peut avoir au plus 64 caractères.',
  pinMismatch: 'Les deux codes PIN ne sont pas identiques.',
  waitingTitle: 'Changements en attente',
  waitingNone: 'Aucun changement n’attend.',
  takesEffect: 's’applique dans {left}',
  minutes: '{m} min',
  hoursMinutes: '{h} h {m} min',
  lessThanMinute: 'moins d’une minute',
  waitingMark: 'en attente du délai de réflexion',
  cancel: 'Annuler',
  cancelled: 'Annulé. Rien n’a changé.',
  applied: 'C’est fait.',
  waits:
    'Ce changement attend le délai de réflexion : il s’applique dans {left}. Vous pouvez l’annuler ci-dessous.',
  changeTerm: 'Retirer un de vos termes (ajouté le {date})',
  changeTermUnknown: 'Retirer un de vos termes',
  changeList: 'Désactiver la liste « {list} »',
  changeSite: 'Retirer le site de recherche {host}',
  changeStrictness: 'Quand une recherche est arrêtée : {mode}',
  strictness: { strict: 'strict', pause: 'pause', gentle: 'doux' },
  changeCoolingOff: 'Délai de réflexion : {period}',
  changeSwitchOff: 'Désactiver la protection',
  changeRemovePin: 'Retirer le code PIN',
  outside:
    'Les commandes du navigateur lui-même échappent à Keerpunt et agissent tout de suite : supprimer ou désactiver l’extension, lui retirer l’accès à un site, ne pas l’autoriser en navigation privée. La vérification de couverture de Keerpunt le remarque et vous le dit.',
  clockNote: 'L’attente suit l’horloge de cet ordinateur ; changer l’horloge change l’attente.',
  lockTitle: 'Les réglages de Keerpunt sont verrouillés',
  lockLabel: 'Code PIN',
  lockOpen: 'Ouvrir',
  lockWrong: 'Ce n’est pas le code PIN. Veuillez réessayer.',
  lockWait: 'Veuillez attendre {s} secondes avant le prochain essai.',
  lockForgot: 'Code PIN oublié ?',
  lockForgotText:
    'Vous pouvez demander que le code PIN soit retiré. Comme tout changement qui affaiblit la protection, cela attend votre délai de réflexion.',
  lockForgotAsk: 'Retirer le code PIN',
  lockForgotWaiting:
    'Le code PIN sera retiré dans {left}. D’ici là, ces réglages restent verrouillés.',
  lockNote:
    'Le code PIN arrête un regard, pas quelqu’un qui peut supprimer l’extension. La protection continue de fonctionner pendant que ces réglages sont verrouillés.',
};

export const COMMITMENT_STRINGS: Readonly<Record<Language, CommitmentStrings>> = { en, nl, fr };

/** "23 h 59 min", "59 min" (minutes rounded down), or "less than a minute". */
export function formatLeft(t: CommitmentStrings, ms: number): string {
  if (ms < 60_000) return t.lessThanMinute;
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return t.minutes.replace('{m}', String(minutes));
  return t.hoursMinutes
    .replace('{h}', String(Math.floor(minutes / 60)))
    .replace('{m}', String(minutes % 60));
}
