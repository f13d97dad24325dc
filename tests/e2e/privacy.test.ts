// Traces: a walk through both guides and the help page asks nothing of any other origin, sets
// no cookie, and leaves no record of which steps were read; "Forget this device" removes all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/content/guides';
import { open, serve, type Browser, type Served } from './browser';

describe('privacy', () => {
  let server: Served;
  let browser: Browser;
  const requests: string[] = [];
  beforeAll(async () => {
    server = await serve();
    browser = await open();
    browser.context.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('a walk through both guides and the help page stays on the app\'s origin', async () => {
    const { page } = browser;
    for (const guide of Object.values(GUIDES)) {
      await page.goto(`${server.url}#/en/${guide.id}/1`);
      for (let n = 1; n <= guide.steps.length; n++) {
        await page.getByText(`Step ${n} of ${guide.steps.length}`).waitFor();
        await page.getByRole('link', { name: /Next|Finish/ }).click();
      }
      await page.getByRole('heading', { level: 1, name: 'You finished' }).waitFor();
    }
    await page.goto(`${server.url}#/en/help`);
    await page.getByRole('heading', { level: 1, name: 'Get help' }).waitFor();
    await page.waitForLoadState('networkidle');
    const origin = new URL(server.url).origin;
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  });

  it('sets no cookie', async () => {
    expect(await browser.context.cookies()).toEqual([]);
    expect(await browser.page.evaluate(() => document.cookie)).toBe('');
  });

  it('storage holds the preferences only, no trace of the steps read', async () => {
    const { page } = browser;
    const stored = await page.evaluate(async () => {
      const local = Object.fromEntries(Object.entries(localStorage));
      const session = Object.fromEntries(Object.entries(sessionStorage));
      const dbs = (await indexedDB.databases()).map((d) => d.name);
      return { local, session, dbs };
    });
    expect(Object.keys(stored.local).every((k) => k === 'prefs')).toBe(true);
    const text = JSON.stringify(stored);
    for (const guide of Object.values(GUIDES)) {
      expect(text).not.toContain(guide.id);
      for (const step of guide.steps) expect(text).not.toContain(step.id);
    }
    expect(stored.session).toEqual({});
    expect(stored.dbs).toEqual([]);
  });

  it('"Forget this device" leaves no service worker, cache or storage', async () => {
    const { page } = browser;
    await page.goto(`${server.url}#/en/safety`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.evaluate(() => localStorage.setItem('prefs', JSON.stringify({ lang: 'en', rate: 0.8 })));
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Forget this device' }).click();
    await page.getByRole('button', { name: 'Yes, remove everything' }).click();
    await page.getByText('Done. This app has removed everything').waitFor();

    const left = await page.evaluate(async () => ({
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      caches: await caches.keys(),
      local: localStorage.length,
      session: sessionStorage.length,
      dbs: (await indexedDB.databases()).length,
    }));
    expect(left).toEqual({ workers: 0, caches: [], local: 0, session: 0, dbs: 0 });
  });
});
