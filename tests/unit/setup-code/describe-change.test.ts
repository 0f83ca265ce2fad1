import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../entrypoints/options/sections/SetupCode';
import { SETUP_CODE_STRINGS } from '../../../entrypoints/options/sections/setup-code-strings';
import { LANGUAGES } from '../../../lib/settings/settings';

const TO = 'https://tellen.example.org/keerpunt';
const change = { kind: 'endpoint', from: '', to: TO } as const;

describe('the summary line for a counting address', () => {
  it('says where counts would go, and that only switching counting on sends them (en)', () => {
    expect(describeChange(change, SETUP_CODE_STRINGS.en, 'en')).toBe(
      `Anonymous counts would go to: ${TO} (only if you switch counting on; importing does not).`,
    );
  });

  it('says it applies at once when counting is already on (en)', () => {
    expect(describeChange(change, SETUP_CODE_STRINGS.en, 'en', true)).toBe(
      `Anonymous counts will go to: ${TO}. Counting is on, so this applies straight away; you can switch counting off in the options at any time.`,
    );
  });

  it.each(LANGUAGES)('%s names the address in both cases, with different words', (lang) => {
    const t = SETUP_CODE_STRINGS[lang];
    const off = describeChange(change, t, lang);
    const on = describeChange(change, t, lang, true);
    expect(off).toContain(TO);
    expect(on).toContain(TO);
    expect(off).not.toBe(on);
    expect(off).not.toMatch(/\{\w+\}/);
  });

  it.each(LANGUAGES)('%s: the campaign line says whether counting is already on', (lang) => {
    const campaign = { kind: 'campaign', from: '', to: 'PRAKTIJK-1' } as const;
    const t = SETUP_CODE_STRINGS[lang];
    const off = describeChange(campaign, t, lang);
    const on = describeChange(campaign, t, lang, true);
    expect(off).toContain('PRAKTIJK-1');
    expect(on).toContain('PRAKTIJK-1');
    expect(on).not.toBe(off);
  });

  it('other changes read the same whether counting is on or not', () => {
    const region = { kind: 'region', from: 'auto', to: 'NL' } as const;
    const t = SETUP_CODE_STRINGS.nl;
    expect(describeChange(region, t, 'nl', true)).toBe(describeChange(region, t, 'nl'));
  });
});
