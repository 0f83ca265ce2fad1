import { describe, expect, it } from 'vitest';
import {
  DESCRIPTIONS,
  LANGUAGE_NAMES,
  MESSAGES,
  SELF_HELP_TEXT,
  placeholders,
  t,
  type MessageKey,
} from '../../../lib/help/messages';
import { SELF_HELP_IDS } from '../../../lib/help/resources';
import { LANGUAGES } from '../../../lib/settings/settings';

const keys = Object.keys(DESCRIPTIONS) as MessageKey[];

describe('locale parity', () => {
  it.each(LANGUAGES)('%s has exactly the described keys', (lang) => {
    expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...keys].sort());
  });

  it.each(LANGUAGES)('%s has no empty or padded message', (lang) => {
    for (const key of keys) {
      const message = MESSAGES[lang][key];
      expect([key, message.trim() !== '' && message === message.trim()]).toEqual([key, true]);
    }
  });

  it.each(LANGUAGES)('%s keeps the same placeholders as English', (lang) => {
    for (const key of keys) {
      expect([key, placeholders(MESSAGES[lang][key])]).toEqual([
        key,
        placeholders(MESSAGES.en[key]),
      ]);
    }
  });

  it('every key has a description for translators', () => {
    for (const key of keys) expect(DESCRIPTIONS[key].length).toBeGreaterThan(10);
  });

  it('every language has a name and every self-help resource a description', () => {
    for (const lang of LANGUAGES) expect(LANGUAGE_NAMES[lang]).not.toBe('');
    for (const id of SELF_HELP_IDS) expect(keys).toContain(SELF_HELP_TEXT[id]);
  });
});

describe('wording rules', () => {
  it.each(LANGUAGES)('%s never says "child porn" in any form', (lang) => {
    for (const message of Object.values(MESSAGES[lang])) {
      expect(message).not.toMatch(/porn/i);
    }
  });

  it.each(LANGUAGES)('%s keeps the tab title neutral', (lang) => {
    expect(MESSAGES[lang].pageTitle).toBe('Keerpunt');
  });
});

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('en', 'callLabel', { name: 'Stop it Now' })).toBe('Call Stop it Now');
    expect(t('nl', 'emailLink', { address: 'info@stopitnow.nl' })).toBe(
      'E-mail: info@stopitnow.nl',
    );
  });

  it('leaves an unknown placeholder visible rather than empty', () => {
    expect(t('en', 'callLabel')).toBe('Call {name}');
  });
});
