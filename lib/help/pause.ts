/**
 * The one-minute pause on the help page: slow breathing and "urge surfing" — notice the urge,
 * let it rise and fall like a wave without acting on it (one sec, Grüning et al. 2023: a short
 * pause with an easy way out reduces the next attempt). Pure: the page asks where the exercise is
 * at a given moment; the texts are here in every language.
 */
import type { Language } from '../settings/settings';

export const PAUSE_MS = 60_000;
/** One breath: in for 4 s, out for 6 s (a longer out-breath calms). */
export const BREATH_IN_MS = 4_000;
export const BREATH_OUT_MS = 6_000;
const BREATH_MS = BREATH_IN_MS + BREATH_OUT_MS;
/** The urge-surfing lines change every 12 s: five lines in the minute. */
export const LINE_MS = 12_000;

export interface PauseMoment {
  breath: 'in' | 'out';
  /** 0 → 1 through the current in- or out-breath. */
  breathProgress: number;
  /** Which guidance line to show (0–4). */
  line: number;
  /** Seconds left, rounded up. */
  secondsLeft: number;
  done: boolean;
}

export function pauseAt(elapsedMs: number): PauseMoment {
  const t = Math.max(0, Math.min(elapsedMs, PAUSE_MS));
  const inBreath = t % BREATH_MS;
  const breathingIn = inBreath < BREATH_IN_MS;
  return {
    breath: breathingIn ? 'in' : 'out',
    breathProgress: breathingIn
      ? inBreath / BREATH_IN_MS
      : (inBreath - BREATH_IN_MS) / BREATH_OUT_MS,
    line: Math.min(Math.floor(t / LINE_MS), PAUSE_LINES - 1),
    secondsLeft: Math.ceil((PAUSE_MS - t) / 1000),
    done: elapsedMs >= PAUSE_MS,
  };
}

export const PAUSE_LINES = 5;

export interface PauseText {
  open: string;
  openHint: string;
  heading: string;
  breatheIn: string;
  breatheOut: string;
  lines: readonly [string, string, string, string, string];
  secondsLeft: string;
  exit: string;
  doneHeading: string;
  done: string;
  backToHelp: string;
}

export const PAUSE_TEXT: Readonly<Record<Language, PauseText>> = {
  en: {
    open: 'Take a one-minute pause',
    openHint: 'Breathe slowly and let the urge pass. You can stop at any moment.',
    heading: 'One minute, just breathing',
    breatheIn: 'Breathe in…',
    breatheOut: 'Breathe out, slowly…',
    lines: [
      'Notice the urge. Where in your body do you feel it?',
      'You do not have to do anything with it. Just watch it.',
      'An urge is like a wave: it rises, it peaks, and it falls.',
      'Keep breathing. The wave is already getting smaller.',
      'You are still here, and you did not act on it.',
    ],
    secondsLeft: '{seconds} seconds left',
    exit: 'Stop and go back to help',
    doneHeading: 'The wave passed',
    done: 'The urge rose and fell while you breathed. You can do this again whenever you need it.',
    backToHelp: 'Back to help',
  },
  nl: {
    open: 'Neem een minuut pauze',
    openHint: 'Adem rustig en laat de drang voorbijgaan. Je kunt op elk moment stoppen.',
    heading: 'Eén minuut, alleen ademen',
    breatheIn: 'Adem in…',
    breatheOut: 'Adem langzaam uit…',
    lines: [
      'Merk de drang op. Waar in je lichaam voel je hem?',
      'Je hoeft er niets mee te doen. Kijk er alleen naar.',
      'Een drang is als een golf: hij komt op, bereikt een top en zakt weer.',
      'Blijf ademen. De golf wordt al kleiner.',
      'Je bent er nog, en je hebt er niet naar gehandeld.',
    ],
    secondsLeft: 'Nog {seconds} seconden',
    exit: 'Stoppen en terug naar hulp',
    doneHeading: 'De golf is voorbij',
    done: 'De drang kwam op en zakte weer terwijl je ademde. Je kunt dit opnieuw doen wanneer je het nodig hebt.',
    backToHelp: 'Terug naar hulp',
  },
  fr: {
    open: 'Faire une pause d’une minute',
    openHint: 'Respirez lentement et laissez passer l’envie. Vous pouvez arrêter à tout moment.',
    heading: 'Une minute, juste respirer',
    breatheIn: 'Inspirez…',
    breatheOut: 'Expirez, lentement…',
    lines: [
      'Remarquez l’envie. Où la sentez-vous dans votre corps ?',
      'Vous n’avez rien à en faire. Observez-la, simplement.',
      'Une envie est comme une vague : elle monte, atteint un sommet, puis redescend.',
      'Continuez à respirer. La vague diminue déjà.',
      'Vous êtes toujours là, et vous n’avez pas agi.',
    ],
    secondsLeft: 'Encore {seconds} secondes',
    exit: 'Arrêter et revenir à l’aide',
    doneHeading: 'La vague est passée',
    done: 'L’envie est montée puis redescendue pendant que vous respiriez. Vous pouvez recommencer chaque fois que vous en avez besoin.',
    backToHelp: 'Revenir à l’aide',
  },
};
