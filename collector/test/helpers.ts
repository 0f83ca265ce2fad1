/** Shared helpers of the collector tests: stores of both kinds, a server, raw HTTP requests. */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createCollector } from '../src/server';
import { openStore, type Store } from '../src/store/index';

export type StoreKind = 'sqlite' | 'postgresql';
export const STORE_KINDS: StoreKind[] = ['sqlite', 'postgresql'];

/** "Today" in the tests: reports for 2026-11-14..2026-11-22 are accepted. */
export const NOW = new Date('2026-11-22T12:00:00Z');
export const DAY = '2026-11-21';

/** An empty store of the given kind, and a function that closes and removes it. */
export async function freshStore(
  kind: StoreKind,
): Promise<{ store: Store; drop(): Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'kp-sqlite-'));
    const store = await openStore({ sqlitePath: join(dir, 'reach.sqlite') });
    return {
      store,
      async drop() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const databaseUrl = inject('databaseUrl');
  const store = await openStore({ databaseUrl });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('TRUNCATE marginals, campaigns, users, tokens, sessions');
  await client.end();
  return { store, drop: () => store.close() };
}

export async function startServer(store: Store, rateLimit = 'off') {
  const collector = createCollector({ store, rateLimit, now: () => NOW });
  await new Promise<void>((resolve) => collector.server.listen(0, '127.0.0.1', resolve));
  const { port } = collector.server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, port, close: () => collector.close() };
}

export type Counts = Partial<
  Record<'shown' | 'help' | 'selfhelp' | 'safe' | 'continued' | 'pause', number>
>;

/** A report body (fields overridable), as JSON text. */
export function reportJson(over: Record<string, unknown> = {}, counts: Counts = {}): string {
  return JSON.stringify({
    v: 1,
    day: DAY,
    region: 'NL',
    lang: 'nl',
    campaign: '',
    variant: '',
    version: '1.2.3',
    counts: { shown: 1, help: 0, selfhelp: 0, safe: 0, continued: 0, pause: 0, ...counts },
    pad: '    ',
    ...over,
  });
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One raw request (so tests control the local address, headers and chunks). */
export function request(
  url: string,
  opts: http.RequestOptions & { body?: string | string[] } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { agent: false, ...opts }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    const body = opts.body;
    if (Array.isArray(body)) for (const part of body) req.write(part);
    else if (body !== undefined) req.write(body);
    req.end();
  });
}

/** POSTs a report body to /v1/report. */
export const postReport = (base: string, body: string, opts: http.RequestOptions = {}) =>
  request(`${base}/v1/report`, {
    method: 'POST',
    ...opts,
    headers: { 'content-type': 'application/json', ...opts.headers },
    body,
  });

/** Sends `n` reports (in parallel) and checks every one got 204. */
export async function sendReports(base: string, n: number, over = {}, counts: Counts = {}) {
  const results = await Promise.all(
    Array.from({ length: n }, () => postReport(base, reportJson(over, counts))),
  );
  for (const r of results) if (r.status !== 204) throw new Error(`${r.status} ${r.body}`);
}
