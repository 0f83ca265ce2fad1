/** `npm run lists -- …`: see lists.ts and keyword-lists/README.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { run } from './lists';

// `lists test … | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = run(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  writeFile: (path, data) => writeFileSync(path, data),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
