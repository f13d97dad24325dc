// Reading aloud in a real browser, with a fake speechSynthesis injected before the page loads
// (headless Chromium has no voices): a French step is read in French, by the French voice.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/content/guides';
import { installFakeSpeech, type FakeSpeech } from '../helpers/fake-speech';
import { useServedBrowser, visit } from './browser';

const VOICES = [
  { name: 'English (UK)', lang: 'en-GB', localService: true, default: true },
  { name: 'Français (France)', lang: 'fr-FR', localService: true },
];

describe('read aloud', () => {
  const env = useServedBrowser({ init: `(${installFakeSpeech})(window, ${JSON.stringify(VOICES)}, true)` });

  it('reads a French step sentence by sentence, with the French voice', async () => {
    const { page } = env.browser;
    await visit(page, `${env.server.url}#/fr/bill-of-rights/4`);
    const visible = await page.locator('#main .step-body .sentence:visible').allTextContents();
    await page.locator('.read-aloud button').first().click();
    await page.waitForFunction(() => (window as unknown as { __speech: FakeSpeech }).__speech.spoken.length >= 3);
    await page.waitForFunction(() => !document.querySelector('.read-aloud [aria-pressed], .sentence.reading'));
    const spoken = await page.evaluate(() => (window as unknown as { __speech: FakeSpeech }).__speech.spoken);
    expect(spoken.map((s) => s.text)).toEqual(visible.map((t) => t.trim()));
    const french = JSON.parse(readFileSync('locales/fr/bill-of-rights.json', 'utf8'));
    expect(spoken[0].text).toBe(french.steps[GUIDES['bill-of-rights'].steps[3].id].title);
    expect(new Set(spoken.map((s) => s.voice))).toEqual(new Set(['Français (France)']));
    expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set(['fr-FR']));
    expect(spoken[0].rate).toBeLessThan(1);
  });

  it('stops at once on a step change', async () => {
    const { page } = env.browser;
    await visit(page, `${env.server.url}#/fr/bill-of-rights/5`);
    await page.evaluate(() => {
      (window as unknown as { __speech: FakeSpeech }).__speech.spoken.length = 0;
    });
    await page.locator('.read-aloud button').first().click();
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/\/6$/);
    const before = await page.evaluate(() => (window as unknown as { __speech: FakeSpeech }).__speech.spoken.length);
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => (window as unknown as { __speech: FakeSpeech }).__speech.spoken.length);
    expect(after).toBe(before);
    expect(await page.locator('.sentence.reading').count()).toBe(0);
  });

  it('offers no speech in a language with no voice and no computer voice (Pashto), and says why', async () => {
    const { page } = env.browser;
    await visit(page, `${env.server.url}#/ps/bill-of-rights/1`);
    await page.locator('.no-voice').waitFor();
    expect(await page.locator('.read-aloud').count()).toBe(0);
  });
});
