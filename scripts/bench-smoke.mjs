#!/usr/bin/env node
/**
 * The benchmark still runs end to end: `npm run --silent bench -- --quick --json` must print, as
 * its last stdout line, the summary object with every field the issue names. Times are not
 * judged here (that is what `npm run bench` is for); only that the harness works.
 */
import { spawnSync } from 'node:child_process';

const r = spawnSync('npm', ['run', '--silent', 'bench', '--', '--quick', '--json'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const last = r.stdout.trim().split('\n').at(-1) ?? '';
const fields = [
  'rules',
  'median_us',
  'p99_us',
  'build_ms',
  'cold_ms',
  'heap_mb',
  'p99_vs_ahocorasick',
  'p99_vs_regexp',
  'p99_200k_vs_1k',
];
let ok = r.status === 0;
let summary;
try {
  summary = JSON.parse(last);
} catch {
  ok = false;
}
if (summary) {
  for (const f of fields) {
    if (!(f in summary)) {
      console.log(`bench summary lacks "${f}"`);
      ok = false;
    }
  }
  for (const f of ['median_us', 'p99_us', 'build_ms', 'cold_ms', 'heap_mb']) {
    if (!(typeof summary[f] === 'number' && summary[f] > 0)) {
      console.log(`bench summary "${f}" is not a positive number: ${summary[f]}`);
      ok = false;
    }
  }
}
console.log(
  ok ? `bench smoke: ok (${last})` : `bench smoke: FAILED (exit ${r.status}; last line: ${last})`,
);
process.exitCode = ok ? 0 : 1;
