// Byte budgets against the production build (deterministic, so they may be tests): the first
// visit to the home screen and the whole offline package. Also: no layout shift on the way.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { firstVisit, offlinePackage } from '../../src/tools/measure.mjs';
import { FIRST_VISIT_BUDGET, FIRST_VISIT_OTHER_LANGUAGE_BUDGET } from './budget';
import { open, useServedBrowser, visit } from './browser';

const KB = 1024;

describe('budgets', () => {
  const env = useServedBrowser();

  it('the first visit to the home screen is at most 45 KB compressed', async () => {
    const visit = await firstVisit(env.browser.page, `${env.server.url}#/en`);
    expect(visit.entries.length).toBeGreaterThan(2);
    expect(visit.bytes, JSON.stringify(visit.entries)).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
  });

  it('the first visit of a phone in Arabic (its screen text too) is at most 50 KB compressed', async () => {
    const arabic = await open({ locale: 'ar' });
    try {
      const visit = await firstVisit(arabic.page, `${env.server.url}`);
      expect(await arabic.page.evaluate(() => document.documentElement.lang)).toBe('ar');
      expect(visit.entries.map((e: { path: string }) => e.path)).toContain('/locales/ar/ui.json');
      expect(visit.bytes, JSON.stringify(visit.entries)).toBeLessThanOrEqual(FIRST_VISIT_OTHER_LANGUAGE_BUDGET);
    } finally {
      await arabic.close();
    }
  });

  it('the whole offline package (24 languages, all pictures) is at most 2 MB compressed', () => {
    const pack = offlinePackage('dist');
    expect(pack.files).toBeGreaterThan(100);
    expect(pack.bytes).toBeLessThanOrEqual(2 * KB * KB);
  });

  it('a step change is drawn in the next frame (counted in frames, not timed)', async () => {
    const { page } = env.browser;
    await visit(page, `${env.server.url}#/en/bill-of-rights/1`);
    await page.locator('a[rel="next"]').waitFor();
    for (let i = 0; i < 5; i++) {
      const frames = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const before = document.querySelector('h1')?.textContent;
            document.querySelector<HTMLAnchorElement>('a[rel="next"]')!.click();
            let count = 0;
            const check = () => {
              if (document.querySelector('h1')?.textContent !== before) resolve(count);
              else if (++count > 10) resolve(count);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
      );
      expect(frames, `step ${i + 2}`).toBe(0);
    }
  });

  it('no layout shift on the home screen or a step', async () => {
    const { page } = env.browser;
    for (const hash of ['#/en', '#/en/bill-of-rights/3']) {
      await page.goto('about:blank');
      await page.goto(`${env.server.url}${hash}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      expect(shift, hash).toBeLessThan(0.01);
    }
  });
});
