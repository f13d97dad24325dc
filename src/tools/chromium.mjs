// Finds a headless Chromium for the browser tests: $CHROMIUM_PATH (or $CHROME_PATH), the
// system's /usr/bin/chromium, or Playwright's own; where none is installed, installs one
// (Debian's package when running as root on Debian, else Playwright's download), saying so.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function found() {
  for (const p of [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, ...SYSTEM]) if (p && existsSync(p)) return p;
  try {
    const p = chromium.executablePath();
    if (p && existsSync(p)) return p;
  } catch {
    /* Playwright has none */
  }
  return undefined;
}

export function findChromium() {
  const path = found();
  if (path) return path;
  const root = process.getuid?.() === 0;
  if (root && existsSync('/etc/debian_version')) {
    console.log('No Chromium found: installing Debian\'s package (apt-get install chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core fonts-noto-cjk', { stdio: 'inherit' });
  } else {
    console.log("No Chromium found: downloading Playwright's (npx playwright-core install chromium)…");
    execSync('npx playwright-core install chromium', { stdio: 'inherit' });
  }
  const after = found();
  if (!after) throw new Error('Could not find or install Chromium. Set CHROMIUM_PATH to a Chromium or Chrome binary.');
  return after;
}

/** Flags for a quiet headless Chromium on a closed network (../shared/design/toolchain.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
