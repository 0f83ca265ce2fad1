/**
 * After `wxt build`: the search guard (the content script every search page loads at
 * `document_start`) stays within its budget, 15 KiB gzipped ([6/6]; measured the same way as
 * `npm run bench:e2e` reports it, bench/e2e/size.ts), and starts its storage read before its
 * other modules run (entrypoints/search/read.ts): the read's call within the script's first
 * 512 bytes, where only the browser namespace and the storage keys come before it. Exit 1 with
 * the figures when either does not hold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOALS } from '../bench/e2e/report';
import { contentScriptPath, contentScriptSize } from '../bench/e2e/size';

const READ_WITHIN = 512;

const outDir = process.argv[2] ?? '.output/chrome-mv3';
const script = contentScriptPath(outDir);
let failed = false;

const size = contentScriptSize(outDir);
const budget = GOALS.contentScriptGzipBytes;
const line = `${script}: ${size.gzipBytes} bytes gzipped (${size.rawBytes} raw), budget ${budget}`;
if (size.gzipBytes > budget) {
  console.log(`${line}: over by ${size.gzipBytes - budget}`);
  failed = true;
} else console.log(`${line}: ${budget - size.gzipBytes} to spare`);

const code = readFileSync(join(outDir, script), 'utf8');
const read = code.indexOf('.storage.local.get(');
if (read < 0 || read > READ_WITHIN) {
  console.log(
    `${script}: the storage read starts at byte ${read < 0 ? 'none' : read}, not within the first ` +
      `${READ_WITHIN}: something now runs before it (index.ts must import first-read.ts first)`,
  );
  failed = true;
} else console.log(`${script}: the storage read starts at byte ${read} (within ${READ_WITHIN})`);

if (failed) process.exit(1);
