import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomSecret, secretHash } from '../src/auth';
import { createCollector } from '../src/server';
import { freshStore, request } from './helpers';

const CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

describe('dashboard files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kp-dashboard-'));
  let base: string;
  let close: () => Promise<void>;
  let drop: () => Promise<void>;
  const token = randomSecret();

  beforeAll(async () => {
    for (const [name, text] of [
      ['index.html', '<!doctype html><title>dashboard</title>'],
      ['login.html', '<!doctype html><title>login</title>'],
      ['app.js', 'export {};'],
      ['style.css', 'body{}'],
      ['logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
      ['notes.txt', 'secret'],
    ])
      writeFileSync(join(dir, name!), text!);
    const fresh = await freshStore('sqlite');
    drop = fresh.drop;
    await fresh.store.addToken(secretHash(token), 'test', 0);
    const collector = createCollector({ store: fresh.store, rateLimit: 'off', dashboardDir: dir });
    await new Promise<void>((resolve) => collector.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(collector.server.address() as { port: number }).port}`;
    close = collector.close;
  });
  afterAll(async () => {
    await close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends / to /login without a session, serves index.html with one', async () => {
    const anonymous = await request(`${base}/`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.location).toBe('/login');
    const home = await request(`${base}/`, { headers: { authorization: `Bearer ${token}` } });
    expect(home.status).toBe(200);
    expect(home.body).toContain('<title>dashboard</title>');
    expect(home.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
  });

  it('serves login.html (also with ?failed=1) with the CSP', async () => {
    for (const path of ['/login', '/login?failed=1']) {
      const res = await request(base + path);
      expect(res.status).toBe(200);
      expect(res.body).toContain('<title>login</title>');
      expect(res.headers['content-security-policy']).toBe(CSP);
    }
  });

  it.each([
    ['app.js', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['uPlot.iife.min.js', 'text/javascript; charset=utf-8'],
    ['uPlot.min.css', 'text/css; charset=utf-8'],
  ])('serves /assets/%s as %s', async (name, type) => {
    const res = await request(`${base}/assets/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['notes.txt', 'index.html', '..%2Findex.html', '../app.js', '.hidden.js', 'missing.js'])(
    'does not serve /assets/%s',
    async (name) => {
      expect((await request(`${base}/assets/${name}`)).status).toBe(404);
    },
  );
});
