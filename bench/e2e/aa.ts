/**
 * `npx tsx bench/e2e/aa.ts [--navigations N]`: the browser benchmark's noise floor (an A/A
 * check). Two browsers WITHOUT the extension, launched and driven exactly like the two of
 * `npm run bench:e2e` (same flags, same fake sites, same alternation, 5 warm-up rounds), measure
 * the same clean searches; the "delay" between them should be 0, and what it is instead is the
 * smallest delay the real run can tell apart from noise on this machine at this load.
 */
import { loadavg } from 'node:os';
import { launch } from '../../tests/e2e/support/extension';
import { BENIGN } from '../../tests/e2e/support/queries';
import { SITES, resultsUrl, serveFakeSites } from '../../tests/e2e/support/sites';
import { measureClean, Tab } from './measure';
import { distribution } from './report';

const WARMUP = 5;
const at = process.argv.indexOf('--navigations');
const navigations = at >= 0 ? Number(process.argv[at + 1]) : 60;
if (!Number.isInteger(navigations) || navigations < 1) {
  process.stderr.write('usage: npx tsx bench/e2e/aa.ts [--navigations N]\n');
  process.exit(2);
}

const sites = SITES.filter((s) => !s.post);
const first = await launch({ withExtension: false });
const second = await launch({ withExtension: false });
try {
  for (const b of [first, second]) await serveFakeSites(b.context);
  const tabs = [await Tab.first(first.context), await Tab.first(second.context)] as const;
  const fcp: [number[], number[]] = [[], []];
  const loadStart = loadavg()[0]!;
  for (let i = 0; i < WARMUP + navigations; i++) {
    const url = resultsUrl(sites[i % sites.length]!, BENIGN);
    // Which browser goes first alternates, as in run.ts.
    for (const which of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const { fcpMs } = await measureClean(tabs[which]!, url);
      if (i >= WARMUP) fcp[which]!.push(fcpMs);
    }
  }
  const [a, b] = fcp.map((xs) => distribution(xs));
  const line = (label: string, d: typeof a) =>
    `  ${label}  n ${d!.n}  median ${d!.median.toFixed(1)} ms  p95 ${d!.p95.toFixed(1)} ms`;
  console.log(
    `A/A: two browsers without the extension, load average ${loadStart.toFixed(2)} at start`,
  );
  console.log(line('first ', a));
  console.log(line('second', b));
  console.log(
    `  "delay" (first − second): median ${(a!.median - b!.median).toFixed(1)} ms, p95 ${(a!.p95 - b!.p95).toFixed(1)} ms`,
  );
} finally {
  await Promise.all([first.close(), second.close()]);
}
