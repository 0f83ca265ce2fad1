/**
 * Load and crash safety of the ingest, against the real collector process (`collector/src/cli.ts`
 * through tsx, SQLite, KP_RATE_LIMIT=off): 2,000 reports over 50 connections, SIGKILL once 800
 * were answered, restart on the same file. Nothing acknowledged may be lost, nothing half-applied
 * may remain, and the restarted collector takes new reports. No timing assertions: speed is
 * measured by `npm run bench:collector`.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStore, makeBodies, startCollector, type Collector } from '../bench/harness';

const TOTAL = 2000;
const CONNECTIONS = 50;
const KILL_AT = 800;
const AFTER = 100;

const started: Collector[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const c of started.splice(0)) await c.kill();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('collector under load', () => {
  it('keeps every acknowledged report through a SIGKILL mid-load and takes reports after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-collector-load-'));
    dirs.push(dir);
    const sqlitePath = join(dir, 'reach.sqlite');

    const first = await startCollector({ sqlitePath, startTimeoutMs: 60_000 });
    started.push(first);

    const requests = makeBodies(256, 11).map((body) => ({
      method: 'POST' as const,
      path: '/v1/report',
      headers: { 'content-type': 'application/json' },
      body,
    }));
    let acked = 0;
    const other = new Map<number, number>();
    let killing: Promise<unknown> | undefined;
    let settle!: (err: unknown, r?: autocannon.Result) => void;
    const done = new Promise<autocannon.Result>((resolve, reject) => {
      settle = (err, r) => (err || !r ? reject(err ?? new Error('no result')) : resolve(r));
    });
    const instance = autocannon(
      {
        url: first.url,
        connections: CONNECTIONS,
        pipelining: 1,
        amount: TOTAL,
        timeout: 60,
        requests,
      },
      (err, r) => settle(err, r),
    );
    const killed = new Promise<void>((resolve) => {
      instance.on('response', (_client, code) => {
        if (code === 204) acked++;
        else other.set(code, (other.get(code) ?? 0) + 1);
        if (acked >= KILL_AT && !killing) {
          killing = first.kill();
          void killing.then(() => resolve());
        }
      });
    });
    // Either the kill happens (the normal case) or the run ends without it (a failure below).
    await Promise.race([killed, done]);
    expect(killing, 'SIGKILL sent before the run ended').toBeDefined();
    const exit = await first.exited;
    expect(exit.signal).toBe('SIGKILL');
    // Answers already read from the sockets count; stop reconnecting to the dead port.
    instance.stop();
    await done;
    expect(Object.fromEntries(other)).toEqual({});
    expect(acked).toBeGreaterThanOrEqual(KILL_AT);

    const second = await startCollector({ sqlitePath, startTimeoutMs: 60_000 });
    started.push(second);
    const s = checkStore(sqlitePath);
    expect(s.integrity).toBe('ok');
    expect(s.mismatches).toEqual([]);
    for (const n of Object.values(s.byDim)) expect(n).toBe(s.stored);
    // Every acknowledged report is stored; at most one per connection was stored unanswered.
    expect(s.stored).toBeGreaterThanOrEqual(acked);
    expect(s.stored).toBeLessThanOrEqual(acked + CONNECTIONS);
    expect(s.stored).toBeLessThan(TOTAL);

    const bodies = makeBodies(AFTER, 12);
    const statuses = await Promise.all(
      bodies.map(async (body) => {
        const r = await fetch(`${second.url}/v1/report`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        await r.arrayBuffer();
        return r.status;
      }),
    );
    expect(statuses).toEqual(bodies.map(() => 204));
    // SIGTERM: the collector ends within the grace period (else stop() sends SIGKILL).
    const stop = await second.stop();
    expect(stop.signal).not.toBe('SIGKILL');

    const t = checkStore(sqlitePath);
    expect(t.integrity).toBe('ok');
    expect(t.mismatches).toEqual([]);
    expect(t.stored).toBe(s.stored + AFTER);
  }, 120_000);
});
