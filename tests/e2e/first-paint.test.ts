// The first screen comes drawn in the HTML: before any script runs (and with JavaScript off) the
// quick exit leaves and the emergency numbers can be called; a visitor in another language sees
// no English word meanwhile; then the app takes the page over without drawing it again.
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { OUTSIDE_DESTINATION } from '../../src/lib/exit';
import { PHONE, SHOTS, open, ready, serve, type Browser, type Served } from './browser';

/** Every piece of text a person can see (visible, not hidden by CSS), trimmed. */
const visibleText = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (text && el && el.closest('noscript') === null && el.checkVisibility({ checkVisibilityCSS: true } as CheckVisibilityOptions)) seen.push(text);
    }
    return seen;
  });

/** The element's middle is on screen and nothing covers it there (a tap would reach it). */
const tappable = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    return y > 0 && y < innerHeight && x > 0 && x < innerWidth && hit !== null && el.contains(hit);
  });

/** Holds the app's script back until `release()`: the page drawn at build time stays alone until then. */
async function holdApp(context: BrowserContext): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await context.route('**/assets/app-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('the first screen, before and without scripts', () => {
  let server: Served;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(() => server.close());
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it('with JavaScript off, Exit leaves for the outside page and 112 is a call link on screen', async () => {
    browser = await open({ javaScriptEnabled: false });
    const { page, context } = browser;
    await context.route(`${OUTSIDE_DESTINATION}**`, (r) => r.fulfill({ contentType: 'text/html', body: '<title>Google</title><p>outside</p>' }));
    await page.goto(`${server.url}#/en`);
    await page.screenshot({ path: `${SHOTS}/no-javascript.png` });

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Your rights, step by step');
    expect(await page.locator('noscript p').evaluate((p) => p.checkVisibility() && p.textContent)).toBe('This guide needs JavaScript.');
    const call = page.getByRole('link', { name: /Emergency\s*112/ });
    expect(await call.getAttribute('href')).toBe('tel:112');
    expect(await tappable(page, 'a[href="tel:112"]')).toBe(true);
    expect(await page.getByRole('link', { name: /Child Focus\s*116 000/ }).getAttribute('href')).toBe('tel:116000');

    const exit = page.getByRole('link', { name: /Exit/ });
    expect(await tappable(page, '.quick-exit')).toBe(true);
    await exit.click();
    await page.waitForURL(OUTSIDE_DESTINATION);
    expect(await page.textContent('body')).toContain('outside');
  });

  it('before any script has loaded, the title, the quick exit and the numbers are on screen', async () => {
    browser = await open();
    const { page, context } = browser;
    await context.route('**/assets/*.js', (r) => r.abort());
    await page.goto(`${server.url}#/en`);
    await page.getByRole('heading', { level: 1, name: 'Your rights, step by step' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-wait'))).toBe('app');
    expect(await tappable(page, '.quick-exit')).toBe(true);
    expect(await tappable(page, 'a[href="tel:112"]')).toBe(true);
    expect(await page.getByRole('link', { name: /Exit/ }).getAttribute('href')).toBe(OUTSIDE_DESTINATION);
  });

  it('a phone in French shows no English word before the app: only ✕, pictures and numbers', async () => {
    browser = await open({ locale: 'fr-FR' });
    const { page, context } = browser;
    const frenchText: string[] = [];
    page.on('request', (r) => r.url().endsWith('/locales/fr/ui.json') && frenchText.push(r.url()));
    await context.route('**/assets/*.js', (r) => r.abort());
    await page.goto(`${server.url}`);
    await page.waitForLoadState('load');
    // The French screen text is already on its way before any script file has loaded.
    expect(frenchText).toHaveLength(1);
    await page.screenshot({ path: `${SHOTS}/first-paint-fr.png` });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.getAttribute('data-wait')])).toEqual(['fr', 'app words']);
    expect(await visibleText(page)).toEqual(['✕', '112', '116 000']);
    expect(await tappable(page, '.quick-exit')).toBe(true);
    expect(await tappable(page, 'a[href="tel:112"]')).toBe(true);
    expect(await page.locator('img[src*="pictures/"]').first().isVisible()).toBe(true);

    await context.unroute('**/assets/*.js');
    frenchText.length = 0;
    await page.reload();
    await ready(page);
    await page.getByRole('heading', { level: 1, name: 'Tes droits, étape par étape' }).waitFor();
    expect(frenchText).toHaveLength(1); // the app took the one the page had started
    expect(await page.getByRole('link', { name: /Quitter/ }).isVisible()).toBe(true);
  });

  it('a link to another screen shows the shell, never the home screen, until that screen is drawn', async () => {
    browser = await open();
    const { page, context } = browser;
    await context.route('**/assets/*.js', (r) => r.abort());
    await page.goto(`${server.url}#/en/bill-of-rights/2`);
    await page.waitForLoadState('load');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0); // hidden from everyone
    expect(await visibleText(page)).not.toContain('Your rights, step by step');
    expect(await tappable(page, '.quick-exit')).toBe(true);
  });

  it('the app takes the drawn page over as it is: same nodes, working controls', async () => {
    browser = await open({ viewport: PHONE });
    const { page, context } = browser;
    // Hold the app back until the drawn page has been marked.
    const release = await holdApp(context);
    await page.goto(`${server.url}#/en`);
    await page.evaluate(() => {
      Object.assign(document.querySelector('h1')!, { drawnAtBuild: true });
      Object.assign(document.querySelector('.quick-exit')!, { drawnAtBuild: true });
    });
    release();
    await ready(page);
    expect(await page.evaluate(() => 'drawnAtBuild' in document.querySelector('h1')! && 'drawnAtBuild' in document.querySelector('.quick-exit')!)).toBe(true);

    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1'); // announced as before

    const language = page.getByRole('button', { name: /Language/ });
    await language.click();
    const panel = page.getByRole('group', { name: 'Choose your language' });
    await panel.waitFor();
    expect(await panel.getAttribute('id')).toBe(await language.getAttribute('aria-controls'));
    await page.getByRole('button', { name: /Français/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Tes droits, étape par étape' }).waitFor();
  });

  it('a person who scrolled before the app took over is left where they are', async () => {
    browser = await open({ viewport: PHONE });
    const { page, context } = browser;
    const release = await holdApp(context);
    await page.goto(`${server.url}#/en`);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction(() => scrollY > 0);
    const scrolled = await page.evaluate(() => scrollY);
    release();
    await ready(page);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  });
});
