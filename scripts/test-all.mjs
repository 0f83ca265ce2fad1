#!/usr/bin/env node
/**
 * `npm test`: every suite, one summary. Static checks (typecheck, lint, format, build) count as
 * one test each, and so does a quick benchmark run that checks only the shape of its output;
 * Vitest's unit tests, the collector's tests and the end-to-end tests (Playwright on Chromium, Vitest + puppeteer-core on
 * Firefox, after the builds) count one by one.
 * The last line is `N passed, N failed` (CI reads it), and the exit code is 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const results = [];

function step(name, command, args, { env } = {}) {
  process.stdout.write(`\n── ${name}: ${[command, ...args].join(' ')}\n`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  process.stdout.write(
    `── ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return ok;
}

function check(name, command, args) {
  const ok = step(name, command, args);
  results.push({ suite: name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

/** A Vitest run (its own config if given), counted test by test from its JSON report. */
function vitest(name, configArgs = []) {
  const dir = mkdtempSync(join(tmpdir(), 'kp-vitest-'));
  const report = join(dir, 'report.json');
  const ok = step(name, 'npx', [
    'vitest',
    'run',
    ...configArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests;
    // Failed suites (a file that does not load) have no test count of their own: count each.
    failed =
      json.numFailedTests +
      (json.numFailedTestSuites > 0 && json.numFailedTests === 0 ? json.numFailedTestSuites : 0);
    if (!ok && failed === 0) failed = 1;
  }
  rmSync(dir, { recursive: true, force: true });
  results.push({ suite: name, passed, failed });
}

/** Firefox ESR over WebDriver BiDi against the Firefox build (tests/e2e-firefox/README.md). */
function e2eFirefox(built) {
  const name = 'end-to-end tests (firefox)';
  if (!built) {
    process.stdout.write(`\n── ${name}: skipped, the Firefox build failed (counted as 1 failed)\n`);
    results.push({ suite: name, passed: 0, failed: 1 });
    return;
  }
  vitest(name, ['--config', 'vitest.e2e-firefox.config.ts']);
}

/** Playwright against the Chrome build (tests/e2e/README.md); JSON reporter → test counts. */
function e2e(built) {
  const name = 'end-to-end tests';
  if (!built) {
    process.stdout.write(`\n── ${name}: skipped, the Chrome build failed (counted as 1 failed)\n`);
    results.push({ suite: name, passed: 0, failed: 1 });
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kp-e2e-'));
  const report = join(dir, 'report.json');
  const ok = step(name, 'npx', ['playwright', 'test', '--reporter=list,json'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: report },
  });
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (existsSync(report)) {
    const { stats, errors = [] } = JSON.parse(readFileSync(report, 'utf8'));
    passed = stats.expected + stats.flaky;
    // Errors outside any test (config, a file that does not load) count once each.
    failed = stats.unexpected + errors.length;
    if (!ok && failed === 0) failed = 1;
  }
  rmSync(dir, { recursive: true, force: true });
  results.push({ suite: name, passed, failed });
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
check('format', 'npx', ['prettier', '--check', '.']);
vitest('unit tests');
// The reach collector: unit and HTTP tests on SQLite and on a real PostgreSQL on loopback
// (collector/test/postgres-setup.ts starts it; .ci/run installs it).
vitest('collector tests', ['--config', 'vitest.collector.config.ts']);
const chromeBuilt = check('build (chrome)', 'npx', ['wxt', 'build']);
check('build holds no readable list', 'npx', [
  'tsx',
  'scripts/check-build.ts',
  '.output/chrome-mv3',
]);
check('content script within its size budget, its read first', 'npx', [
  'tsx',
  'scripts/check-size.ts',
  '.output/chrome-mv3',
]);
const firefoxBuilt = check('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
e2e(chromeBuilt);
e2eFirefox(firefoxBuilt);
check('benchmark runs (quick, shape only)', 'node', ['scripts/bench-smoke.mjs']);
// The browser benchmark on the build above: 5 navigations each, every figure present, no frame
// of results; goals are not judged (bench/e2e/README.md).
check('browser benchmark runs (quick, shape only)', 'npm', [
  'run',
  'bench:e2e',
  '--',
  '--smoke',
  '--no-build',
]);
check('collector benchmark runs (quick, shape only)', 'npm', [
  'run',
  'bench:collector',
  '--',
  '--smoke',
]);

process.stdout.write('\n');
for (const r of results)
  process.stdout.write(`${r.suite}: ${r.passed} passed, ${r.failed} failed\n`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
