// Bad things that happen to real people: a language file that fails to load or is broken, an
// update arriving mid-session, a network that drops during the first visit.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { open, serve, type Browser, type Served } from './browser';

const controlled = (b: Browser) =>
  b.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

describe('hardening', () => {
  let server: Served | undefined;
  let browser: Browser | undefined;
  const folders: string[] = [];
  afterEach(async () => {
    await browser?.close();
    await server?.close().catch(() => undefined);
    folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true }));
  });

  for (const [what, answer] of [
    ['fails to load', { status: 500, body: 'server error' }],
    ['does not parse', { status: 200, body: '{"home": {"title": "broken' }],
  ] as const) {
    it(`a language file that ${what} falls back to English and says so`, async () => {
      server = await serve();
      browser = await open();
      await browser.context.route('**/locales/fr/ui.json', (r) => r.fulfill({ ...answer, contentType: 'application/json' }));
      await browser.page.goto(`${server.url}#/fr`);
      await browser.page.getByRole('heading', { level: 1, name: 'Your rights, step by step' }).waitFor();
      await browser.page.getByText('Some text could not be loaded in your language').waitFor();
      expect(await browser.page.evaluate(() => document.documentElement.lang)).toBe('fr');
      expect(await browser.page.getByRole('link', { name: /Exit/ }).count()).toBe(1);
    });
  }

  // A first visit registers the worker through the browser alone; a later one through
  // workbox-window (src/lib/sw.ts): an update found mid-session is offered the same way in both.
  it.each(['first', 'later'])('an update mid-session (%s visit) is offered, never forced, and keeps the current step when accepted', async (when) => {
    const copy = mkdtempSync(join(tmpdir(), 'dist-'));
    folders.push(copy);
    cpSync('dist', copy, { recursive: true });
    server = await serve(copy);
    browser = await open();
    const { page } = browser;
    await page.goto(`${server.url}#/en/bill-of-rights/5`);
    await controlled(browser);
    if (when === 'later') {
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('workbox-window')), undefined, { timeout: 30_000 });
    }
    const title = await page.getByRole('heading', { level: 1 }).textContent();

    appendFileSync(join(copy, 'sw.js'), '\n// a new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByText('A new version of the app is ready.').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    expect(page.url()).toMatch(/#\/en\/bill-of-rights\/5$/);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.getByRole('button', { name: 'Update now' }).click();
    await page.waitForFunction(() => !('__sameDocument' in window), undefined, { timeout: 30_000 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(page.url()).toMatch(/#\/en\/bill-of-rights\/5$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
  });

  it('a network that drops during the first visit: the next visit completes the offline install', async () => {
    server = await serve();
    browser = await open();
    const { page, context } = browser;
    await context.route('**/pictures/**', (r) => r.abort('internetdisconnected'));
    await page.goto(`${server.url}#/en`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(3000);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

    await context.unroute('**/pictures/**');
    await page.reload();
    await controlled(browser);
    await context.setOffline(true);
    await page.goto(`${server.url}#/en/alone-in-belgium/2`);
    await page.getByRole('heading', { level: 1, name: 'A guardian to help you' }).waitFor();
  });
});
