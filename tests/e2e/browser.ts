// Shared by the real-browser tests: serve the production build (dist/) with Vite's preview
// server on a free port, and drive Chromium with a fresh profile through playwright-core.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { CHROMIUM_ARGS, findChromium } from '../../src/tools/chromium.mjs';

export const PHONE = { width: 360, height: 740 };
export const LAPTOP = { width: 1280, height: 800 };
/** Screenshots and PDFs the tests leave for a person to look at. */
export const SHOTS = 'test-results/screens';

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/, or another built folder (a copy a test may change). */
export async function serve(outDir = 'dist'): Promise<Served> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: process.cwd(),
    base: './',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/**
 * Waits until the app has taken the page over: the page arrives with the English home screen
 * already drawn (src/tools/prerender.ts) and marked html[data-wait] until the app's script has
 * run (src/lib/first-paint.js, src/main.tsx); then waits for the main heading.
 */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-wait'), undefined, { timeout: 30_000 });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/**
 * Opens an address as a fresh page load (not a same-document hash change, which would leave the
 * previous screen up while the next one loads) and waits until the app shows it.
 */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  await ready(page);
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Headless Chromium here has no sound card: with ALSA's null device it still plays audio through
 * (faster than real time; `ended` fires); without it, audio starts and never advances.
 */
export const AUDIO_ARGS = ['--alsa-output-device=null'];

export async function open(
  options: { viewport?: { width: number; height: number }; locale?: string; init?: string; args?: string[]; javaScriptEnabled?: boolean } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium() as string,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    viewport: options.viewport ?? PHONE,
    locale: options.locale ?? 'en-GB',
    serviceWorkers: 'allow',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  if (options.init) await context.addInitScript(options.init);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A preview server and a browser for the tests of one file: started before them, stopped after. */
export function useServedBrowser(options: Parameters<typeof open>[0] = {}): { server: Served; browser: Browser } {
  const env = {} as { server: Served; browser: Browser };
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    env.server = await serve();
    env.browser = await open(options);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close().catch(() => undefined);
  });
  return env;
}
