// `npm run bench`: figures, not pass/fail. Builds, serves the build as deployed (nginx with
// deploy/nginx.conf, src/tools/nginx.mjs), then prints the first-visit bytes of the home screen
// (every request a phone's browser makes, pictures and icons included), the offline package, the
// computer voice's audio per language, the
// build time, a step change's render time, and Lighthouse's mobile scores with LCP, in one run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { firstVisit, offlinePackage, voiceAudio } from './measure.mjs';
import { serveWithNginx } from './nginx.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
const row = (name, value) => {
  rows.push([name, value]);
  console.log(`${name.padEnd(44)} ${value}`);
};

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
const dirty = execFileSync('git', ['status', '--porcelain']).toString().trim() ? ' (with uncommitted changes)' : '';
console.log(`Benchmark of ${commit}${dirty}, ${new Date().toISOString()}\n`);

const started = performance.now();
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
row('build time', `${((performance.now() - started) / 1000).toFixed(1)} s`);

const server = await serveWithNginx('dist');
const url = server.url;
const executablePath = findChromium();

/** A fresh browser profile on a 360 px phone (nothing cached, no service worker yet). */
const phone = (options = {}) =>
  chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bench-')), { executablePath, args: CHROMIUM_ARGS, viewport: { width: 360, height: 740 }, ...options });
const context = await phone();
const page = context.pages()[0];
const visit = await firstVisit(page, `${url}#/en`);
row('first visit, home screen (gzip)', `${kb(visit.bytes)} in ${visit.entries.length} requests (budget 45 KB)`);
const byKind = new Map();
for (const e of visit.entries) {
  const kind = e.type === 'other' ? 'icon' : e.type;
  const [n, bytes] = byKind.get(kind) ?? [0, 0];
  byKind.set(kind, [n + 1, bytes + e.bytes]);
}
for (const [kind, [n, bytes]] of [...byKind].sort((a, b) => b[1][1] - a[1][1])) row(`  ${kind}`, `${kb(bytes)} in ${n}`);
for (const e of visit.entries) console.log(`${''.padEnd(46)}${String(e.bytes).padStart(6)} B  ${e.path}`);
// The same first visit on a phone set to Arabic: its screen text comes too (not budgeted, shown).
{
  const other = await phone({ locale: 'ar' });
  const ar = await firstVisit(other.pages()[0], `${url}#/`);
  row('first visit, home screen, phone in Arabic', `${kb(ar.bytes)} in ${ar.entries.length} requests`);
  await other.close();
}
const pack = offlinePackage('dist');
row('offline package, all languages (gzip)', `${kb(pack.bytes)} in ${pack.files} files (budget 2048 KB)`);
// Computer voice: on demand (a step on "Read to me", the rest on "Keep the voice"), not precached.
const voices = voiceAudio('public');
for (const v of voices) {
  row(`computer voice audio, ${v.lang} (eSpeak ${v.voice})`, `${(v.bytes / 1e6).toFixed(2)} MB, ${(v.seconds / 60).toFixed(1)} min, ${v.files} files (budget 4 MB)`);
}
row('computer voice audio, all languages', `${(voices.reduce((n, v) => n + v.bytes, 0) / 1e6).toFixed(2)} MB`);

// A step change: from the tap on Next to the new title on screen, in animation frames.
await page.goto(`${url}#/en/bill-of-rights/1`);
await page.locator('a[rel="next"]').waitFor();
const frames = [];
for (let i = 0; i < 10; i++) {
  frames.push(
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const before = document.querySelector('h1')?.textContent;
          const start = performance.now();
          document.querySelector('a[rel="next"]').click();
          const check = () => (document.querySelector('h1')?.textContent !== before ? resolve(performance.now() - start) : requestAnimationFrame(check));
          check();
        }),
    ),
  );
}
frames.sort((a, b) => a - b);
row('step change to new title (median of 10)', `${frames[5].toFixed(1)} ms`);
await context.close();

const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
try {
  const result = await lighthouse(`${url}#/en`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  const { categories, audits } = result.lhr;
  row('Lighthouse performance (mobile)', Math.round(categories.performance.score * 100));
  row('Lighthouse accessibility', Math.round(categories.accessibility.score * 100));
  row('Lighthouse best practices', Math.round(categories['best-practices'].score * 100));
  row('Lighthouse LCP (mobile, simulated)', audits['largest-contentful-paint'].displayValue);
  row('Lighthouse CLS', audits['cumulative-layout-shift'].displayValue);
  for (const shift of audits['layout-shifts']?.details?.items ?? []) row('  layout shift', `${shift.score?.toFixed(3)} ${shift.node?.selector ?? ''}`);
  // A child whose app is in Arabic: the words wait for the app and the Arabic text (first-paint.js).
  const ar = (await lighthouse(`${url}#/ar`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })).lhr;
  row('Lighthouse performance, #/ar (mobile)', Math.round(ar.categories.performance.score * 100));
  row('Lighthouse LCP, #/ar (mobile, simulated)', ar.audits['largest-contentful-paint'].displayValue);
} finally {
  await chrome.kill();
  await server.close();
}
