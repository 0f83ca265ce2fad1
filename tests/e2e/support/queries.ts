/**
 * Test queries. Shipped-list queries are read at run time from the starter lists' own corpora
 * (keyword-lists/corpus), never written into the tests; personal terms are placeholder words.
 */
import { readFileSync } from 'node:fs';

/**
 * The first query of a corpus, or of its first section whose `# ` heading starts with `section`.
 * The browser runs in English (`--lang=en-US`); the extension always uses the English starter
 * list besides the browser language's, so the English section is caught whatever else changes.
 */
function firstLine(file: string, section?: string): string {
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const start = section ? lines.findIndex((l) => l.startsWith(`# ${section}`)) : 0;
  const line = lines.slice(Math.max(start, 0)).find((l) => l !== '' && !l.startsWith('#'));
  if (!line) throw new Error(`${file} has no query`);
  return line;
}

/** A query the shipped lists catch (first query of the risky corpus's English section). */
export const RISKY = firstLine('keyword-lists/corpus/risky.txt', 'English');
/** A query the shipped lists let through (first query of the benign corpus's English section). */
export const BENIGN = firstLine('keyword-lists/corpus/benign.txt', 'English');
/** Placeholder for personal terms. */
export const PERSONAL_TERM = 'zebra';
