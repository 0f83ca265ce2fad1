import type { Messages } from './descriptions';

export const nl: Messages = {
  pageTitle: 'Keerpunt',
  helpNotAlone:
    'Je bent niet de enige die hiermee worstelt. Met hulp lukt het veel mensen om te stoppen. Contact zoeken is een sterke eerste stap.',
  nextStepHeading: 'Praat er nu met iemand over',
  callLabel: 'Bel {name}',
  assuranceFree: 'gratis',
  assuranceAnonymous: 'anoniem',
  assuranceConfidential: 'vertrouwelijk',
  hoursAlways: 'Dag en nacht bereikbaar, elke dag.',
  hoursWeekly: 'Bereikbaar {hours} (tijd in {city}).',
  hoursSeeWebsite: 'Kijk op de website voor de actuele openingstijden.',
  whenNoAnswer: 'Neemt niemand op? Probeer het later nog eens, of begin met de zelfhulp hieronder.',
  writeHeading: 'Liever schrijven?',
  chatLink: 'Chatten',
  emailLink: 'E-mail: {address}',
  emailFormLink: 'Beveiligde e-mail',
  websiteLink: 'Website van {name}',
  noHelpline:
    'Voor deze regio kennen we nog geen hulplijn. De zelfhulp hieronder is anoniem en werkt waar je ook bent. Bovenaan deze pagina kun je ook een andere regio kiezen.',
  selfHelpNext: 'Begin met de zelfhulp van {name}',
  selfHelpHeading: 'Werk eraan in je eigen tempo',
  selfHelpStoppen:
    'Online zelfhulpmodules voor wie afbeeldingen van seksueel misbruik van minderjarigen bekijkt en daarmee wil stoppen.',
  selfHelpTroubledDesire:
    'Een anonieme zelftest en zelfhulp van het Charité-ziekenhuis in Berlijn, in meerdere talen.',
  onlyInDutch: 'in het Nederlands',
  crisisHeading: 'In crisis, of denk je aan zelfdoding?',
  crisisDirectory: '{name} zet gratis crisislijnen in jouw land op een rij.',
  safeButton: 'Breng me ergens veilig heen',
  privacy:
    'Keerpunt heeft niet bewaard of verstuurd waarnaar je zocht. De zoekopdracht zelf is wel aangekomen bij de site waarop je zocht, en staat in je browsergeschiedenis.',
  regionLabel: 'Hulp voor',
  languageLabel: 'Taal',
  newTab: '(opent in een nieuw tabblad)',
  safeHeading: 'Adem even rustig',
  safeText: 'Dit is een rustige pagina. Hier hoef je niets.',
  safeSuggestion:
    'Misschien helpt het om een glas water te drinken, even op te staan en te rekken, of een paar minuten weg te lopen van je scherm.',
  safeHelpLink: 'Hulp en steun',
  // Open now (issue 3/6)
  whenToday: 'vandaag om {time}',
  whenTomorrow: 'morgen om {time}',
  whenWeekday: '{day} om {time}',
  whenNextWeek: 'volgende week {day} om {time}',
  openNow: 'Nu bereikbaar, tot {until} (jouw tijd).',
  closedNow: 'Op dit moment gesloten. Weer bereikbaar {when} (jouw tijd).',
  maybeOpen:
    'Volgens de laatst bekende openingstijden is de lijn nu misschien bereikbaar, tot {until} (jouw tijd).',
  maybeClosed:
    'Volgens de laatst bekende openingstijden is de lijn misschien weer bereikbaar {when} (jouw tijd).',
  hoursUnconfirmed:
    'Laatst bekende openingstijden: {hours} (tijd in {city}). Die kunnen veranderd zijn; op de website staan de actuele tijden.',
  hoursHolidays: 'Op feestdagen kunnen de tijden anders zijn.',
  meanwhileHeading: 'Tot die tijd kun je:',
  meanwhileWrite: 'nu al schrijven; je krijgt antwoord zodra ze er weer zijn:',
  meanwhileSelfHelp: 'beginnen met de zelfhulp hieronder, die er op elk moment is',
  meanwhileCrisis: 'als het je te veel wordt, {name} bellen, dag en nacht bereikbaar:',
  meanwhileCrisisCall: 'als het je te veel wordt, {name} bellen:',
  referenceCode:
    'Als je belt of schrijft, kun je de code {code} noemen. Daaraan zien ze alleen dat je via Keerpunt bij hen kwam; verder wordt er niets doorgegeven.',
};
