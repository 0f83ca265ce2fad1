/**
 * The words of "continue to the results" (pause and gentle modes, settings). Help comes first on
 * the page; this sits at the end, plain and small, with no judgement either way.
 */
import type { Language } from '../settings/settings';

export interface ContinueText {
  /** Pause mode, while waiting. {seconds}: seconds left. */
  wait: string;
  /** The button. */
  go: string;
  /** Under the button: what continuing means. */
  note: string;
}

export const CONTINUE_TEXT: Readonly<Record<Language, ContinueText>> = {
  en: {
    wait: 'You chose a pause before results. You can continue in {seconds} seconds.',
    go: 'Continue to the results',
    note: 'You set this up yourself. Keerpunt keeps the address only for this tab, for five minutes at most.',
  },
  nl: {
    wait: 'Je koos voor een pauze voor de resultaten. Over {seconds} seconden kun je verder.',
    go: 'Verder naar de resultaten',
    note: 'Dit heb je zelf zo ingesteld. Keerpunt onthoudt het adres alleen voor dit tabblad, hooguit vijf minuten.',
  },
  fr: {
    wait: 'Vous avez choisi une pause avant les résultats. Vous pourrez continuer dans {seconds} secondes.',
    go: 'Continuer vers les résultats',
    note: 'Vous l’avez réglé ainsi vous-même. Keerpunt garde l’adresse seulement pour cet onglet, cinq minutes au plus.',
  },
};
