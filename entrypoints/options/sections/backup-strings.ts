/**
 * The words of the backup section (Backup.tsx) in nl, en and fr; typed so every language has
 * every key (a unit test checks the keys and the placeholders).
 */
import type { Language } from '@/lib/settings/settings';

const en = {
  title: 'Backup',
  intro:
    'Save your settings in a file, to bring them back later or on another computer: the settings, your own terms (only as codes, never as text), the lists you switched off and your own sites. No counts.',
  note: 'Keep the file somewhere private: someone with the file can test guesses against your terms, as with the browser’s storage.',
  save: 'Save a backup',
  saved: 'The backup was saved as {name}.',
  restoreLabel: 'Restore from a backup',
  restoreNote:
    'Nothing changes until you confirm. A change that weakens protection waits for your cooling-off period, as if you made it here: a backup is not a way around it. Terms and sites you have now are kept.',
  checking: 'Reading the file…',
  refused: 'This file was not used; nothing changed.',
  tooLarge: 'The file is too large to be a backup.',
  utf16:
    'The file is saved as UTF-16 text, and a backup is UTF-8 text. An editor probably saved it again: use the original file, or save it again as “UTF-8”.',
  utf32:
    'The file is saved as UTF-32 text, and a backup is UTF-8 text. An editor probably saved it again: use the original file, or save it again as “UTF-8”.',
  notUtf8:
    'The file is not UTF-8 text: it was probably saved again in another encoding (such as Windows-1252 or Latin-1). Use the original file, or save it again as “UTF-8”.',
  binary:
    'The file does not hold text (it may be a picture, a document or another kind of file). A backup is a text file ending in .json.',
  notJson: 'The file is not a backup (it cannot be read as JSON).',
  notBackup: 'The file is not a Keerpunt backup.',
  version: 'The backup is of a version this Keerpunt does not know ({version}).',
  field: 'Damaged: {field}.',
  tooMany: 'Too many entries: {field}.',
  termsFull: 'Your list cannot hold the backup’s terms as well (too many terms).',
  summaryTitle: 'This backup, made on {date}, would change:',
  nothing: 'Nothing: it matches your settings now.',
  atOnce: 'at once',
  waits: 'waits for the cooling-off period',
  stepSettings: 'Region, language, anonymous counting or history removal',
  stepListOn: 'Switch on the list “{list}”',
  stepListOff: 'Switch off the list “{list}”',
  stepSite: 'Add the search site {host}',
  stepTerms: 'Add {count} of your own terms',
  stepStrictness: 'When a search is caught: {mode}',
  stepSwitchOn: 'Switch protection on',
  stepSwitchOff: 'Switch protection off',
  stepPin: 'Set the PIN saved in the backup',
  stepCoolingOff: 'Cooling-off period: {period}',
  confirm: 'Restore',
  cancel: 'Cancel',
  cancelled: 'Not restored. Nothing changed.',
  restored: 'Restored.',
  restoredWaiting:
    'Restored. {count} change(s) wait for the cooling-off period (see "Waiting changes").',
  sitesDenied:
    'The browser did not give access to the backup’s own sites: they are listed, but Keerpunt cannot see searches there until you allow it.',
  historyDenied: 'History removal was not turned on: the browser did not give permission.',
};

export type BackupStrings = typeof en;

