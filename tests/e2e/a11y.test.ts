// axe over every kind of screen, in a left-to-right and a right-to-left language, at phone and
// laptop size: no serious or critical violation. Also: text at 200%, reduced motion, touch targets,
// and a keyboard-only walk through a guide.
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/content/guides';
import { seriousViolations } from './axe';
import { LAPTOP, PHONE, SHOTS, useServedBrowser, visit } from './browser';

const SCREENS = [
  ['home', ''],
  ['step', '/bill-of-rights/3'],
  ['side-by-side', '/alone-in-belgium/4?with=fr'],
  ['done', '/bill-of-rights/done'],
  ['print', '/alone-in-belgium/print'],
  ['help', '/help'],
  ['glossary', '/glossary'],
  ['safety', '/safety'],
  ['professionals', '/professionals'],
  ['share', '/share'],
  ['record', '/record'],
] as const;

describe('accessibility', () => {
  const env = useServedBrowser();

  for (const [viewport, size] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
    for (const lang of ['en', 'ar']) {
      for (const [name, path] of SCREENS) {
        it(`${name} in ${lang} on a ${viewport}: axe-clean`, async () => {
          const { page } = env.browser;
          await page.setViewportSize(size);
          await visit(page, `${env.server.url}#/${lang}${path}`);
          await page.waitForLoadState('networkidle');
          expect(await seriousViolations(page)).toEqual([]);
          await page.screenshot({ path: `${SHOTS}/${name}-${lang}-${viewport}.png`, fullPage: name !== 'professionals' });
        });
      }
    }
  }

  it('dark mode is axe-clean too (contrast included)', async () => {
    const { page } = env.browser;
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of ['/en', '/en/bill-of-rights/9', '/ar/help', '/en/safety', '/ps/record', '/en/alone-in-belgium/4?with=ar']) {
      await visit(page, `${env.server.url}#${path}`);
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.screenshot({ path: `${SHOTS}/dark-side-by-side-phone.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('every control is at least 48 × 48 px (inline glossary words excepted)', async () => {
    const { page } = env.browser;
    await page.setViewportSize(PHONE);
    for (const path of ['', '/bill-of-rights/3', '/help', '/safety', '/record']) {
      await visit(page, `${env.server.url}#/en${path}`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, a, select, input, summary')]
          .filter((el) => el.offsetParent !== null && !el.closest('.term, .skip-link, .footer p, .url'))
          .filter((el) => !el.classList.contains('term') && !el.classList.contains('skip-link'))
          .map((el) => ({ el: el.outerHTML.slice(0, 60), ...el.getBoundingClientRect().toJSON() }))
          .filter((r) => r.width < 47.5 || r.height < 47.5),
      );
      expect(small, path).toEqual([]);
    }
  });

  it('text at 200% loses nothing: no sideways scrolling, every control still on screen', async () => {
    const { page } = env.browser;
    await page.setViewportSize({ width: 720, height: 740 });
    for (const path of ['', '/bill-of-rights/3', '/help', '/record']) {
      await visit(page, `${env.server.url}#/en${path}`);
      await page.evaluate(() => (document.documentElement.style.fontSize = '225%'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/zoom200${path.replace(/\//g, '-') || '-home'}.png` });
    }
  });

  it('reduced motion: nothing animates', async () => {
    const { page } = env.browser;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await visit(page, `${env.server.url}#/en/bill-of-rights/1`);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/\/2$/);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  /** Names the stage that failed, so a time-out says where it happened. */
  const stage = async <T,>(name: string, work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`);
    }
  };

  it('a guide can be walked with the keyboard alone', async () => {
    const { page } = env.browser;
    await page.setViewportSize(PHONE);
    await visit(page, `${env.server.url}#/en`);
    // Tab to the first guide card and open it with Enter.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('card'))) break;
    }
    await page.keyboard.press('Enter');
    await stage('open the guide', page.waitForURL(/bill-of-rights\/1$/));
    const titleFocused = (n: number) => stage(`focus on title ${n}`, page.waitForFunction(() => document.activeElement?.matches('.step-body h1')));
    await titleFocused(1);
    const count = GUIDES['bill-of-rights'].steps.length;
    for (let n = 2; n <= count; n++) {
      await page.keyboard.press('ArrowRight');
      await stage(`arrow to step ${n}`, page.waitForURL(new RegExp(`bill-of-rights/${n}$`)));
      await stage(`step ${n} on screen`, page.locator(`progress[value="${n}"]`).waitFor());
      await titleFocused(n);
    }
    // From the title, Tab reaches Next, and Enter finishes.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('rel') === 'next')) break;
    }
    await page.keyboard.press('Enter');
    await stage('finish', page.waitForURL(/bill-of-rights\/done$/));
  });
});
