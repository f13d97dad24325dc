// `npm test`: every check, in order — typecheck, unit and component tests, the production build,
// then the real-browser tests in headless Chromium (some through nginx). Prints the plain count
// "N passed, N failed" as its last line (CI reads it) and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './chromium.mjs';
import { findNginx } from './nginx.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'tests-'));
let passed = 0;
let failed = 0;
let skipped = 0;

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is not a test runner counts as one check. */
function step(title, command, args) {
  if (run(title, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${title} failed`);
  }
}

function vitest(title, config) {
  const out = join(tmp, `${title}.json`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...(config ? ['--config', config] : [])];
  const ok = run(title, 'npx', args);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    // A suite that fails to load has no tests to count: count it as a failure.
    if (!ok && report.numFailedTests === 0) failed += 1;
  } catch {
    if (!ok) failed += 1;
  }
}

step('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
vitest('unit');
step('build', 'npx', ['vite', 'build']);
try {
  const chromium = findChromium();
  console.log(`\nChromium: ${chromium}`);
  // The build is served through nginx as deployed (tests/e2e/nginx.test.ts): installed here if
  // missing, so that the install does not eat into a test's time.
  console.log(`nginx: ${findNginx()}`);
  vitest('browser', 'vitest.e2e.config.ts');
} catch (error) {
  console.log(`✗ no Chromium or nginx for the browser tests: ${error.message}`);
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
