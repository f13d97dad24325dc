// Every language in a real browser: a step opens with the right lang and dir, and its words are
// not English. Screenshots of the scripts that most often break (Arabic, Pashto, Tigrinya,
// Chinese, Ukrainian) are left for a person to look at.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/content/guides';
import { LANGUAGES } from '../../src/content/languages';
import { SHOTS, useServedBrowser, visit } from './browser';

const STEP = 2;
const stepId = GUIDES['alone-in-belgium'].steps[STEP - 1].id;
const english = JSON.parse(readFileSync('locales/en/alone-in-belgium.json', 'utf8')).steps[stepId];
const SHOOT = ['ar', 'ps', 'ti', 'zh', 'uk'];

describe('every language', () => {
  const env = useServedBrowser();

  for (const lang of LANGUAGES) {
    it(`${lang.code}: a step in ${lang.english} has lang="${lang.code}", dir="${lang.dir}" and its own words`, async () => {
      const { page } = env.browser;
      await visit(page, `${env.server.url}#/${lang.code}/alone-in-belgium/${STEP}`);
      const title = page.locator(`.step-body[lang="${lang.code}"] h1`);
      await title.waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang.code, lang.dir]);
      expect(await page.getByText(/shown in English/).count()).toBe(0);
      const text = (await page.locator('.step-body .text').textContent())?.trim();
      if (lang.code !== 'en') {
        expect((await title.textContent())?.trim()).not.toBe(english.title);
        expect(text).not.toBe(english.text);
      }
      if (SHOOT.includes(lang.code)) await page.screenshot({ path: `${SHOTS}/step-${lang.code}.png` });
    });
  }
});
