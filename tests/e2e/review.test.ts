// A native speaker checks French on a phone (#/fr/review): marks one string as right, corrects
// another (a broken placeholder is refused on the spot), reloads offline and finds the work kept,
// exports the XLIFF file (a real download), and `npm run i18n:import` applies it to a copy of
// locales/: the correction lands and both strings are recorded as reviewed. A file relabelled for
// another language, or with a broken placeholder, is refused whole. A later change to the English
// then shows the string as "changed since review" on the screen. Also: the keyboard path, axe,
// and screenshots in French and Arabic on a phone and a laptop.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTrack, reviewRecords, strings } from '../../src/tools/track.mjs';
import { seriousViolations } from './axe';
import { LAPTOP, PHONE, SHOTS, open, serve, useServedBrowser, visit } from './browser';

const fr = strings('locales', 'fr');
const en = strings('locales', 'en');
const total = Object.keys(en).length;
const card = (page: Page, id: string): Locator => page.locator('li.string', { has: page.getByText(id, { exact: true }) });
const importer = (...args: string[]) => spawnSync('node', ['src/tools/i18n.mjs', 'import', ...args], { encoding: 'utf8' });

describe('checking a translation on a phone', () => {
  const env = useServedBrowser();
  let work: string;
  let dir: string;
  let exported: string;
  const correction = 'Étape {{n}} sur {{count}} — tu avances bien';

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'review-e2e-'));
    dir = join(work, 'locales');
    cpSync('locales', dir, { recursive: true });
    exported = join(work, 'review.xlf');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('marks one string, corrects another (a broken placeholder is refused on the spot), and keeps both after an offline reload', async () => {
    const { page, context } = env.browser;
    await page.setViewportSize(PHONE);
    await visit(page, `${env.server.url}#/fr/review`);
    await page.getByText(`0 sur ${total} relus`).waitFor();

    const approved = card(page, 'safety:title');
    await approved.getByRole('checkbox', { name: fr['review:looksRight'] }).check();
    await page.getByText(`1 sur ${total} relus`).waitFor();
    // The next string to check comes up, focused.
    expect(await page.evaluate(() => document.activeElement?.closest('li.string')?.querySelector('code')?.textContent)).toBe('safety:lead');

    const corrected = card(page, 'ui:nav.progress');
    await corrected.getByText(fr['review:correct']).click();
    const field = corrected.getByRole('textbox', { name: fr['review:correction'] });
    await field.fill('Étape {{n}}');
    await corrected.getByText('{{count}} manque. Remettez-le exactement tel quel.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: fr['review:download'] }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/review-fr-refused-phone.png` });

    await field.fill('Étape {{n}}');
    await corrected.getByRole('button', { name: 'Insérer {{count}}' }).click();
    expect(await field.inputValue()).toBe('Étape {{n}}{{count}}');
    await field.fill(correction);
    await corrected.getByRole('textbox', { name: fr['review:note'] }).fill('Plus encourageant pour un enfant.');
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    await page.getByText(`2 sur ${total} relus`).waitFor();

    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await context.setOffline(true);
    await page.reload();
    await page.getByText(`2 sur ${total} relus`).waitFor();
    await page.getByRole('radio', { name: /^Relus \(1\)/ }).check();
    expect(await card(page, 'safety:title').getByRole('checkbox').isChecked()).toBe(true);
    await page.getByRole('radio', { name: /^Corrigés \(1\)/ }).check();
    expect(await card(page, 'ui:nav.progress').getByRole('textbox', { name: fr['review:correction'] }).inputValue()).toBe(correction);
    await context.setOffline(false);
  });

  it('exports one XLIFF file as a download', async () => {
    const { page } = env.browser;
    await page.getByText('Marqués comme justes : 1. Corrigés : 1.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: fr['review:download'] }).click()]);
    expect(download.suggestedFilename()).toMatch(/^compass-review-fr-\d{4}-\d{2}-\d{2}\.xlf$/);
    await download.saveAs(exported);
    const xml = readFileSync(exported, 'utf8');
    expect(xml).toContain('target-language="fr"');
    expect(xml.match(/approved="yes"/g)).toHaveLength(2);
    expect(xml).toContain('<note>Plus encourageant pour un enfant.</note>');
  });

  it('the import applies the correction and records both strings as reviewed, with their English', () => {
    const result = importer(exported, '--locales', dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/1 strings changed, 2 marked as reviewed/);
    expect(strings(dir, 'fr')['ui:nav.progress']).toBe(correction);
    const track = readTrack(dir, 'fr');
    expect(track['safety:title'].reviewed).toMatchObject({ en: en['safety:title'] });
    expect(track['ui:nav.progress'].reviewed).toMatchObject({ en: en['ui:nav.progress'], note: 'Plus encourageant pour un enfant.' });
    expect(Object.keys(reviewRecords(dir, 'fr').reviewed).sort()).toEqual(['safety:title', 'ui:nav.progress']);
  });

  it('refuses the same file relabelled for another language, and one with a broken placeholder, changing nothing', () => {
    const before = readFileSync(join(dir, 'de', 'ui.json'), 'utf8') + readFileSync(join(dir, 'fr', 'ui.json'), 'utf8');
    const xml = readFileSync(exported, 'utf8');
    writeFileSync(join(work, 'de.xlf'), xml.replaceAll('target-language="fr"', 'target-language="de"'));
    const wrong = importer(join(work, 'de.xlf'), '--locales', dir);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/Refused: nothing was changed[\s\S]*says it is for German \(de\), but \d+ of its texts are word for word the French \(fr\) ones/);

    writeFileSync(join(work, 'broken.xlf'), xml.replace(correction, 'Étape {{n}} sur {{total}}'));
    const broken = importer(join(work, 'broken.xlf'), '--locales', dir);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/Refused: nothing was changed[\s\S]*ui:nav.progress: placeholders differ/);
    expect(readFileSync(join(dir, 'de', 'ui.json'), 'utf8') + readFileSync(join(dir, 'fr', 'ui.json'), 'utf8')).toBe(before);
  });

  it('after a change to the English, the screen shows the string as changed since review, with the English it was approved against', async () => {
    // A build of the imported copy with a new English title on the safety page: the build's
    // derived files, as src/tools/static.ts writes them, over a copy of dist/.
    const safety = JSON.parse(readFileSync(join(dir, 'en', 'safety.json'), 'utf8'));
    safety.title = 'Keeping safe';
    writeFileSync(join(dir, 'en', 'safety.json'), JSON.stringify(safety));
    const built = join(work, 'dist');
    cpSync('dist', built, { recursive: true });
    for (const file of ['en/safety.json', 'fr/ui.json']) cpSync(join(dir, file), join(built, 'locales', file));
    writeFileSync(join(built, 'locales', 'fr.reviews.json'), JSON.stringify(reviewRecords(dir, 'fr')));

    const server = await serve(built);
    const browser = await open({ viewport: PHONE });
    try {
      const { page } = browser;
      await visit(page, `${server.url}#/fr/review`);
      await page.getByText(`1 sur ${total} relus`).waitFor();
      // Strings whose English moved since their review are what the screen opens on.
      expect(await page.getByRole('radio', { name: /^Modifiés depuis la relecture \(1\)/ }).isChecked()).toBe(true);
      const changed = card(page, 'safety:title');
      expect(await changed.locator('.badge').textContent()).toBe(fr['review:state.changed']);
      expect(await changed.locator('.changed q').textContent()).toBe(en['safety:title']);
      expect(await changed.getByText('Keeping safe').count()).toBe(1);
      await changed.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/review-fr-changed-phone.png` });
      await page.getByRole('radio', { name: /^Relus \(1\)/ }).check();
      expect(await card(page, 'ui:nav.progress').getByText(correction).count()).toBe(1);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('with the keyboard alone: Space marks a string and the next one is focused, ready for Space again', async () => {
    const { page } = env.browser;
    await page.evaluate(() => localStorage.clear());
    await visit(page, `${env.server.url}#/de/review`);
    await page.getByText(/^0 von \d+ geprüft$/).waitFor();
    await page.getByRole('button', { name: 'Nächster Text zum Prüfen' }).press('Enter');
    for (let i = 1; i <= 3; i++) {
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
      await page.keyboard.press('Space');
      await page.getByText(new RegExp(`^${i} von \\d+ geprüft$`)).waitFor();
    }
    const focused = await page.evaluate(() => document.activeElement?.closest('li.string')?.querySelector('code')?.textContent);
    expect(focused).toBe('ui:home.getHelp');
  });

  for (const [viewport, size] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
    for (const lang of ['fr', 'ar']) {
      it(`in ${lang} on a ${viewport}: axe-clean with a correction open, nothing wider than the screen`, async () => {
        const { page } = env.browser;
        await page.setViewportSize(size);
        await visit(page, `${env.server.url}#/${lang}/review`);
        await page.locator('.review-progress').waitFor();
        const one = card(page, 'ui:help.call');
        await one.locator('summary').click();
        await one.locator('textarea').first().fill('{{nom}}');
        // On a laptop, only the corrected string is listed: the same parts, and axe over the
        // whole list (nearly 500 strings) takes half a minute; the phone runs check it whole.
        await page.evaluate(() => scrollTo(0, 0));
        await page.screenshot({ path: `${SHOTS}/review-${lang}-${viewport}.png` });
        await one.locator('textarea').first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/review-${lang}-${viewport}-correction.png` });
        if (viewport === 'laptop') await page.locator('.filter input').nth(3).check();
        expect(await seriousViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.evaluate(() => localStorage.clear());
      });
    }
  }

  it('every control is at least 48 × 48 px on a phone (a checkbox or radio button with its label)', async () => {
    const { page } = env.browser;
    await page.setViewportSize(PHONE);
    await visit(page, `${env.server.url}#/fr/review`);
    const one = card(page, 'ui:nav.progress');
    await one.locator('summary').click();
    await one.locator('textarea').first().fill('Étape {{n}}');
    const measured = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main button, main a, main input, main summary, main textarea')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => (el.matches('input') && el.closest('label')) || el)
        .map((el) => ({ el: el.outerHTML.slice(0, 80), ...el.getBoundingClientRect().toJSON() })),
    );
    expect(measured.length).toBeGreaterThan(900); // every string's checkbox and correction, the filters, the export
    expect(measured.filter((r) => r.width < 47.5 || r.height < 47.5)).toEqual([]);
    await page.evaluate(() => localStorage.clear());
  });

  it('text at 200%: nothing wider than the screen', async () => {
    const { page } = env.browser;
    await page.setViewportSize({ width: 720, height: 740 });
    await visit(page, `${env.server.url}#/ar/review`);
    await page.locator('.review-progress').waitFor();
    await page.evaluate(() => (document.documentElement.style.fontSize = '225%'));
    await card(page, 'ui:help.call').locator('summary').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/review-ar-zoom200.png` });
  });

  it('the professionals\' page says how much of each language is reviewed and links to its review', async () => {
    const { page } = env.browser;
    await page.setViewportSize(PHONE);
    await visit(page, `${env.server.url}#/en/professionals`);
    const row = page.getByRole('row', { name: /Français/ });
    await row.getByText('0% reviewed').waitFor();
    await row.getByRole('link', { name: 'Check Français' }).click();
    await page.getByRole('heading', { level: 1, name: fr['review:title'] }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/fr/review');
  });
});
