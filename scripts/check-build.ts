/**
 * After `wxt build`: the built extension must hold no readable shipped list. Every term of every
 * non-exception rule (6+ characters, as normalized) is looked for in every built file.
 * Exit 1 and the file + term (the term is the maintainers' own public list) when one is found.
 *
 * Words that Keerpunt's own help texts use in the open (lib/help: "minderjarigen", "mineurs") are not list leaks: they are skipped, and the number skipped is printed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseList } from '../lib/matching';
import { normalizeToText } from '../lib/text/normalize';

const outDir = process.argv[2] ?? '.output/chrome-mv3';
const registry = JSON.parse(readFileSync('keyword-lists/index.json', 'utf8')) as {
  lists: { file: string }[];
};

const terms = new Set<string>();
for (const { file } of registry.lists) {
  for (const rule of parseList(readFileSync(join('keyword-lists', file))).rules) {
    if (rule.exception) continue;
    for (const part of rule.parts) {
      for (const reading of part.readings)
        if (reading.length >= 6 && !reading.includes('{')) terms.add(reading);
    }
  }
}

// The help texts (every file of lib/help), normalized as list terms are, so a term they contain
// is recognized.
const helpText = [...files('lib/help')]
  .filter((path) => path.endsWith('.ts'))
  .map((path) => normalizeToText(readFileSync(path, 'utf8')))
  .join(' ');
let skipped = 0;
for (const term of [...terms]) {
  if (helpText.includes(term)) {
    terms.delete(term);
    skipped++;
  }
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let found = 0;
let scanned = 0;
for (const path of files(outDir)) {
  scanned++;
  const text = readFileSync(path, 'latin1').toLowerCase();
  for (const term of terms) {
    if (text.includes(term)) {
      console.log(`${path}: holds the readable list term "${term}"`);
      found++;
    }
  }
}
if (scanned === 0) {
  console.log(`${outDir}: no built files (run wxt build first)`);
  process.exitCode = 1;
} else {
  console.log(
    `${scanned} built files, ${terms.size} list terms (${skipped} more that the help texts use openly): ${found} found`,
  );
  process.exitCode = found > 0 ? 1 : 0;
}
