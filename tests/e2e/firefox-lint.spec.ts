/**
 * Area 6: the Firefox build passes `web-ext lint` without errors (runs offline). It reads
 * `.output/firefox-mv3`, which `npm test` builds (`npx wxt build -b firefox`); no browser starts.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const FIREFOX_BUILD = '.output/firefox-mv3';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

test('web-ext lint reports no errors for the Firefox build', async () => {
  test.setTimeout(120_000);
  expect(
    existsSync(`${FIREFOX_BUILD}/manifest.json`),
    `${FIREFOX_BUILD} missing: run \`npx wxt build -b firefox\` first`,
  ).toBe(true);
  const run = promisify(execFile);
  const { stdout } = await run(
    'npx',
    ['web-ext', 'lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'],
    { maxBuffer: 16 * 1024 * 1024 },
  ).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' })); // exit 1 when there are errors
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
    count: number;
    errors: LintMessage[];
    warnings: LintMessage[];
  };
  const errors = report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`);
  expect(errors).toEqual([]);
});
