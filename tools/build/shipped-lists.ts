/**
 * Compiles the shipped lists (keyword-lists/index.json) at build time, so the built extension
 * holds only keyed hashes, never a readable list. The background carries them and stores them for
 * the search guard (docs/architecture.md "The shipped lists in storage").
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import {
  compile,
  load,
  parseList,
  serialize,
  type HashKey,
  type ParsedList,
} from '../../lib/matching';
import { pack, unpack } from '../../lib/matching/packed';
import { shippedId } from '../../lib/settings/shipped';

export interface RegistryEntry {
  id: string;
  file: string;
  title: string;
  language: string;
  version: string;
  category: string;
  default: boolean;
  description?: string;
}

export const VIRTUAL_ID = 'virtual:keerpunt-shipped-lists';

/** Reads, checks and compiles every registered list; throws with FILE:LINE on any problem. */
export function compileShippedLists(
  dir: string,
  key?: HashKey,
): { bytes: Uint8Array; lists: RegistryEntry[] } {
  const registry = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
    lists: RegistryEntry[];
  };
  const parsed: ParsedList[] = [];
  const problems: string[] = [];
  for (const entry of registry.lists) {
    const list = parseList(readFileSync(join(dir, entry.file)));
    for (const p of list.problems) problems.push(`${entry.file}:${p.line}: ${p.reason}`);
    if (list.header.id !== entry.id)
      problems.push(
        `${entry.file}:1: header id '${list.header.id}' is not '${entry.id}' as in index.json`,
      );
    parsed.push(list);
  }
  if (problems.length) throw new Error(`shipped lists have problems:\n${problems.join('\n')}`);
  return { bytes: serialize(compile(parsed, key)), lists: registry.lists };
}

/**
 * The module source: the compiled set in its packed form (lib/matching/packed.ts) as base64, the
 * id of the form the background stores for the search guard (lib/settings/shipped.ts; the guard
 * takes only a record with this id) and the registry without file names.
 */
export function shippedListsModule(dir: string, key?: HashKey): string {
  const { bytes, lists } = compileShippedLists(dir, key);
  const meta = lists.map(({ id, title, language, version, category, default: on }) => ({
    id,
    title,
    language,
    version,
    category,
    default: on,
  }));
  const packed = pack(load(bytes));
  return [
    `export const compiled = ${JSON.stringify(Buffer.from(packed).toString('base64'))};`,
    // The id of the form the background stores: the set as `unpack` gives it back, serialized.
    `export const id = ${JSON.stringify(shippedId(serialize(unpack(packed))))};`,
    `export const lists = ${JSON.stringify(meta)};`,
  ].join('\n');
}

/**
 * One module per content of the lists for the whole build process: WXT builds its entrypoints in
 * several Vite builds, each with its own plugin instance, and the background and the search guard
 * must agree on the set (and its id) the background stores for the guard.
 */
let cached: { sum: string; source: string } | null = null;

function moduleFor(dir: string, files: string[]): string {
  const digest = createHash('sha256');
  for (const file of files) digest.update(`${file}\0`).update(readFileSync(join(dir, file)));
  const sum = digest.digest('hex');
  if (cached?.sum !== sum) cached = { sum, source: shippedListsModule(dir) };
  return cached.source;
}

/** Vite plugin: `import { compiled, id, lists } from 'virtual:keerpunt-shipped-lists'`. */
export function shippedListsPlugin(dir: string): Plugin {
  const resolved = `\0${VIRTUAL_ID}`;
  return {
    name: 'keerpunt-shipped-lists',
    resolveId: (id) => (id === VIRTUAL_ID ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      const registry = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
        lists: RegistryEntry[];
      };
      const files = ['index.json', ...registry.lists.map((e) => e.file)];
      for (const file of files) this.addWatchFile(join(dir, file));
      return moduleFor(dir, files);
    },
  };
}
