import type { Messages } from './descriptions';

export const en: Messages = {
  pageTitle: 'Keerpunt',
  helpNotAlone:
    'You are not the only one struggling with this. With support, many people manage to stop. Reaching out is a strong first step.',
  nextStepHeading: 'Talk to someone now',
  callLabel: 'Call {name}',
  assuranceFree: 'free',
  assuranceAnonymous: 'anonymous',
  assuranceConfidential: 'confidential',
  hoursAlways: 'Open day and night, every day.',
  hoursWeekly: 'Open {hours} ({city} time).',
  hoursSeeWebsite: 'See the website for current hours.',
  whenNoAnswer: 'No answer? Try again later, or start with the self-help below.',
  writeHeading: 'Would you rather write?',
  chatLink: 'Chat',
  emailLink: 'E-mail: {address}',
  emailFormLink: 'Secure e-mail',
  websiteLink: 'Website of {name}',
  noHelpline:
    'We do not list a helpline for this region yet. The self-help below is anonymous and works wherever you are. You can also choose another region at the top of this page.',
  selfHelpNext: 'Start the self-help at {name}',
  selfHelpHeading: 'Work on it at your own pace',
  selfHelpStoppen:
    'Online self-help modules for people who look at sexual images of minors and want to stop.',
  selfHelpTroubledDesire:
    'An anonymous self-test and self-help programme from the Charité hospital in Berlin, in several languages.',
  onlyInDutch: 'in Dutch',
  crisisHeading: 'In crisis, or thinking about suicide?',
  crisisDirectory: '{name} lists free crisis lines in your country.',
  safeButton: 'Take me somewhere safe',
  privacy:
    'Keerpunt did not keep or send what you searched for. The search itself did reach the site you searched on, and it is in your browser history.',
  regionLabel: 'Help for',
  languageLabel: 'Language',
  newTab: '(opens in a new tab)',
  safeHeading: 'Take a breath',
  safeText: 'This is a quiet page. Nothing here needs anything from you.',
  safeSuggestion:
    'Perhaps get a glass of water, stand up and stretch, or step away from the screen for a few minutes.',
  safeHelpLink: 'Help and support',
  // Open now (issue 3/6)
  whenToday: 'today at {time}',
  whenTomorrow: 'tomorrow at {time}',
  whenWeekday: '{day} at {time}',
  whenNextWeek: 'next {day} at {time}',
  openNow: 'Open now, until {until} (your time).',
  closedNow: 'Closed right now. It opens again {when} (your time).',
  maybeOpen: 'Going by the last published hours, it may be open now, until {until} (your time).',
  maybeClosed: 'Going by the last published hours, it may open again {when} (your time).',
  hoursUnconfirmed:
    'Last published hours: {hours} ({city} time). They may have changed; the website has the current hours.',
  hoursHolidays: 'On public holidays the hours may be different.',
  meanwhileHeading: 'Until then, you can:',
  meanwhileWrite: 'write to them now, and they will answer when they are back:',
  meanwhileSelfHelp: 'start the self-help below, which is there at any hour',
  meanwhileCrisis: 'if it all gets too much, call {name}, open day and night:',
  meanwhileCrisisCall: 'if it all gets too much, call {name}:',
  referenceCode:
    'When you call or write, you can mention the code {code}. It only tells them you found them through Keerpunt; nothing else is passed on.',
};
