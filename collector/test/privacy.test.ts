import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { request } from './helpers';

const ADDRESS = '127.0.0.7';
const UA = 'KeerpuntPrivacyProbe/9.9 (distinctive-ua-7f3a)';

/** Today's and yesterday's UTC day: the spawned collector uses the real clock. */
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe('privacy: no address, user agent or header is written anywhere', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kp-privacy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps 127.0.0.7 and the user agent out of the database files and the output', async () => {
    const sqlitePath = join(dir, 'reach.sqlite');
    const child = spawn(join('node_modules', '.bin', 'tsx'), ['collector/src/cli.ts', 'serve'], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        SQLITE_PATH: sqlitePath,
        PORT: '0',
        KP_RATE_LIMIT: '6/60',
      },
    });
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('latin1')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('latin1')));
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', () => {
        const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', () => reject(new Error(`collector exited: ${output}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const headers = {
      'user-agent': UA,
      'content-type': 'application/json',
      'x-forwarded-for': ADDRESS,
      cookie: `kp_session=${UA}`,
    };
    const body = (over: object = {}) =>
      JSON.stringify({
        v: 1,
        day: yesterday,
        region: 'NL',
        lang: 'nl',
        campaign: '',
        variant: '',
        version: '1.2.3',
        counts: { shown: 1, help: 0, selfhelp: 0, safe: 0, continued: 0, pause: 0 },
        ...over,
      });
    const post = (text: string) =>
      request(`${base}/v1/report`, { method: 'POST', localAddress: ADDRESS, headers, body: text });

    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await post(body())).status);
    codes.push((await post(body({ region: UA }))).status);
    codes.push((await post('x'.repeat(2000))).status);
    codes.push((await post(body())).status);
    codes.push((await post(body())).status); // the 7th request: over the burst limit
    codes.push(
      (
        await request(`${base}/v1/stats?from=${yesterday}&to=${yesterday}`, {
          localAddress: ADDRESS,
          headers,
        })
      ).status,
    );
    codes.push(
      (
        await request(`${base}/login`, {
          method: 'POST',
          localAddress: ADDRESS,
          headers,
          body: `name=${encodeURIComponent(UA)}&password=x`,
        })
      ).status,
    );
    codes.push((await request(`${base}/nowhere`, { localAddress: ADDRESS, headers })).status);
    expect(codes).toEqual([204, 204, 204, 400, 413, 204, 429, 401, 303, 404]);

    const files = () =>
      readdirSync(dir)
        .filter((f) => f.startsWith('reach.sqlite'))
        .map((f) => readFileSync(join(dir, f)));
    const beforeStop = files();
    expect(existsSync(`${sqlitePath}-wal`)).toBe(true);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));

    const haystacks = [...beforeStop, ...files(), Buffer.from(output, 'latin1')];
    for (const needle of [ADDRESS, UA, 'distinctive-ua-7f3a', 'KeerpuntPrivacyProbe']) {
      for (const hay of haystacks) {
        expect(hay.includes(Buffer.from(needle, 'latin1'))).toBe(false);
        expect(hay.includes(Buffer.from(needle, 'utf16le'))).toBe(false);
      }
    }
    // The one line of output, nothing per request.
    expect(
      output
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('npm warn')),
    ).toHaveLength(1);
  });
});
