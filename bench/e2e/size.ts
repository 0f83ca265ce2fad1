/**
 * The content script's size as shipped: raw bytes and gzip (zlib, default level 6 — what a
 * store or a server would use; the browser itself reads the file uncompressed). Builds before
 * 2026-11-23 bundled the compiled shipped lists into it as one base64 string; where a build has
 * one (`KP_E2E_EXTENSION` may name an older build), its share is reported separately. Builds since
 * read the lists from storage (docs/architecture.md "The shipped lists in storage"): share 0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The content script the build's manifest declares (its first script), as a path inside the
 * extension: what is measured is whatever the build loads into search pages.
 */
export function contentScriptPath(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const script = manifest.content_scripts?.[0]?.js?.[0];
  if (!script) throw new Error(`${extensionDir}/manifest.json declares no content script`);
  return script;
}

export interface ScriptSize {
  rawBytes: number;
  gzipBytes: number;
  /** The longest base64 string literal in the bundle: the compiled shipped lists. */
  listsRawBytes: number;
  listsGzipBytes: number;
  /** The script with that literal emptied, gzipped: the code's own share. */
  codeGzipBytes: number;
}

/** A run of at least 1,000 base64 characters between quotes: the compiled lists, not code. */
const BASE64_LITERAL = /(["'`])([A-Za-z0-9+/]{1000,}={0,2})\1/g;

export function contentScriptSize(extensionDir: string): ScriptSize {
  const code = readFileSync(join(extensionDir, contentScriptPath(extensionDir)));
  const text = code.toString('latin1');
  let lists = '';
  for (const m of text.matchAll(BASE64_LITERAL)) {
    if (m[2]!.length > lists.length) lists = m[2]!;
  }
  const withoutLists = lists ? text.replace(lists, '') : text;
  return {
    rawBytes: code.length,
    gzipBytes: gzipSync(code).length,
    listsRawBytes: lists.length,
    listsGzipBytes: lists ? gzipSync(Buffer.from(lists, 'latin1')).length : 0,
    codeGzipBytes: gzipSync(Buffer.from(withoutLists, 'latin1')).length,
  };
}
