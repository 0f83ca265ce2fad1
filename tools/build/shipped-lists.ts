/**
 * Compiles the shipped lists (keyword-lists/index.json) at build time, so the built extension
 * holds only keyed hashes, never a readable list (DESIGN.md "Keeping results from being
 * painted": the compiled shipped lists are bundled into the content script).
 */
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
import { pack } from '../../lib/matching/packed';

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
 * The module source: the compiled set in its packed form (lib/matching/packed.ts) as base64, and
 * the registry without file names.
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
  return [
    `export const compiled = ${JSON.stringify(Buffer.from(pack(load(bytes))).toString('base64'))};`,
    `export const lists = ${JSON.stringify(meta)};`,
  ].join('\n');
}

/** Vite plugin: `import { compiled, lists } from 'virtual:keerpunt-shipped-lists'`. */
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
      this.addWatchFile(join(dir, 'index.json'));
      for (const e of registry.lists) this.addWatchFile(join(dir, e.file));
      return shippedListsModule(dir);
    },
  };
}
