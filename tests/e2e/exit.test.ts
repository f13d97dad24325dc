// Quick exit in a real browser: hides at once, leaves, leaves nothing to come back to.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { open, serve, type Browser, type Served } from './browser';

const OUTSIDE = /^https:\/\/www\.google\.com\//;

describe('quick exit', () => {
  let server: Served;
  let browser: Browser;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    browser = await open();
    // The outside destination is answered here: tests send nothing to the internet.
    await browser.context.route(OUTSIDE, (r) => r.fulfill({ contentType: 'text/html', body: '<title>Google</title>' }));
  });
  afterEach(() => browser.close());

  async function onStep() {
    const { page } = browser;
    await page.goto(`${server.url}neutral.html`);
    await page.goto(`${server.url}#/en/bill-of-rights/1`);
    await page.getByRole('link', { name: /Next/ }).click();
    await page.getByRole('link', { name: /Next/ }).click();
    await page.waitForURL(/bill-of-rights\/3$/);
  }

  it('a tap hides everything within 100 ms, blanks the title and leaves', async () => {
    await onStep();
    const { page } = browser;
    const hiddenAfter = await page.evaluate(() => {
      const start = performance.now();
      document.querySelector<HTMLAnchorElement>('.quick-exit')!.click();
      const main = document.querySelector('main')!;
      const hidden = getComputedStyle(main).visibility === 'hidden' && document.title === '';
      return hidden ? performance.now() - start : -1;
    });
    expect(hiddenAfter).toBeGreaterThanOrEqual(0);
    expect(hiddenAfter).toBeLessThan(100);
    await page.waitForURL(OUTSIDE);
  });

  it('Shift pressed three times announces each press, then leaves', async () => {
    await onStep();
    const { page } = browser;
    await page.keyboard.press('Shift');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Shift pressed 1 time/ }).count()).toBe(1);
    await page.keyboard.press('Shift');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Shift pressed 2 times/ }).count()).toBe(1);
    await page.keyboard.press('Shift');
    await page.waitForURL(OUTSIDE);
  });

  it('after an exit, Back never brings a step back', async () => {
    await onStep();
    const { page } = browser;
    await page.getByRole('link', { name: /Exit/ }).click();
    await page.waitForURL(OUTSIDE);
    await page.goBack();
    expect(page.url()).not.toContain('#/en/bill-of-rights');
    expect(await page.getByRole('heading', { name: 'Four rules for every right' }).count()).toBe(0);
  });

  it('offline, it lands on the app\'s own neutral page, not a browser error', async () => {
    await onStep();
    const { page, context } = browser;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await context.setOffline(true);
    await page.getByRole('link', { name: /Exit/ }).click();
    await page.waitForURL(/neutral\.html$/);
    expect(await page.title()).toBe('New tab');
    expect(await page.locator('body').innerText()).toBe('');
    expect(await page.locator('a').count()).toBe(0);
  });

  it('a page restored from the back/forward cache shows home, not the step', async () => {
    await onStep();
    const { page } = browser;
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await page.waitForURL(/#\/en$/);
    await page.getByRole('heading', { level: 1, name: 'Your rights, step by step' }).waitFor();
  });
});
