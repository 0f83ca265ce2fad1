import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, randomSecret, secretHash } from '../src/auth';
import type { Store } from '../src/store/index';
import {
  DAY,
  STORE_KINDS,
  freshStore,
  postReport,
  reportJson,
  request,
  sendReports,
  startServer,
  type StoreKind,
} from './helpers';

describe.each(STORE_KINDS)('collector over HTTP (%s)', (kind: StoreKind) => {
  let store: Store;
  let drop: () => Promise<void>;
  let base: string;
  let stop: () => Promise<void>;
  let token: string;

  beforeEach(async () => {
    ({ store, drop } = await freshStore(kind));
    const server = await startServer(store);
    base = server.url;
    stop = server.close;
    token = randomSecret();
    await store.addToken(secretHash(token), 'test', Date.now());
  });
  afterEach(async () => {
    await stop();
    await drop();
  });

  const get = (
    path: string,
    headers: Record<string, string> = { authorization: `Bearer ${token}` },
  ) => request(base + path, { headers });
  const stats = async (query: string) => {
    const res = await get(`/v1/stats?${query}`);
    expect(res.status, res.body).toBe(200);
    return JSON.parse(res.body).rows as Record<string, number | string | null>[];
  };

  describe('report ingest', () => {
    it('answers a valid report 204 with ACAO * and no credentials header', async () => {
      const res = await postReport(base, reportJson());
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(await store.daily(DAY, DAY)).toMatchObject([{ day: DAY, reports: 1, shown: 1 }]);
    });

    it('answers the CORS preflight', async () => {
      const res = await request(`${base}/v1/report`, {
        method: 'OPTIONS',
        headers: {
          origin: 'chrome-extension://abc',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(res.status).toBe(204);
      expect(res.headers).toMatchObject({
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '86400',
      });
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    });

    it.each([
      ['{"v":1', 'body is not valid JSON'],
      [reportJson({}, { help: 51 }), 'counts.help must be an integer 0–50'],
      [reportJson({ day: '2026-11-23' }), 'day must not be in the future'],
      [reportJson({ day: '2026-11-13' }), 'day must not be more than 8 days old'],
      [reportJson({ extra: 1 }), 'unknown field extra'],
      [reportJson({ region: 'DE' }), 'region must be one of NL, BE-VL, BE-FR, GB, US, OTHER'],
    ])('refuses %s with 400 and a reason', async (body, reason) => {
      const res = await postReport(base, body);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toEqual({ error: reason });
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(await store.daily(DAY, DAY)).toEqual([]);
    });

    it('refuses a body over 1024 bytes with 413 (declared length and streamed chunks)', async () => {
      const big = reportJson({ pad: ' '.repeat(1000) });
      expect(Buffer.byteLength(big)).toBeGreaterThan(1024);
      expect((await postReport(base, big)).status).toBe(413);
      const chunked = await request(`${base}/v1/report`, {
        method: 'POST',
        headers: { 'transfer-encoding': 'chunked' },
        body: [big.slice(0, 600), big.slice(600)],
      });
      expect(chunked.status).toBe(413);
      const exact = reportJson({ pad: '' });
      const padded = reportJson({ pad: ' '.repeat(1024 - Buffer.byteLength(exact)) });
      expect(Buffer.byteLength(padded)).toBe(1024);
      expect((await postReport(base, padded)).status).toBe(204);
      expect(await store.daily(DAY, DAY)).toMatchObject([{ reports: 1 }]);
    });

    it('answers a burst from one address 429', async () => {
      const limited = await startServer(store, '3/60');
      try {
        const codes: number[] = [];
        for (let i = 0; i < 5; i++)
          codes.push((await postReport(limited.url, reportJson())).status);
        expect(codes).toEqual([204, 204, 204, 429, 429]);
        // Another address has its own bucket.
        const other = await postReport(limited.url, reportJson(), { localAddress: '127.0.0.9' });
        expect(other.status).toBe(204);
      } finally {
        await limited.close();
      }
    });

    it('keeps registered campaigns and "", counts others as "other"', async () => {
      await store.addCampaign('SPRING-26');
      await sendReports(base, 2, { campaign: 'SPRING-26' });
      await sendReports(base, 1, { campaign: 'UNKNOWN' });
      await sendReports(base, 1, { campaign: '' });
      const rows = await store.dailyByValue(DAY, DAY, 'campaign');
      expect(rows.map((r) => [r.value, r.reports])).toEqual([
        ['', 1],
        ['SPRING-26', 2],
        ['other', 1],
      ]);
    });

    it('adds one row per dimension (marginals), totals = the region rows', async () => {
      await sendReports(base, 3, { region: 'NL', lang: 'nl', variant: 'a' }, { help: 2 });
      await sendReports(base, 2, { region: 'GB', lang: 'en', version: '1.3.0' }, { help: 1 });
      const by = async (dim: 'region' | 'lang' | 'variant' | 'version' | 'campaign') =>
        (await store.dailyByValue(DAY, DAY, dim)).map((r) => [r.value, r.reports, r.help]);
      expect(await by('region')).toEqual([
        ['GB', 2, 2],
        ['NL', 3, 6],
      ]);
      expect(await by('lang')).toEqual([
        ['en', 2, 2],
        ['nl', 3, 6],
      ]);
      expect(await by('variant')).toEqual([
        ['', 2, 2],
        ['a', 3, 6],
      ]);
      expect(await by('version')).toEqual([
        ['1.2.3', 3, 6],
        ['1.3.0', 2, 2],
      ]);
      expect(await by('campaign')).toEqual([['', 5, 8]]);
      expect(await store.daily(DAY, DAY)).toMatchObject([{ reports: 5, shown: 5, help: 8 }]);
    });
  });

  describe('stats', () => {
    it('publishes 12 reports as 10, rounds counts to 5, suppresses empty days', async () => {
      await sendReports(base, 12, {}, { shown: 1, help: 2, pause: 1 });
      expect(await stats('from=2026-11-20&to=2026-11-21&by=day')).toEqual([
        {
          period: '2026-11-20',
          reports: null,
          shown: null,
          help: null,
          selfhelp: null,
          safe: null,
          continued: null,
          pause: null,
        },
        {
          period: DAY,
          reports: 10,
          shown: 10,
          help: 25,
          selfhelp: 0,
          safe: 0,
          continued: 0,
          pause: 10,
        },
      ]);
    });

    it('suppresses a cell of 9 reports entirely', async () => {
      await sendReports(base, 9, {}, { shown: 50 });
      const [row] = await stats(`from=${DAY}&to=${DAY}&by=day`);
      expect(row).toEqual({
        period: DAY,
        reports: null,
        shown: null,
        help: null,
        selfhelp: null,
        safe: null,
        continued: null,
        pause: null,
      });
    });

    it('sums ISO weeks (period = Monday) and snaps the range', async () => {
      await sendReports(base, 6, { day: '2026-11-16' });
      await sendReports(base, 6, { day: DAY });
      const rows = await stats('from=2026-11-18&to=2026-11-24&by=week');
      expect(rows.map((r) => [r.period, r.reports])).toEqual([
        ['2026-11-16', 10],
        ['2026-11-23', null],
      ]);
    });

    it('filters on one dimension and refuses two', async () => {
      await sendReports(base, 11, { region: 'NL' });
      await sendReports(base, 5, { region: 'GB' });
      const nl = await stats(`from=${DAY}&to=${DAY}&by=day&region=NL`);
      expect(nl[0]).toMatchObject({ reports: 10 });
      const gb = await stats(`from=${DAY}&to=${DAY}&by=day&region=GB`);
      expect(gb[0]).toMatchObject({ reports: null });
      const all = await stats(`from=${DAY}&to=${DAY}&by=day`);
      expect(all[0]).toMatchObject({ reports: 15 });
      const two = await get(`/v1/stats?from=${DAY}&to=${DAY}&by=day&region=NL&lang=nl`);
      expect(two.status).toBe(400);
      expect(JSON.parse(two.body)).toEqual({ error: 'at most one dimension filter' });
    });

    it.each([
      ['from=2026-11-01&to=2026-10-01&by=day', 'from must not be after to'],
      ['from=2025-01-01&to=2026-01-02&by=day', 'range must span at most 366 days'],
      ['from=2024-01-01&to=2025-12-29&by=week', 'range must span at most 104 weeks'],
      ['from=2026-11-1&to=2026-11-21', 'from must be a date YYYY-MM-DD'],
      ['from=2026-11-01&to=2026-11-21&by=month', 'by must be day or week'],
    ])('refuses %s', async (query, reason) => {
      const res = await get(`/v1/stats?${query}`);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toEqual({ error: reason });
    });

    it('writes CSV with empty fields for suppressed cells, and split by a dimension', async () => {
      await sendReports(base, 12, { region: 'NL' });
      await sendReports(base, 3, { region: 'GB' });
      const res = await get(`/v1/stats.csv?from=2026-11-20&to=${DAY}&by=day`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.body).toBe(
        'period,reports,shown,help,selfhelp,safe,continued,pause\r\n' +
          '2026-11-20,,,,,,,\r\n' +
          `${DAY},15,15,0,0,0,0,0\r\n`,
      );
      const split = await get(`/v1/stats.csv?from=2026-11-20&to=${DAY}&by=day&split=region`);
      expect(split.body).toBe(
        'period,region,reports,shown,help,selfhelp,safe,continued,pause\r\n' +
          '2026-11-20,NL,,,,,,,\r\n' +
          `${DAY},NL,10,10,0,0,0,0,0\r\n`,
      );
    });

    it('lists the values of a dimension that have a published cell', async () => {
      await sendReports(base, 10, { lang: 'fr' });
      await sendReports(base, 4, { lang: 'en' });
      const res = await get(`/v1/values?dim=lang&from=${DAY}&to=${DAY}`);
      expect(JSON.parse(res.body)).toEqual({ values: ['fr'] });
      const bad = await get(`/v1/values?dim=ip&from=${DAY}&to=${DAY}`);
      expect(bad.status).toBe(400);
    });
  });

  describe('authentication', () => {
    it('answers 401 without a session or token, and with a wrong token', async () => {
      for (const path of [
        `/v1/stats?from=${DAY}&to=${DAY}`,
        `/v1/stats.csv?from=${DAY}&to=${DAY}`,
        `/v1/values?dim=lang&from=${DAY}&to=${DAY}`,
      ]) {
        const none = await get(path, {});
        expect(none.status).toBe(401);
        expect(JSON.parse(none.body)).toEqual({ error: 'login required' });
        expect((await get(path, { authorization: `Bearer ${randomSecret()}` })).status).toBe(401);
        expect((await get(path)).status).toBe(200);
      }
    });

    it('logs in with a session cookie, and out again', async () => {
      await store.setUser('staff', await hashPassword('correct horse battery'));
      const form = (name: string, password: string) =>
        request(`${base}/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ name, password }).toString(),
        });

      expect((await get('/', {})).headers.location).toBe('/login');
      for (const [name, password] of [
        ['staff', 'wrong password'],
        ['nobody', 'correct horse battery'],
      ]) {
        const failed = await form(name!, password!);
        expect(failed.status).toBe(303);
        expect(failed.headers.location).toBe('/login?failed=1');
        expect(failed.headers['set-cookie']).toBeUndefined();
      }

      const ok = await form('staff', 'correct horse battery');
      expect(ok.status).toBe(303);
      expect(ok.headers.location).toBe('/');
      const setCookie = ok.headers['set-cookie']![0]!;
      expect(setCookie).toMatch(
        /^kp_session=[A-Za-z0-9_-]{43}; HttpOnly; Secure; SameSite=Strict; Path=\/; Max-Age=43200$/,
      );
      const cookie = setCookie.split(';')[0]!;
      const authed = await get(`/v1/stats?from=${DAY}&to=${DAY}`, { cookie });
      expect(authed.status).toBe(200);
      expect(authed.headers['cache-control']).toBe('no-store');
      const home = await get('/', { cookie });
      expect(home.status).not.toBe(303);

      const out = await request(`${base}/logout`, { method: 'POST', headers: { cookie } });
      expect(out.status).toBe(303);
      expect(out.headers.location).toBe('/login');
      expect(out.headers['set-cookie']![0]).toMatch(/^kp_session=; .*Max-Age=0/);
      expect((await get(`/v1/stats?from=${DAY}&to=${DAY}`, { cookie })).status).toBe(401);
    });

    it('serves HTML with the security headers, and uPlot from node_modules', async () => {
      const login = await get('/login', {});
      if (login.status === 200) {
        expect(login.headers['content-security-policy']).toBe(
          "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
        );
        expect(login.headers['x-content-type-options']).toBe('nosniff');
        expect(login.headers['referrer-policy']).toBe('no-referrer');
      } else expect(login.status).toBe(404); // the dashboard files are not written yet
      const uplot = await get('/assets/uPlot.iife.min.js', {});
      expect(uplot.status).toBe(200);
      expect(uplot.headers['content-type']).toMatch(/^text\/javascript/);
      expect((await get('/assets/..%2Fsrc%2Fserver.ts', {})).status).toBe(404);
      expect((await get('/assets/x.html', {})).status).toBe(404);
    });
  });
});