const nl: BackupStrings = {
  title: 'Reservekopie',
  intro:
    'Bewaar je instellingen in een bestand, om ze later of op een andere computer terug te zetten: de instellingen, je eigen woorden (alleen als code, nooit als tekst), de lijsten die je uitzette en je eigen sites. Geen tellingen.',
  note: 'Bewaar het bestand op een privéplek: wie het bestand heeft, kan gissingen tegen je woorden uitproberen, net als met de opslag van de browser.',
  save: 'Reservekopie opslaan',
  saved: 'De reservekopie is opgeslagen als {name}.',
  restoreLabel: 'Terugzetten uit een reservekopie',
  restoreNote:
    'Er verandert niets tot je bevestigt. Een wijziging die de bescherming verzwakt, wacht je bedenktijd af, alsof je ze hier maakte: een reservekopie is geen weg eromheen. Woorden en sites die je nu hebt, blijven.',
  checking: 'Het bestand wordt gelezen…',
  refused: 'Dit bestand is niet gebruikt; er is niets veranderd.',
  tooLarge: 'Het bestand is te groot voor een reservekopie.',
  utf16:
    'Het bestand is opgeslagen als UTF-16-tekst, en een reservekopie is UTF-8-tekst. Waarschijnlijk heeft een teksteditor het opnieuw opgeslagen: gebruik het oorspronkelijke bestand, of sla het opnieuw op als “UTF-8”.',
  utf32:
    'Het bestand is opgeslagen als UTF-32-tekst, en een reservekopie is UTF-8-tekst. Waarschijnlijk heeft een teksteditor het opnieuw opgeslagen: gebruik het oorspronkelijke bestand, of sla het opnieuw op als “UTF-8”.',
  notUtf8:
    'Het bestand is geen UTF-8-tekst: waarschijnlijk is het opnieuw opgeslagen in een andere codering (zoals Windows-1252 of Latin-1). Gebruik het oorspronkelijke bestand, of sla het opnieuw op als “UTF-8”.',
  binary:
    'Het bestand bevat geen tekst (het is misschien een afbeelding, een document of een ander soort bestand). Een reservekopie is een tekstbestand dat eindigt op .json.',
  notJson: 'Het bestand is geen reservekopie (het is geen leesbare JSON).',
  notBackup: 'Het bestand is geen reservekopie van Keerpunt.',
  version: 'De reservekopie is van een versie die deze Keerpunt niet kent ({version}).',
  field: 'Beschadigd: {field}.',
  tooMany: 'Te veel items: {field}.',
  termsFull:
    'Je lijst kan de woorden uit de reservekopie er niet ook nog bij hebben (te veel woorden).',
  summaryTitle: 'Deze reservekopie, gemaakt op {date}, zou dit veranderen:',
  nothing: 'Niets: ze komt overeen met je huidige instellingen.',
  atOnce: 'meteen',
  waits: 'wacht op de bedenktijd',
  stepSettings: 'Regio, taal, anoniem tellen of verwijderen uit de geschiedenis',
  stepListOn: 'De lijst “{list}” aanzetten',
  stepListOff: 'De lijst “{list}” uitzetten',
  stepSite: 'De zoeksite {host} toevoegen',
  stepTerms: '{count} eigen woorden toevoegen',
  stepStrictness: 'Als een zoekopdracht wordt tegengehouden: {mode}',
  stepSwitchOn: 'De bescherming aanzetten',
  stepSwitchOff: 'De bescherming uitzetten',
  stepPin: 'De pincode uit de reservekopie instellen',
  stepCoolingOff: 'Bedenktijd: {period}',
  confirm: 'Terugzetten',
  cancel: 'Annuleren',
  cancelled: 'Niet teruggezet. Er is niets veranderd.',
  restored: 'Teruggezet.',
  restoredWaiting:
    'Teruggezet. {count} wijziging(en) wachten op de bedenktijd (zie "Wachtende wijzigingen").',
  sitesDenied:
    'De browser gaf geen toegang tot de eigen sites uit de reservekopie: ze staan in de lijst, maar Keerpunt ziet daar geen zoekopdrachten tot je het toestaat.',
  historyDenied:
    'Verwijderen uit de geschiedenis is niet aangezet: de browser gaf geen toestemming.',
};

