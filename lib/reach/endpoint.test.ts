import { describe, expect, it } from 'vitest';
import { isEndpoint, parseEndpoint, reportUrl } from './endpoint';

describe('parseEndpoint', () => {
  it.each([
    ['https://reach.example.org', 'https://reach.example.org'],
    ['  https://Reach.Example.org/ ', 'https://reach.example.org'],
    ['https://example.org/keerpunt/', 'https://example.org/keerpunt'],
    ['https://example.org:8443', 'https://example.org:8443'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://localhost:8787/', 'http://localhost:8787'],
  ])('%j → %j', (text, endpoint) => {
    expect(parseEndpoint(text)).toEqual({ ok: true, endpoint });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['reach.example.org', 'not-a-url'],
    ['ftp://example.org', 'not-a-url'],
    ['javascript:alert(1)', 'not-a-url'],
    ['http://reach.example.org', 'not-https'],
    ['http://192.168.1.5:8787', 'not-https'],
    ['https://user:pw@example.org', 'credentials'],
    ['https://example.org/?install=abc', 'query'],
    ['https://example.org/#x', 'query'],
    ['https://example.org/?', 'query'],
    [`https://example.org/${'a'.repeat(200)}`, 'not-a-url'],
  ])('%j is refused: %s', (text, problem) => {
    expect(parseEndpoint(text)).toEqual({ ok: false, problem });
  });
});

describe('isEndpoint', () => {
  it('takes only normalized values, and none', () => {
    expect(isEndpoint('')).toBe(true);
    expect(isEndpoint('https://reach.example.org')).toBe(true);
    expect(isEndpoint('https://reach.example.org/')).toBe(false);
    expect(isEndpoint('http://reach.example.org')).toBe(false);
  });
});

it('reportUrl appends the wire path', () => {
  expect(reportUrl('https://example.org/k')).toBe('https://example.org/k/v1/report');
});
