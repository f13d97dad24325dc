// The computer voice in a real browser. Speech is a fake speechSynthesis (tests/helpers/fake-speech.ts)
// with no Tigrinya voice; audio is real: Chromium fetches and decodes the committed WebM/Opus
// files and, with ALSA's null device (AUDIO_ARGS), plays them through (faster than real time),
// so `play`, `ended` and `error` fire as on a phone. A hook on HTMLMediaElement.play records
// which file plays and which sentence is highlighted when it starts.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/content/guides';
import { ttsFile } from '../../src/lib/tts';
import { VOICE_LANGUAGES, sentencesOf } from '../../src/tools/voices-text';
import { installFakeSpeech, type FakeSpeech } from '../helpers/fake-speech';
import { seriousViolations } from './axe';
import { AUDIO_ARGS, SHOTS, open, serve, visit, type Browser, type Served } from './browser';

const NO_TIGRINYA = [
  { name: 'English (UK)', lang: 'en-GB', localService: true, default: true },
  { name: 'Français (France)', lang: 'fr-FR', localService: true },
];
const WITH_TIGRINYA = [...NO_TIGRINYA, { name: 'Tigrinya', lang: 'ti-ER', localService: true }];

interface Heard {
  type: 'play' | 'ended' | 'error';
  src: string;
  reading: string | undefined;
  /** The discreet "computer voice" label on screen at that moment. */
  label: string | undefined;
}

/** Records every play of an audio element: the file, and the sentence highlighted meanwhile. */
function recordAudio(win: Window & typeof globalThis) {
  const heard: Heard[] = [];
  (win as unknown as { __heard: Heard[] }).__heard = heard;
  const play = win.HTMLMediaElement.prototype.play;
  win.HTMLMediaElement.prototype.play = function (this: HTMLMediaElement & { __watched?: true }) {
    if (!this.__watched) {
      this.__watched = true;
      for (const type of ['play', 'ended', 'error'] as const) {
        this.addEventListener(type, () =>
          heard.push({ type, src: this.currentSrc || this.src, reading: win.document.querySelector('.sentence.reading')?.textContent?.trim(), label: win.document.querySelector('.voice-label')?.textContent?.trim() }),
        );
      }
    }
    return play.call(this);
  };
}

/** "Keep the voice for offline use (2.6 MB)" in Tigrinya, with the language's real size. */
const init = (voices: unknown) => `(${installFakeSpeech})(window, ${JSON.stringify(voices)}, true); (${recordAudio})(window);`;
const heard = (page: Page) => page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard);
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: FakeSpeech }).__speech.spoken);
const stepIndex = (guide: 'bill-of-rights' | 'alone-in-belgium', id: string) => GUIDES[guide].steps.findIndex((s) => s.id === id) + 1;
// The Tigrinya words, read from the locale files (a translation fix must not break the test).
const TI_READ = JSON.parse(readFileSync('locales/ti/ui.json', 'utf8')).read as Record<string, string>;
const TI_VOICE = JSON.parse(readFileSync('locales/ti/voice.json', 'utf8')) as Record<string, string>;
const KEEP = new RegExp(`^${TI_VOICE.keep.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{\\{size\\}\\}', '\\d[.,]\\d \\S+')}$`);
const manifest = JSON.parse(readFileSync('public/audio/ti/tts/manifest.json', 'utf8')) as { files: Record<string, unknown> };

/** The visible sentences of the step, and the file each should play. */
async function expected(page: Page, guide: string, step: string) {
  const texts = (await page.locator('#main .step-body .sentence:visible').allTextContents()).map((t) => t.trim());
  return { texts, files: texts.map((t) => `audio/ti/tts/${ttsFile(guide, step, t)}`) };
}

/** Presses "Read to me" and waits until reading is over (the button is back). */
async function readAndWait(page: Page) {
  await page.getByRole('button', { name: TI_READ.start }).click();
  await page.getByRole('button', { name: TI_READ.stop }).waitFor();
  await page.getByRole('button', { name: TI_READ.start }).waitFor({ timeout: 60_000 });
}

