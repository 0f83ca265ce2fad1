import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FIELDS = ['name', 'short', 'long', 'privacy', 'single purpose'];

function sections(lang: string): Record<string, string> {
  const text = readFileSync(`docs/store/${lang}.md`, 'utf8');
  const out: Record<string, string> = {};
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    out[heading!.trim()] = body.join('\n').trim();
  }
  return out;
}

describe.each(['en', 'nl', 'fr'])('store listing (%s)', (lang) => {
  const s = sections(lang);

  it('has every field, none empty', () => {
    expect(Object.keys(s)).toEqual(FIELDS);
    for (const field of FIELDS) expect(s[field], field).not.toBe('');
  });

  it("keeps the short description within the stores' 132 characters", () => {
    expect([...s.short!].length).toBeLessThanOrEqual(132);
  });

  it('says honestly that the search still reaches the site', () => {
    const reaches = {
      en: /still reaches the search site/,
      nl: /komt wel bij de zoeksite aan/,
      fr: /arrive bien au site/,
    };
    expect(s.long).toMatch(reaches[lang as keyof typeof reaches]);
  });

  it('never says "child porn" in any form', () => {
    expect(Object.values(s).join(' ')).not.toMatch(/porn(?!o)|kinderporno|pédopornograph/i);
  });
});
