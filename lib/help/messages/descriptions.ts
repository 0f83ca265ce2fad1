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
  // Open now (issue 3/6): the helpline's status in the person's own time, and what to do meanwhile.
  whenToday:
    'An opening or closing time later today, in the person’s own time; goes after "opens" or "until". {time}: e.g. "09:00". Lowercase.',
  whenTomorrow: 'As whenToday, for tomorrow. {time}: e.g. "10:30". Lowercase.',
  whenWeekday:
    'As whenToday, two to six days ahead. {day}: the weekday in this language, e.g. "Tuesday"; {time}: e.g. "15:00".',
  whenNextWeek:
    'As whenWeekday, a week ahead (the same weekday as today, next week). {day}: the weekday; {time}: e.g. "15:00".',
  openNow:
    'Verified hours, the line is open: until when, in the person’s own time. {until}: "22:00", or whenTomorrow/whenWeekday text when it closes on another day.',
  closedNow:
    'Verified hours, the line is closed: when it opens again, in the person’s own time. {when}: whenToday/whenTomorrow/whenWeekday text. Calm, no urgency.',
  maybeOpen:
    'Unverified hours, and by them the line would be open: say it only may be open. {until}: as in openNow.',
  maybeClosed:
    'Unverified hours, and by them the line would be closed: it may open again then. {when}: as in closedNow.',
  hoursUnconfirmed:
    'Unverified hours: the last published ones, which may have changed; the website has the current ones. {hours}: e.g. "Tue 15:00–19:00 · Wed 09:30–12:30"; {city}: the city of the line’s time zone.',
  hoursHolidays:
    'After verified weekly hours: holidays are not known to Keerpunt, so the line may keep other hours then. Soft, one short sentence.',
  meanwhileHeading:
    'When the helpline is closed: lead-in to a short list of things to do until it opens (each item continues this sentence).',
  meanwhileWrite:
    'List item: write now (e-mail or secure form), they answer when they are back. The address or form link follows it. Lowercase start.',
  meanwhileSelfHelp:
    'List item, a link to the self-help section lower on the page: start it now, it is there at any hour. Lowercase start.',
  meanwhileCrisis:
    'List item: if it all gets too much, call the crisis line, which is open day and night. {name}: e.g. "113 Zelfmoordpreventie"; the number follows. Lowercase start.',
  meanwhileCrisisCall:
    'As meanwhileCrisis, for a crisis line whose hours we could not confirm: do not say it is always open. {name}: the crisis line.',
  referenceCode:
    'Under the call button when the helpline agreed on a code: the person may mention {code} when calling or writing; it only lets the line count contacts that came through Keerpunt, nothing is passed on. Optional, never pushy.',
} as const;

export type MessageKey = keyof typeof DESCRIPTIONS;
export type Messages = Readonly<Record<MessageKey, string>>;
