// A child's walk: both guides, start to end, by the Next control only, in English and in Arabic,
// at phone size; axe finds no serious or critical problem on any step.
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/content/guides';
import { seriousViolations } from './axe';
import { SHOTS, useServedBrowser, visit } from './browser';



describe.each(['en', 'ar'])('walking both guides in %s', (lang) => {
  const env = useServedBrowser();

  for (const guide of Object.values(GUIDES)) {
    it(`${guide.id}: every step by Next alone, each axe-clean`, async () => {
      const { page } = env.browser;
      await visit(page, `${env.server.url}#/${lang}/${guide.id}/1`);
      const titles = new Set<string>();
      for (let n = 1; n <= guide.steps.length; n++) {
        await page.waitForURL(new RegExp(`#/${lang}/${guide.id}/${n}$`));
        // The new step is on screen (screens change only once their words are loaded).
        await page.locator(`.step-body[lang="${lang}"]`).waitFor();
        await page.locator(`progress[value="${n}"]`).waitFor();
        const title = page.getByRole('heading', { level: 1 });
        titles.add((await title.textContent()) ?? '');
        await page.waitForFunction(() => document.activeElement?.matches('.step-body h1'));
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        expect(await seriousViolations(page), `step ${n}`).toEqual([]);
        if (n === 1 || n === 8) await page.screenshot({ path: `${SHOTS}/walk-${lang}-${guide.id}-${n}.png` });
        await page.locator('a[rel="next"]').click();
      }
      await page.waitForURL(new RegExp(`#/${lang}/${guide.id}/done$`));
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(titles.size).toBe(guide.steps.length);
    });
  }
});
