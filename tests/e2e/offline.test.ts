// After one visit everything works with no network: the service worker takes control, the
// server is stopped, the browser goes offline, and a reload still shows the app.
import { describe, expect, it } from 'vitest';
import { useServedBrowser, visit } from './browser';

describe('offline after one visit', () => {
  const env = useServedBrowser();

  it('the home screen and a deep link in another language render from the cache', async () => {
    const { page, context } = env.browser;
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(`${env.server.url}#/en`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    // The first visit says once when the offline copy is complete; the browser registered the
    // worker itself (workbox-window is for updates, on later visits).
    await page.getByText('The app is ready. It now works without internet.').waitFor({ timeout: 30_000 });
    expect(fetched.filter((u) => u.includes('workbox-window'))).toEqual([]);
    // Wait until the precache is complete (the worker is activated only after install).
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active?.state;
    });

    await env.server.close();
    await context.setOffline(true);

    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Your rights');
    expect(await page.getByRole('link', { name: /Exit/ }).count()).toBe(1);

    await visit(page, `${env.server.url}#/fr/alone-in-belgium/2`);
    const title = page.getByRole('heading', { level: 1 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect((await title.textContent())?.trim()).not.toBe('A guardian to help you');
    expect(await page.getByText(/shown in English/).count()).toBe(0);
    expect(await page.locator('.step > img.picture').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });
});
