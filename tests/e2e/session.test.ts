// Session mode in a real browser: French and Arabic side by side, the handout in print media with
// no buttons, and the share page with its QR code.
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/content/guides';
import { LAPTOP, SHOTS, useServedBrowser, visit } from './browser';

describe('session mode', () => {
  const env = useServedBrowser({ viewport: LAPTOP });

  it('shows French and Arabic side by side, each in its own language and direction', async () => {
    const { page } = env.browser;
    await visit(page, `${env.server.url}#/fr/alone-in-belgium/3?with=ar`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    const columns = await page.locator('.step-body').evaluateAll((els) =>
      els.map((el) => ({ lang: el.getAttribute('lang'), dir: getComputedStyle(el).direction, box: el.getBoundingClientRect().toJSON() })),
    );
    expect(columns.map((c) => [c.lang, c.dir])).toEqual([
      ['fr', 'ltr'],
      ['ar', 'rtl'],
    ]);
    expect(columns[1].box.x).toBeGreaterThan(columns[0].box.x); // side by side on a laptop
    expect(await page.locator('.step > img.picture').count()).toBe(1); // one shared picture
    await page.screenshot({ path: `${SHOTS}/side-by-side-laptop.png` });

    await page.setViewportSize({ width: 360, height: 740 });
    const stacked = await page.locator('.step-body').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().y));
    expect(stacked[1]).toBeGreaterThan(stacked[0]); // stacked on a phone
    await page.setViewportSize(LAPTOP);
  });

  it('the second language is chosen from the step and kept in the link', async () => {
    const { page } = env.browser;
    await visit(page, `${env.server.url}#/en/bill-of-rights/2`);
    await page.locator('.session summary').click();
    await page.getByLabel('Side by side with').selectOption('ar');
    await page.waitForURL(/#\/en\/bill-of-rights\/2\?with=ar$/);
    await page.locator('.step-body[lang="ar"]').waitFor();
  });

  it('the handout holds every step in both languages and prints without buttons', async () => {
    const { page } = env.browser;
    await visit(page, `${env.server.url}#/fr/alone-in-belgium/print?with=ar`);
    await page.locator('.print-steps').waitFor();
    await page.locator('.print-words[lang="ar"] h2').first().waitFor();
    const steps = GUIDES['alone-in-belgium'].steps.length;
    expect(await page.locator('.print-steps > li').count()).toBe(steps);
    expect(await page.locator('.print-words[lang="fr"]').count()).toBe(steps);
    expect(await page.locator('.print-words[lang="ar"][dir="rtl"]').count()).toBe(steps);
    await page.emulateMedia({ media: 'print' });
    const visibleControls = await page.locator('button:visible, a:visible, select:visible, input:visible').count();
    expect(visibleControls).toBe(0);
    expect(await page.locator('.print-numbers li:visible').count()).toBeGreaterThan(5);
    await page.pdf({ path: `${SHOTS}/handout-fr-ar.pdf`, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('the share page shows a QR code made on the device for the chosen language', async () => {
    const { page } = env.browser;
    await visit(page, `${env.server.url}#/ar/share`);
    const qr = page.locator('img.qr');
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
    expect(await page.locator('.url').textContent()).toMatch(/#\/ar$/);
  });
});
