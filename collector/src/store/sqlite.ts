/**
 * The SQLite store (better-sqlite3): WAL, synchronous=NORMAL, prepared statements, one
 * transaction per batch. Synchronous underneath; the Promise API matches the PostgreSQL store.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
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
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS campaigns (code TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, name TEXT NOT NULL, created INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (hash TEXT PRIMARY KEY, user TEXT NOT NULL, expires INTEGER NOT NULL);
`;

const SUMS = `SUM(reports) AS reports, SUM(shown) AS shown, SUM(help) AS help,
  SUM(selfhelp) AS selfhelp, SUM(safe) AS safe, SUM(continued) AS continued, SUM(pause) AS pause`;

export function openSqlite(path: string): Store {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // The CLI (add-campaign, add-token …) may write while the server does: wait, do not fail.
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const upsert = db.prepare(`INSERT INTO marginals
      (day, dim, value, reports, shown, help, selfhelp, safe, continued, pause)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (day, dim, value) DO UPDATE SET
      reports = reports + excluded.reports, shown = shown + excluded.shown,
      help = help + excluded.help, selfhelp = selfhelp + excluded.selfhelp,
      safe = safe + excluded.safe, continued = continued + excluded.continued,
      pause = pause + excluded.pause`);
  const listCampaigns = db.prepare('SELECT code FROM campaigns ORDER BY code').pluck();
  const insertBatch = db.transaction((reports: readonly ValidReport[]) => {
    const deltas = batchDeltas(reports, new Set(listCampaigns.all() as string[]));
    for (const d of deltas) upsert.run(d.day, d.dim, d.value, d.reports, ...d.counts);
  });
  const totals = db.prepare(
    `SELECT day, ${SUMS} FROM marginals WHERE dim = 'region' AND day BETWEEN ? AND ? GROUP BY day ORDER BY day`,
  );
  const filtered = db.prepare(
    `SELECT day, ${SUMS} FROM marginals WHERE dim = ? AND value = ? AND day BETWEEN ? AND ? GROUP BY day ORDER BY day`,
  );
  const byValue = db.prepare(
    `SELECT day, value, reports, shown, help, selfhelp, safe, continued, pause FROM marginals
     WHERE dim = ? AND day BETWEEN ? AND ? ORDER BY day, value`,
  );
  const addCampaign = db.prepare('INSERT OR IGNORE INTO campaigns (code) VALUES (?)');
  const setUser = db.prepare(
    'INSERT INTO users (name, hash) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET hash = excluded.hash',
  );
  const userHash = db.prepare('SELECT hash FROM users WHERE name = ?').pluck();
  const addToken = db.prepare('INSERT INTO tokens (hash, name, created) VALUES (?, ?, ?)');
  const hasToken = db.prepare('SELECT 1 FROM tokens WHERE hash = ?').pluck();
  const addSession = db.prepare('INSERT INTO sessions (hash, user, expires) VALUES (?, ?, ?)');
  const hasSession = db.prepare('SELECT 1 FROM sessions WHERE hash = ? AND expires > ?').pluck();
  const expire = db.prepare('DELETE FROM sessions WHERE expires <= ?');
  const deleteSession = db.prepare('DELETE FROM sessions WHERE hash = ?');

  return {
    label: `sqlite: ${path}`,
    async addReports(reports) {
      insertBatch(reports);
    },
    async daily(from, to, filter?: { dim: Dim; value: string }) {
      return (
        filter ? filtered.all(filter.dim, filter.value, from, to) : totals.all(from, to)
      ) as DailyRow[];
    },
    async dailyByValue(from, to, dim) {
      return byValue.all(dim, from, to) as ValueRow[];
    },
    async addCampaign(code) {
      addCampaign.run(code);
    },
    async campaigns() {
      return listCampaigns.all() as string[];
    },
    async setUser(name, hash) {
      setUser.run(name, hash);
    },
    async userHash(name) {
      return userHash.get(name) as string | undefined;
    },
    async addToken(hash, name, created) {
      addToken.run(hash, name, created);
    },
    async hasToken(hash) {
      return hasToken.get(hash) !== undefined;
    },
    async addSession(hash, user, expires) {
      addSession.run(hash, user, expires);
    },
    async hasSession(hash, now) {
      expire.run(now);
      return hasSession.get(hash, now) !== undefined;
    },
    async deleteSession(hash) {
      deleteSession.run(hash);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
