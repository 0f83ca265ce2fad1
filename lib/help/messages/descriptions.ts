/**
 * Every UI string of the help page and the safe page, with a note for translators. The
 * language files (`en.ts`, `nl.ts`, `fr.ts`) must have exactly these keys; a parity test checks
 * that none is empty and that each keeps the same `{placeholders}`.
 *
 * Tone (DESIGN.md "Help content"): about the behaviour, never the person; calm and short; say
 * "sexual images of minors", never "child porn"; no threat that is untrue for Keerpunt (it
 * reports nobody and traces nothing).
 */
export const DESCRIPTIONS = {
  pageTitle:
    'Browser tab title of both pages. Keep it neutral: someone glancing at the tabs or the history must not learn what the page is about.',
  helpHeading: 'Main heading of the help page, shown after a search was stopped. Calm, a pause.',
  helpLead:
    'First line: Keerpunt stopped the search before results appeared, and the person installed Keerpunt themself for a moment like this.',
  helpLegal:
    'The honest legal line: viewing, downloading and even clicking a link to sexual images of minors is a crime, and the images show real children. No threats of reporting or tracing (Keerpunt does neither).',
  helpNotAlone:
    'You are not alone; many people with these feelings stop with help; reaching out is a good first step. About the behaviour, never the person.',
  nextStepHeading: 'Heading of the main card with the call button: the one clear next step.',
  callLabel: 'Text of the big call button. {name}: the helpline, e.g. "Stop it Now".',
  assuranceFree: 'Shown under the call button when the call is free. One or two words, lowercase.',
  assuranceAnonymous:
    'Shown under the call button when the person need not give their name. One word, lowercase.',
  assuranceConfidential:
    'Shown under the call button when the line promises confidentiality. One word, lowercase.',
  hoursAlways: 'The line is open all the time (24/7).',
  hoursWeekly:
    'Opening hours. {hours}: e.g. "Mon–Fri 09:00–22:00 · Sat, Sun 10:30–19:00"; {city}: the city of the time zone, e.g. "Amsterdam".',
  hoursSeeWebsite:
    'Shown instead of hours when we could not confirm them: send the person to the website.',
  whenNoAnswer:
    'Under the call button of a line that is not open day and night: if nobody answers, try later or start with the self-help further down.',
  writeHeading: 'Heading above the e-mail, chat and website links of the helpline.',
  chatLink: 'Link to the helpline’s chat.',
  emailLink: 'Link that opens an e-mail to the helpline. {address}: the e-mail address.',
  emailFormLink: 'Link to the secure e-mail form on the helpline’s website.',
  websiteLink: 'Link to a website. {name}: the organisation.',
  noHelpline:
    'Shown instead of the call button when we list no helpline for the region: the self-help works anywhere; another region can be chosen at the top of the page.',
  selfHelpNext:
    'Big button when there is no helpline: start the self-help. {name}: the self-help site, e.g. "Troubled Desire".',
  selfHelpHeading: 'Heading of the self-help section: work on it at your own pace.',
  selfHelpStoppen:
    'Describes "Stoppen is mogelijk": online self-help modules for people who look at sexual images of minors and want to stop.',
  selfHelpTroubledDesire:
    'Describes Troubled Desire: anonymous self-test and self-help by the Charité hospital in Berlin, in several languages.',
  onlyInDutch: 'Label beside a resource that exists only in Dutch. Lowercase, no brackets.',
  crisisHeading: 'Heading of the crisis section: in crisis, or thinking about suicide?',
  crisisDirectory:
    'Where there is no crisis line for the region: {name} (a directory site) lists free crisis lines per country.',
  safeButton:
    'Button that leaves for a calm, neutral page ("take me somewhere safe"). Short, an action.',
  privacy:
    'Privacy line; must stay exactly true: Keerpunt did not store or send what was searched, but the search did reach the search site and is in the browser history.',
  regionLabel: 'Label of the region picker ("help for": which country’s helplines to show).',
  languageLabel: 'Label of the language picker.',
  newTab: 'Read by screen readers after links that open a new tab.',
  safeHeading: 'Heading of the safe page: take a breath. Nothing about searches.',
  safeText: 'Safe page: this page is calm, nothing here asks anything of you.',
  safeSuggestion:
    'Safe page: a small suggestion (drink some water, stand up, step away from the screen for a moment).',
  safeHelpLink: 'Small link on the safe page back to the help resources. Neutral words.',
} as const;

export type MessageKey = keyof typeof DESCRIPTIONS;
export type Messages = Readonly<Record<MessageKey, string>>;
