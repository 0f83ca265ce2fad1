/**
 * `npx tsx bench/e2e/floor.ts [--navigations N] [--variants a,b,…]`: what a clean search's first
 * paint costs with less than the search guard, measured in one run against the same reference
 * (a browser without the extension), so that the guard's delay can be read against its floor.
 *
 * Variants (all but `plain` are copies of the built extension, `.output/chrome-mv3`, with the
 * same manifest, background and fake sites; only the search guard's script and style differ):
 * - `plain`: a second browser without the extension (the A/A check: its "delay" should be 0, and
 *   what it is instead is the noise of the method at the load of the moment);
 * - `empty`: the content script at `document_start` is `void 0` and there is no stylesheet;
 * - `css`: the guard's stylesheet (the page hidden until marked clear) and a script that marks it
 *   clear in its first line, deciding nothing;
 * - `read`: the same, but the page is marked clear when `storage.local.get` of what the guard
 *   reads (the shipped lists, the person's rules and settings) has answered: the floor of a guard
 *   that must read the person's rules before a clean page may paint;
 * - `built`: the built extension as it is.
 *
 * Each round opens the same clean search in every browser, in an order that turns round each
 * time (as in run.ts); 5 warm-up rounds are not counted. The delay of a variant is its median
 * (p95) first contentful paint minus the reference's, as `npm run bench:e2e` reports it, and the
 * paired figure is the median of the per-round differences.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertBuilt,
  EXTENSION_DIR,
  launch,
  onboardingTab,
  type Launched,
} from '../../tests/e2e/support/extension';
import { BENIGN } from '../../tests/e2e/support/queries';
import { SITES, resultsUrl, serveFakeSites } from '../../tests/e2e/support/sites';
import { GUARD_KEY } from '../../lib/settings/guard';
import { SHIPPED_KEY } from '../../lib/settings/shipped';
import { measureClean, Tab } from './measure';
import { distribution } from './report';

const WARMUP = 5;
const VARIANTS = ['plain', 'empty', 'css', 'read', 'built'] as const;
type Variant = (typeof VARIANTS)[number];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const navigations = Number(option('--navigations') ?? 60);
const variants = (option('--variants') ?? VARIANTS.join(',')).split(',') as Variant[];
if (
  !Number.isInteger(navigations) ||
  navigations < 1 ||
  variants.length === 0 ||
  variants.some((v) => !VARIANTS.includes(v))
) {
  process.stderr.write(
    `usage: npx tsx bench/e2e/floor.ts [--navigations N] [--variants ${VARIANTS.join(',')}]\n`,
  );
  process.exit(2);
}

/** A copy of the built extension whose guard runs `script`, with or without its stylesheet. */
function variantOf(root: string, name: string, script: string, keepStyle: boolean): string {
  const dir = join(root, name);
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts: { js: string[]; css?: string[] }[];
  };
  const guard = manifest.content_scripts[0]!;
  if (!keepStyle) delete guard.css;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  for (const file of guard.js) writeFileSync(join(dir, file), script);
  return dir;
}

/** The records the search guard reads before it decides (entrypoints/search/guard.ts). */
const GUARD_READS = [SHIPPED_KEY, GUARD_KEY, 'settings'];

assertBuilt();
const root = mkdtempSync(join(tmpdir(), 'kp-floor-'));
const dirs: Record<Exclude<Variant, 'plain'>, () => string> = {
  empty: () => variantOf(root, 'empty', 'void 0;\n', false),
  css: () =>
    variantOf(
      root,
      'css',
      "document.documentElement.setAttribute('data-keerpunt', 'clear');\n",
      true,
    ),
  read: () =>
    variantOf(
      root,
      'read',
      `chrome.storage.local.get(${JSON.stringify(GUARD_READS)}).then(() => ` +
        "document.documentElement.setAttribute('data-keerpunt', 'clear'));\n",
      true,
    ),
  built: () => EXTENSION_DIR,
};

interface Browser {
  label: string;
  launched: Launched;
  tab?: Tab;
  fcp: number[];
  paired: number[];
}
const browsers: Browser[] = [];
try {
  for (const label of ['reference', ...variants] as const) {
    const launched =
      label === 'reference' || label === 'plain'
        ? await launch({ withExtension: false })
        : await launch({ extensionDir: dirs[label]() });
    browsers.push({ label, launched, fcp: [], paired: [] });
    await serveFakeSites(launched.context);
    if (label !== 'reference' && label !== 'plain') {
      await (await onboardingTab(launched.context)).close();
    }
  }
  for (const b of browsers) b.tab = await Tab.first(b.launched.context);
  const sites = SITES.filter((s) => !s.post);
  const loadStart = loadavg()[0]!;
  for (let i = 0; i < WARMUP + navigations; i++) {
    const url = resultsUrl(sites[i % sites.length]!, BENIGN);
    const order = i % 2 === 0 ? browsers : [...browsers].reverse();
    const round = new Map<Browser, number>();
    for (const b of order) round.set(b, (await measureClean(b.tab!, url)).fcpMs);
    if (i < WARMUP) continue;
    const reference = round.get(browsers[0]!)!;
    for (const b of browsers) {
      b.fcp.push(round.get(b)!);
      b.paired.push(round.get(b)! - reference);
    }
  }
  const [reference, ...rest] = browsers.map((b) => ({ b, d: distribution(b.fcp) }));
  console.log(
    `Clean search, first contentful paint (ms after navigation start), ${navigations} rounds; ` +
      `load average ${loadStart.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at the end`,
  );
  console.log(
    `  ${'reference'.padEnd(9)}  median ${reference!.d.median.toFixed(1)}  p95 ${reference!.d.p95.toFixed(1)}`,
  );
  for (const { b, d } of rest) {
    const paired = distribution(b.paired);
    console.log(
      `  ${b.label.padEnd(9)}  median ${d.median.toFixed(1)}  p95 ${d.p95.toFixed(1)}  ` +
        `delay: median ${(d.median - reference!.d.median).toFixed(1)}, ` +
        `p95 ${(d.p95 - reference!.d.p95).toFixed(1)}, paired median ${paired.median.toFixed(1)}`,
    );
  }
} finally {
  await Promise.all(browsers.map((b) => b.launched.close()));
  rmSync(root, { recursive: true, force: true });
}
