/**
 * The PostgreSQL store (pg Pool): same tables and behaviour as SQLite. A batch is summed in memory
 * per (day, dim, value) and written as one multi-row INSERT ... ON CONFLICT DO UPDATE in one
 * transaction. The schema is created if missing when the store opens.
 */
import pg from 'pg';
import type { ValidReport } from '../../../lib/reach/wire';
import type { DailyRow } from '../grid';
import { batchDeltas, type Dim, type Store, type ValueRow } from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS marginals (
  day TEXT NOT NULL, dim TEXT NOT NULL, value TEXT NOT NULL,
  reports INTEGER NOT NULL DEFAULT 0, shown INTEGER NOT NULL DEFAULT 0,
  help INTEGER NOT NULL DEFAULT 0, selfhelp INTEGER NOT NULL DEFAULT 0,
  safe INTEGER NOT NULL DEFAULT 0, continued INTEGER NOT NULL DEFAULT 0,
  pause INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, dim, value)
);
CREATE TABLE IF NOT EXISTS campaigns (code TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, name TEXT NOT NULL, created BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (hash TEXT PRIMARY KEY, "user" TEXT NOT NULL, expires BIGINT NOT NULL);
`;

const SUMS = `SUM(reports)::int AS reports, SUM(shown)::int AS shown, SUM(help)::int AS help,
  SUM(selfhelp)::int AS selfhelp, SUM(safe)::int AS safe, SUM(continued)::int AS continued,
  SUM(pause)::int AS pause`;

const UPSERT_HEAD = `INSERT INTO marginals
  (day, dim, value, reports, shown, help, selfhelp, safe, continued, pause) VALUES `;
const UPSERT_TAIL = ` ON CONFLICT (day, dim, value) DO UPDATE SET
  reports = marginals.reports + excluded.reports, shown = marginals.shown + excluded.shown,
  help = marginals.help + excluded.help, selfhelp = marginals.selfhelp + excluded.selfhelp,
  safe = marginals.safe + excluded.safe, continued = marginals.continued + excluded.continued,
  pause = marginals.pause + excluded.pause`;

export async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // A broken idle connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  await pool.query(SCHEMA);

  const one = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows;

  return {
    label: 'postgresql',
    async addReports(reports: readonly ValidReport[]) {
      if (reports.length === 0) return;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const codes = (await client.query('SELECT code FROM campaigns')).rows.map(
          (r: { code: string }) => r.code,
        );
        const deltas = batchDeltas(reports, new Set(codes));
        // At most 1,000 rows per statement: PostgreSQL takes up to 65,535 parameters.
        for (let start = 0; start < deltas.length; start += 1000) {
          const params: unknown[] = [];
          const tuples: string[] = [];
          for (const d of deltas.slice(start, start + 1000)) {
            const i = params.length;
            params.push(d.day, d.dim, d.value, d.reports, ...d.counts);
            tuples.push(`(${Array.from({ length: 10 }, (_, k) => `$${i + k + 1}`).join(',')})`);
          }
          await client.query(UPSERT_HEAD + tuples.join(',') + UPSERT_TAIL, params);
        }
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async daily(from, to, filter?: { dim: Dim; value: string }) {
      return (await (filter
        ? one(
            `SELECT day, ${SUMS} FROM marginals WHERE dim = $1 AND value = $2 AND day BETWEEN $3 AND $4 GROUP BY day ORDER BY day`,
            [filter.dim, filter.value, from, to],
          )
        : one(
            `SELECT day, ${SUMS} FROM marginals WHERE dim = 'region' AND day BETWEEN $1 AND $2 GROUP BY day ORDER BY day`,
            [from, to],
          ))) as DailyRow[];
    },
    async dailyByValue(from, to, dim) {
      return (await one(
        `SELECT day, value, reports, shown, help, selfhelp, safe, continued, pause FROM marginals
         WHERE dim = $1 AND day BETWEEN $2 AND $3 ORDER BY day, value COLLATE "C"`,
        [dim, from, to],
      )) as ValueRow[];
    },
    async addCampaign(code) {
      await one('INSERT INTO campaigns (code) VALUES ($1) ON CONFLICT DO NOTHING', [code]);
    },
    async campaigns() {
      return (await one('SELECT code FROM campaigns ORDER BY code COLLATE "C"', [])).map(
        (r: { code: string }) => r.code,
      );
    },
    async setUser(name, hash) {
      await one(
        'INSERT INTO users (name, hash) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET hash = excluded.hash',
        [name, hash],
      );
    },
    async userHash(name) {
      return (await one('SELECT hash FROM users WHERE name = $1', [name]))[0]?.hash as
        string | undefined;
    },
    async addToken(hash, name, created) {
      await one('INSERT INTO tokens (hash, name, created) VALUES ($1, $2, $3)', [
        hash,
        name,
        created,
      ]);
    },
    async hasToken(hash) {
      return (await one('SELECT 1 FROM tokens WHERE hash = $1', [hash])).length > 0;
    },
    async addSession(hash, user, expires) {
      await one('INSERT INTO sessions (hash, "user", expires) VALUES ($1, $2, $3)', [
        hash,
        user,
        expires,
      ]);
    },
    async hasSession(hash, now) {
      await one('DELETE FROM sessions WHERE expires <= $1', [now]);
      return (
        (await one('SELECT 1 FROM sessions WHERE hash = $1 AND expires > $2', [hash, now])).length >
        0
      );
    },
    async deleteSession(hash) {
      await one('DELETE FROM sessions WHERE hash = $1', [hash]);
    },
    async close() {
      await pool.end();
    },
  };
}
