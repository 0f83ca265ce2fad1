/**
 * After `wxt build`: the search guard (the content script every search page loads at
 * `document_start`) stays within its budget, 15 KiB gzipped ([6/6]; measured the same way as
 * `npm run bench:e2e` reports it, bench/e2e/size.ts). Exit 1 with the figures when it does not.
 */
import { GOALS } from '../bench/e2e/report';
import { contentScriptPath, contentScriptSize } from '../bench/e2e/size';

const outDir = process.argv[2] ?? '.output/chrome-mv3';
const script = contentScriptPath(outDir);
const size = contentScriptSize(outDir);
const budget = GOALS.contentScriptGzipBytes;
const line = `${script}: ${size.gzipBytes} bytes gzipped (${size.rawBytes} raw), budget ${budget}`;
if (size.gzipBytes > budget) {
  console.log(`${line}: over by ${size.gzipBytes - budget}`);
  process.exit(1);
}
console.log(`${line}: ${budget - size.gzipBytes} to spare`);
