import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { secretHash, verifyPassword } from '../src/auth';
import { openStore } from '../src/store/index';

const TSX = join('node_modules', '.bin', 'tsx');

/** Runs the CLI with SQLITE_PATH in a temp dir; `input` is piped to stdin. */
function cli(args: string[], env: Record<string, string>, input = '') {
  const res = spawnSync('npx', ['tsx', 'collector/src/cli.ts', ...args], {
    input,
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('CLI', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kp-cli-'));
    env = { SQLITE_PATH: join(dir, 'data', 'reach.sqlite') };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('add-campaign registers a valid code and refuses others', async () => {
    expect(cli(['add-campaign', 'SPRING-26'], env).code).toBe(0);
    const bad = cli(['add-campaign', 'spring'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/CODE must be 1–16 characters/);
    const store = await openStore({ sqlitePath: env.SQLITE_PATH });
    expect(await store.campaigns()).toEqual(['SPRING-26']);
    await store.close();
  });

  it('add-user reads the password from stdin and stores only a scrypt hash', async () => {
    const res = cli(['add-user', 'staff'], env, 'correct horse battery\n');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).not.toContain('correct horse');
    const store = await openStore({ sqlitePath: env.SQLITE_PATH });
    const hash = (await store.userHash('staff'))!;
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('wrong', hash)).toBe(false);
    await store.close();
    expect(cli(['add-user', 'short'], env, 'abc\n').code).toBe(2);
  });

  it('add-token prints a token once and stores its hash', async () => {
    const res = cli(['add-token', 'analyst'], env);
    expect(res.code, res.stderr).toBe(0);
    const token = res.stdout.trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const store = await openStore({ sqlitePath: env.SQLITE_PATH });
    expect(await store.hasToken(secretHash(token))).toBe(true);
    expect(await store.hasToken(token)).toBe(false);
    await store.close();
  });

  it('serve prints one line and stops cleanly on SIGTERM', async () => {
    // tsx itself (not npx, which does not pass signals on) so SIGTERM reaches the collector.
    const child = spawn(TSX, ['collector/src/cli.ts', 'serve'], {
      env: { ...process.env, DATABASE_URL: '', ...env, PORT: '0' },
    });
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => out.includes('\n') && resolve());
      child.on('exit', () => reject(new Error('exited early')));
    });
    expect(out).toMatch(
      /^Keerpunt collector listening on http:\/\/127\.0\.0\.1:\d+ \(sqlite: .*reach\.sqlite\)\n$/,
    );
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? s)));
    expect(code).toBe(0);
  });
});
