/**
 * Opens the store: PostgreSQL when a database URL is given (option or DATABASE_URL), else SQLite
 * at the given path (option, SQLITE_PATH, or collector/data/reach.sqlite).
 */
import { fileURLToPath } from 'node:url';
import { openSqlite } from './sqlite';
import type { Store } from './types';

export type { Store } from './types';
export { DIMS, OTHER_CAMPAIGN, isDim, type Dim } from './types';

/** collector/data/reach.sqlite, wherever the process was started. */
export const DEFAULT_SQLITE_PATH = fileURLToPath(
  new URL('../../data/reach.sqlite', import.meta.url),
);

export async function openStore(
  opts: { sqlitePath?: string; databaseUrl?: string } = {},
): Promise<Store> {
  const url = opts.databaseUrl ?? (opts.sqlitePath ? undefined : process.env.DATABASE_URL);
  if (url) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(url);
  }
  return openSqlite(opts.sqlitePath ?? process.env.SQLITE_PATH ?? DEFAULT_SQLITE_PATH);
}
