import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, MINOR_AGE, normalize, normalizeToText } from '../../../lib/text/normalize';

const A = MINOR_AGE;

describe('ages become the class token, number and unit together', () => {
  it.each([
    ['12yo', A],
    ['12 yo', A],
    ['12 y/o', A],
    ['12 y.o.', A],
    ['12y', A],
    ['12 yr', A],
    ['12yrs', A],
    ['12 yrs old', A],
    ['12 year old', A],
    ['12 years old', A],
    ['12-year-old', A],
    ['twelve year old', A],
    ['Thirteen-year-old', A],
    ['12 jaar', A],
    ['12 jr', A],
    ['12-jarige', A],
    ['12jarige', A],
    ['twaalfjarige', A],
    ['zeventienjarig', A],
    ['Één jaar', A],
    ['dix-sept ans', A],
    ['dix sept ans', A],
    ['douze ans', A],
    ['un an', A],
    ['0 jaar', A],
    ['17yo', A],
    ['０９ yo', A],
    ['12 year olds', A],
    ['12-year-olds', A],
    ['12yos', A],
    ['12-jarigen', A],
    ['twaalfjarigen', A],
    ['eenjarige', A],
    ['zebra 12yo giraffe', `zebra ${A} giraffe`],
    ['12yo, 13yo', `${A} ${A}`],
  ])('%s → %s', (input, expected) => {
    expect(normalizeToText(input)).toBe(expected);
  });

  it.each([
    // Glued digits and letters are a mixed token, so leetspeak applies; what matters is no class.
    ['18yo', 'ibyo'],
    ['18 jaar', '18 jaar'],
    ['19 years old', '19 years old'],
    ['eighteen year old', 'eighteen year old'],
    ['achttienjarige', 'achttienjarige'],
    ['dix-huit ans', 'dix huit ans'],
    ['dix huit ans', 'dix huit ans'],
    ['vingt et un ans', 'vingt et un ans'],
    ['twenty one years old', 'twenty one years old'],
    ['eenentwintig jaar', 'eenentwintig jaar'],
    ['2012 jaar', '2012 jaar'],
    ['12 zebras', '12 zebras'],
    ['12 ansichtkaarten', '12 ansichtkaarten'],
    ['groep 7', 'groep 7'],
    // "een jarige" is someone having a birthday, not a one-year-old.
    ['cadeau voor een jarige', 'cadeau voor een jarige'],
    ['18 year olds', '18 year olds'],
  ])('%s stays %s (18 and up, or no unit)', (input, expected) => {
    expect(normalizeToText(input)).toBe(expected);
  });

  it('a literal {minor-age} in a list term is the class token', () => {
    expect(normalize('{minor-age} zebra')).toEqual([[A], ['zebra']]);
  });

  it('ages created by obfuscation are still read as ages', () => {
    expect(normalizeToText('t e n yo')).toBe(A);
    expect(normalizeToText('12 an5')).toBe(A);
  });
});

describe('folding', () => {
  it.each([
    ['ZEBRA', 'zebra'],
    ['Zébrà', 'zebra'],
    ['ﬁne', 'fine'],
    ['Straße', 'strasse'],
    ['Æsop', 'aesop'],
    ['œuvre', 'oeuvre'],
    ['Ørsted', 'orsted'],
    ['Łódź', 'lodz'],
    ['Đakovo', 'dakovo'],
    ['Þór', 'thor'],
    ['ＺＥＢＲＡ', 'zebra'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('tokens', () => {
  it.each([
    ['zebra, giraffe!', ['zebra', 'giraffe']],
    ['zebra+giraffe', ['zebra', 'giraffe']],
    ['z@bra', ['zabra']],
    ['gir$ffe', ['girsffe']],
    ['@zebra', ['zebra']],
    ['zebra@ giraffe', ['zebra', 'giraffe']],
    ['zebra@@', ['zebra']],
    ['', []],
    ['   ', []],
    ['!!!', []],
  ])('%s → %j', (input, expected) => {
    expect(normalize(input).map((t) => t[0])).toEqual(expected);
  });
});

describe('leetspeak only inside tokens that mix letters and digits', () => {
  it.each([
    ['z3br4', 'zebra'],
    ['g1r4ff3', 'giraffe'],
    ['7h3', 'the'],
    ['5ebra', 'sebra'],
    ['8all', 'ball'],
    ['z0o', 'zoo'],
    ['2024', '2024'],
    ['1234', '1234'],
    ['zebra 2024', 'zebra 2024'],
    ['mp3', 'mpe'],
    ['a9b', 'a9b'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeToText(input)).toBe(expected);
  });
});

describe('letter runs read as two or as one', () => {
  it.each([
    ['teeeen', ['teen', 'ten']],
    ['zebraaaa', ['zebraa', 'zebra']],
    ['zebbra', ['zebbra']],
    ['zzzebraaa', ['zzebraa', 'zzebra', 'zebraa', 'zebra']],
    ['1000', ['1000']],
  ])('%s → %j', (input, readings) => {
    expect(normalize(input)).toEqual([readings]);
  });

  it('caps the readings of one token', () => {
    expect(normalize('aaabbbcccdddeeefffggg')[0]!.length).toBeLessThanOrEqual(16);
  });
});

describe('single letters in a row join into one word', () => {
  it.each([
    ['z e b r a', 'zebra'],
    ['z.e.b.r.a', 'zebra'],
    ['z-e-b-r-a giraffe', 'zebra giraffe'],
    ['a b', 'a b'],
    ['i am a b c', 'i am abc'],
    ['z e b r a a a', 'zebraa'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeToText(input)).toBe(expected);
  });
});

describe('properties', () => {
  const texts = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc
      .array(
        fc.constantFrom(
          'zebra',
          '12',
          'yo',
          'y',
          '/',
          'o',
          '.',
          'jaar',
          'jarige',
          'ans',
          'dix',
          'sept',
          'huit',
          'twaalf',
          'een',
          'ten',
          ' ',
          '-',
          '@',
          '$',
          '3',
          '1',
          'aaa',
          'z',
          'e',
          'É',
          'ß',
          '{minor-age}',
          'years',
          'old',
          'an',
          '17',
          '18',
          ',',
          'un',
          'et',
          'vingt',
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join('')),
  );

  it('never throws on any string', () => {
    fc.assert(
      fc.property(texts, (text) => {
        normalize(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('is stable on its own output', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const once = normalizeToText(text);
        expect(normalizeToText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('every reading is non-empty and free of separators', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const readings of normalize(text)) {
          for (const r of readings) {
            expect(r.length).toBeGreaterThan(0);
            if (r !== MINOR_AGE) expect(r).toMatch(/^[\p{L}\p{N}]+$/u);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