const fr: BackupStrings = {
  title: 'Sauvegarde',
  intro:
    'Enregistrez vos réglages dans un fichier, pour les remettre plus tard ou sur un autre ordinateur : les réglages, vos propres termes (seulement sous forme de codes, jamais en texte), les listes désactivées et vos propres sites. Aucun compte.',
  note: 'Gardez le fichier dans un endroit privé : avec ce fichier, on peut tester des suppositions sur vos termes, comme avec le stockage du navigateur.',
  save: 'Enregistrer une sauvegarde',
  saved: 'La sauvegarde a été enregistrée sous {name}.',
  restoreLabel: 'Restaurer depuis une sauvegarde',
  restoreNote:
    'Rien ne change avant votre confirmation. Un changement qui affaiblit la protection attend votre délai de réflexion, comme si vous le faisiez ici : une sauvegarde ne permet pas de le contourner. Les termes et sites que vous avez maintenant sont gardés.',
  checking: 'Lecture du fichier…',
  refused: 'Ce fichier n’a pas été utilisé ; rien n’a changé.',
  tooLarge: 'Le fichier est trop grand pour être une sauvegarde.',
  utf16:
    'Le fichier est enregistré en texte UTF-16, et une sauvegarde est du texte UTF-8. Un éditeur l’a sans doute enregistré à nouveau : utilisez le fichier d’origine, ou enregistrez-le à nouveau en « UTF-8 ».',
  utf32:
    'Le fichier est enregistré en texte UTF-32, et une sauvegarde est du texte UTF-8. Un éditeur l’a sans doute enregistré à nouveau : utilisez le fichier d’origine, ou enregistrez-le à nouveau en « UTF-8 ».',
  notUtf8:
    'Le fichier n’est pas du texte UTF-8 : il a sans doute été enregistré à nouveau dans un autre encodage (comme Windows-1252 ou Latin-1). Utilisez le fichier d’origine, ou enregistrez-le à nouveau en « UTF-8 ».',
  binary:
    'Le fichier ne contient pas de texte (c’est peut-être une image, un document ou un autre type de fichier). Une sauvegarde est un fichier texte qui se termine par .json.',
  notJson: 'Le fichier n’est pas une sauvegarde (il ne se lit pas comme du JSON).',
  notBackup: 'Le fichier n’est pas une sauvegarde de Keerpunt.',
  version: 'La sauvegarde est d’une version que ce Keerpunt ne connaît pas ({version}).',
  field: 'Endommagé : {field}.',
  tooMany: 'Trop d’éléments : {field}.',
  termsFull:
    'Votre liste ne peut pas contenir en plus les termes de la sauvegarde (trop de termes).',
  summaryTitle: 'Cette sauvegarde, faite le {date}, changerait :',
  nothing: 'Rien : elle correspond à vos réglages actuels.',
  atOnce: 'tout de suite',
  waits: 'attend le délai de réflexion',
  stepSettings: 'Région, langue, comptage anonyme ou effacement de l’historique',
  stepListOn: 'Activer la liste « {list} »',
  stepListOff: 'Désactiver la liste « {list} »',
  stepSite: 'Ajouter le site de recherche {host}',
  stepTerms: 'Ajouter {count} de vos propres termes',
  stepStrictness: 'Quand une recherche est arrêtée : {mode}',
  stepSwitchOn: 'Activer la protection',
  stepSwitchOff: 'Désactiver la protection',
  stepPin: 'Définir le code PIN enregistré dans la sauvegarde',
  stepCoolingOff: 'Délai de réflexion : {period}',
  confirm: 'Restaurer',
  cancel: 'Annuler',
  cancelled: 'Pas restauré. Rien n’a changé.',
  restored: 'Restauré.',
  restoredWaiting:
    'Restauré. {count} changement(s) attendent le délai de réflexion (voir « Changements en attente »).',
  sitesDenied:
    'Le navigateur n’a pas donné accès aux sites de la sauvegarde : ils sont dans la liste, mais Keerpunt n’y voit pas les recherches tant que vous ne l’autorisez pas.',
  historyDenied:
    'L’effacement de l’historique n’a pas été activé : le navigateur n’a pas donné la permission.',
};

export const BACKUP_STRINGS: Readonly<Record<Language, BackupStrings>> = { en, nl, fr };
