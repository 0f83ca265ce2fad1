/** The help and safe pages' strings in nl, en, fr, and a small formatter for `{placeholders}`. */
import type { Language } from '../../settings/settings';
import type { SelfHelpId } from '../resources';
import type { MessageKey, Messages } from './descriptions';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export { DESCRIPTIONS, type MessageKey, type Messages } from './descriptions';

export const MESSAGES: Readonly<Record<Language, Messages>> = { nl, en, fr };

/** Each language's own name, for the language picker (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  nl: 'Nederlands',
  en: 'English',
  fr: 'Français',
};

/** The description of each self-help resource. */
export const SELF_HELP_TEXT: Readonly<Record<SelfHelpId, MessageKey>> = {
  'stoppen-is-mogelijk': 'selfHelpStoppen',
  'troubled-desire': 'selfHelpTroubledDesire',
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names in a message, sorted (`'Call {name}'` → `['name']`). */
export function placeholders(message: string): string[] {
  return [...message.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/** The message for `key` in `language`, with `{name}` replaced by `params.name`. */
export function t(
  language: Language,
  key: MessageKey,
  params: Readonly<Record<string, string>> = {},
): string {
  return MESSAGES[language][key].replace(
    PLACEHOLDER,
    (whole, name: string) => params[name] ?? whole,
  );
}