describe('the computer voice (Tigrinya, no device voice)', () => {
  let server: Served;
  let browser: Browser;
  const audioRequests: string[] = [];
  beforeAll(async () => {
    server = await serve();
    browser = await open({ init: init(NO_TIGRINYA), args: AUDIO_ARGS });
    browser.context.on('request', (r) => {
      if (r.url().includes('/audio/')) audioRequests.push(new URL(r.url()).pathname);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close().catch(() => undefined);
  });

  it('the first visit fetches no audio, and the first bundle lists no audio file', async () => {
    const { page } = browser;
    const n = stepIndex('bill-of-rights', 'right-to-privacy');
    await visit(page, `${server.url}#/ti/bill-of-rights/${n}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: TI_READ.start }).count()).toBe(1);
    expect(audioRequests).toEqual([]);
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
    for (const src of scripts) expect(await (await fetch(src)).text()).not.toMatch(/[0-9a-f]{8}\.webm/);
  });

  it('Chromium splits every step into the same sentences as Node did when the audio was made', async () => {
    const { page } = browser;
    for (const lang of Object.keys(VOICE_LANGUAGES)) {
      const node = sentencesOf(lang);
      // Each part (title, text, "tell me more") whole, in the order Node split them.
      const parts = [...new Set(node.map((s) => `${s.guide}|${s.step}|${s.part}`))].map((key) => {
        const [guide, step, part] = key.split('|');
        return (JSON.parse(readFileSync(`locales/${lang}/${guide}.json`, 'utf8')) as { steps: Record<string, Record<string, string>> }).steps[step][part];
      });
      const chromium = await page.evaluate(
        ({ lang, parts }) => parts.flatMap((t) => [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(t)].map((s) => s.segment.trim()).filter(Boolean)),
        { lang, parts },
      );
      expect(chromium, lang).toEqual(node.map((s) => s.text));
    }
  });

  it('"Read to me" on a Tigrinya step plays its files in order, each with its sentence highlighted, and says it is a computer voice', async () => {
    const { page } = browser;
    await page.locator('.speed select').selectOption('1'); // normal speed: a shorter test
    const { texts, files } = await expected(page, 'bill-of-rights', 'right-to-privacy');
    expect(texts.length).toBeGreaterThan(2);
    for (const f of files) expect(manifest.files[f.replace('audio/ti/tts/', '')], f).toBeDefined();

    await page.getByRole('button', { name: TI_READ.start }).click();
    // Headless audio plays faster than real time: the label is checked as each file starts.
    await page.getByRole('button', { name: TI_READ.start }).waitFor({ timeout: 60_000 });

    const events = await heard(page);
    const started = events.filter((e) => e.type === 'play');
    expect(started.map((e) => new URL(e.src).pathname.replace(/^\//, ''))).toEqual(files);
    expect(started.map((e) => e.reading)).toEqual(texts);
    expect(started.slice(1).map((e) => e.label)).toEqual(started.slice(1).map(() => TI_VOICE.computer));
    expect(events.filter((e) => e.type === 'ended').map((e) => new URL(e.src).pathname.replace(/^\//, ''))).toEqual(files);
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
    expect(await spoken(page)).toEqual([]);
    expect(await page.locator('.sentence.reading').count()).toBe(0);
    // Once used, the voice can be kept for offline use; its real size is on the button.
    await page.getByRole('button', { name: KEEP }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the professionals' page says per language what reads it on this device", async () => {
    const { page } = browser;
    await visit(page, `${server.url}#/en/professionals`);
    const table = page.getByRole('region', { name: 'Languages and translation status' });
    const cell = (english: string) => table.getByRole('row', { name: new RegExp(`\\(${english}\\)`) }).getByRole('cell').last();
    await cell('Tigrinya').getByText('Computer voice').waitFor();
    expect(await cell('French').textContent()).toBe("This phone's voice");
    expect(await cell('Dari').textContent()).toBe('Computer voice, Persian');
    expect(await cell('Pashto').textContent()).toBe('Nothing yet');
    expect(await cell('Somali').textContent()).toBe('Nothing yet');
    expect(await cell('Arabic').textContent()).toBe('Nothing yet');
    await page.getByText('Pashto and Somali have no computer voice', { exact: false }).waitFor();
    await table.screenshot({ path: `${SHOTS}/voice-professionals-table.png` });
  });

  it('offline before the voice was kept: a short note, no hang, no other voice', async () => {
    const { page, context } = browser;
    await context.setOffline(true);
    const n = stepIndex('alone-in-belgium', 'free-lawyer');
    await visit(page, `${server.url}#/ti/alone-in-belgium/${n}`);
    const before = (await heard(page)).length;
    await page.getByRole('button', { name: TI_READ.start }).click();
    await page.getByText(TI_VOICE.unavailable.split('።')[0], { exact: false }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: TI_READ.start }).waitFor();
    expect((await heard(page)).slice(before).filter((e) => e.type === 'ended')).toEqual([]);
    expect(await spoken(page)).toEqual([]);
    await context.setOffline(false);
  });

  it('"Keep the voice for offline use" keeps the whole language; then reading works with the network off', async () => {
    const { page, context } = browser;
    const n = stepIndex('bill-of-rights', 'right-to-privacy');
    await visit(page, `${server.url}#/ti/bill-of-rights/${n}`);
    await readAndWait(page);
    await page.getByRole('button', { name: KEEP }).click();
    await page.getByText(TI_VOICE.kept.split('።')[0], { exact: false }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}/voice-ti-kept.png` });
    const kept = await page.evaluate(async () => {
      const cache = await caches.open('voices');
      return (await cache.keys()).filter((r) => r.url.includes('/audio/ti/tts/')).length;
    });
    expect(kept).toBe(Object.keys(manifest.files).length);

    await server.close();
    await context.setOffline(true);
    const other = stepIndex('alone-in-belgium', 'free-lawyer');
    await visit(page, `${server.url}#/ti/alone-in-belgium/${other}`);
    const { texts, files } = await expected(page, 'alone-in-belgium', 'free-lawyer');
    const before = (await heard(page)).length;
    await readAndWait(page);
    const events = (await heard(page)).slice(before);
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
    expect(events.filter((e) => e.type === 'play').map((e) => new URL(e.src).pathname.replace(/^\//, ''))).toEqual(files);
    expect(events.filter((e) => e.type === 'play').map((e) => e.reading)).toEqual(texts);
    expect(events.filter((e) => e.type === 'ended')).toHaveLength(files.length);
  });
});

describe('a device voice for the language reads before the computer voice', () => {
  let server: Served;
  let browser: Browser;
  beforeAll(async () => {
    server = await serve();
    browser = await open({ init: init(WITH_TIGRINYA), args: AUDIO_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close().catch(() => undefined);
  });

  it('a Tigrinya step is read by the Tigrinya device voice, and no audio is fetched', async () => {
    const { page, context } = browser;
    const requests: string[] = [];
    context.on('request', (r) => r.url().includes('/audio/') && requests.push(r.url()));
    await visit(page, `${server.url}#/ti/bill-of-rights/${stepIndex('bill-of-rights', 'right-to-privacy')}`);
    const { texts } = await expected(page, 'bill-of-rights', 'right-to-privacy');
    await page.getByRole('button', { name: TI_READ.start }).click();
    await page.waitForFunction((n) => (window as unknown as { __speech: FakeSpeech }).__speech.spoken.length >= n, texts.length);
    const said = await spoken(page);
    expect(said.map((s) => s.text)).toEqual(texts);
    expect(new Set(said.map((s) => s.voice))).toEqual(new Set(['Tigrinya']));
    expect(await heard(page)).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('.voice-label').count()).toBe(0);
  });
});
