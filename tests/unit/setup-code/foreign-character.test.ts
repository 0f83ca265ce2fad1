/**
 * The setup code section names the character at fault (issue 7, "Bad input"): a pasted code
 * with a letter no code holds, an invisible character left by copying, or text from a file in
 * another encoding (NULs of UTF-16, U+FFFD of a wrong decoder) gets a message that says which
 * character and where, not just "not a setup code".
 */
import { describe, expect, it } from 'vitest';
import { foreignCharacter } from '../../../entrypoints/options/sections/SetupCode';
import { SETUP_CODE_STRINGS } from '../../../entrypoints/options/sections/setup-code-strings';
import { decode, generate } from '../../../lib/setup-code/setup-code';

const en = SETUP_CODE_STRINGS.en;
const g = generate({
  region: 'NL',
  language: 'nl',
  strictness: 'strict',
  coolingOff: '24h',
  lists: [],
  campaign: '',
  terms: ['zebra'],
});
if (!g.ok) throw new Error('not generated');
const CODE = g.text;

/** What the section says for `text`: the named character, or null (the plain reason). */
function says(text: string, lang: 'en' | 'nl' | 'fr' = 'en'): string | null {
  const decoded = decode(text);
  if (decoded.ok) return 'ok';
  return foreignCharacter(decoded.error, SETUP_CODE_STRINGS[lang], text);
}

describe('naming the character at fault in a setup code', () => {
  it('accepts the code as given, with spaces, dashes and lower case', () => {
    expect(says(CODE)).toBe('ok');
    expect(says(CODE.toLowerCase().replace(/-/g, ' '))).toBe('ok');
  });

  it('names a letter no code holds, with its place', () => {
    const text = CODE.slice(0, 6) + 'é' + CODE.slice(6);
    expect(decode(text)).toEqual({ ok: false, error: 'bad-character' });
    expect(says(text)).toBe(
      `This code has “é” (U+00E9) at place 7, and setup codes never contain it: they use digits and the letters A–Z except I, L, O and U. ${en.foreign.typo}`,
    );
  });

  it('names an invisible character left by copying', () => {
    const text = CODE.slice(0, 8) + '\u200b' + CODE.slice(8);
    expect(says(text)).toBe(
      `This code has an invisible character (U+200B) at place 9, and setup codes never contain it: they use digits and the letters A–Z except I, L, O and U. ${en.foreign.invisibleHint}`,
    );
  });

  it('names the NUL of a code pasted from UTF-16, where the prefix looks wrong', () => {
    const text = [...CODE].join('\0');
    expect(decode(text)).toEqual({ ok: false, error: 'wrong-prefix' });
    expect(says(text)).toContain('an invisible character (U+0000) at place 2');
  });

  it('names a character that could not be read, and says where it comes from', () => {
    const text = CODE.slice(0, 4) + '\uFFFD' + CODE.slice(5);
    expect(says(text)).toBe(
      `This code has a character that could not be read (U+FFFD) at place 5, and setup codes never contain it: they use digits and the letters A–Z except I, L, O and U. ${en.foreign.unreadableHint}`,
    );
  });

  it('names it in Dutch and French too', () => {
    const text = CODE.slice(0, 6) + 'é' + CODE.slice(6);
    expect(says(text, 'nl')).toContain('“é” (U+00E9) op plaats 7');
    expect(says(text, 'fr')).toContain('« é » (U+00E9) à la position 7');
  });

  it.each([
    ['an empty text', ''],
    [
      'a code with a typo (a valid character)',
      CODE.slice(0, -1) + (CODE.endsWith('0') ? '1' : '0'),
    ],
    ['another kind of text', 'zebra zebra'],
    ['a text that is too long', 'é'.repeat(5000)],
  ])('keeps the plain reason for %s', (_name, text) => {
    expect(says(text)).toBeNull();
  });
});
