/**
 * The reach endpoint: where the anonymous daily report goes (`POST {endpoint}/v1/report`). It
 * comes from the settings or a setup code and is shown to the person before they accept. Pure.
 *
 * Accepted: `https://host[:port][/path]`, and plain `http://` only on this computer (loopback,
 * for a collector run locally). No user name or password, no query, no fragment: nothing in the
 * address can carry a per-install value. Stored normalized, without a trailing slash.
 */

export type EndpointProblem = 'empty' | 'not-a-url' | 'not-https' | 'credentials' | 'query';

export type ParsedEndpoint =
  { ok: true; endpoint: string } | { ok: false; problem: EndpointProblem };

/** The longest endpoint kept (a setup code stores it with a one-byte length). */
export const ENDPOINT_MAX = 200;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function parseEndpoint(text: string): ParsedEndpoint {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.length > ENDPOINT_MAX) return { ok: false, problem: 'not-a-url' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return { ok: false, problem: url.protocol === 'http:' ? 'not-https' : 'not-a-url' };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.search !== '' || url.hash !== '' || trimmed.includes('?') || trimmed.includes('#')) {
    return { ok: false, problem: 'query' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, endpoint: `${url.origin}${path}` };
}

/** Whether a stored value is a normalized endpoint ('' = none set). */
export function isEndpoint(value: string): boolean {
  if (value === '') return true;
  const parsed = parseEndpoint(value);
  return parsed.ok && parsed.endpoint === value;
}

/** The address a report is posted to. */
export function reportUrl(endpoint: string): string {
  return `${endpoint}/v1/report`;
}
