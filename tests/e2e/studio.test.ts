// The recording studio in Chromium with its fake microphone (fed a tone from a WAV file): no
// microphone request before the first Record; a take is recorded, survives a reload and plays;
// a reload mid-take is noticed; Export makes the zip; `npm run audio:import` puts it into a
// scratch public folder, and the app built from it plays the take for that very sentence.
// Also: axe, the keyboard, 360 px in English and Pashto, and "Forget this device".
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bill from '../../locales/en/bill-of-rights.json';
import ps from '../../locales/ps/studio.json';
import { GUIDES } from '../../src/content/guides';
import { LANGUAGES } from '../../src/content/languages';
import { splitSentences, stepSentences } from '../../src/lib/sentences';
import { sha256 } from '../../src/tools/audio';
import { seriousViolations } from './axe';
import { PHONE, SHOTS, open, serve, type Browser, type Served } from './browser';

const STEP = GUIDES['bill-of-rights'].steps[0];
const FIRST = stepSentences((bill.steps as Record<string, { title: string; text: string; more?: string }>)[STEP.id], STEP.more === true, 'en')[0];
const TAKE = `audio/en/bill-of-rights/${STEP.id}/1.webm`;
const COUNT = /^(\d+) of (\d+) recorded$/;

/** A mono 16-bit WAV: a voice-like tone at a sane level (or silence), for the fake microphone. */
function wav(amplitude: number, seconds = 2, rate = 48000): Buffer {
  const samples = seconds * rate;
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    const v = amplitude * Math.sin((2 * Math.PI * 220 * i) / rate) * (0.6 + 0.4 * Math.sin((2 * Math.PI * 3 * i) / rate));
    data.writeInt16LE(Math.round(v * 32767), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** Counts microphone requests, and what the page plays through <audio> (the reader's recordings). */
const WATCH = `
  window.__mic = 0;
  window.__played = [];
  if (navigator.mediaDevices) {
    const ask = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = (c) => (window.__mic += 1, ask(c));
  }
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    const entry = { src: this.src, ended: false };
    window.__played.push(entry);
    this.addEventListener('ended', () => (entry.ended = true));
    return play.call(this);
  };
`;

const mic = (page: Page) => page.evaluate(() => (window as unknown as { __mic: number }).__mic);
const card = (page: Page) => page.locator('.take');
const recorded = async (page: Page) => Number(COUNT.exec((await page.getByText(COUNT).first().textContent()) ?? '')?.[1]);

async function openStudio(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url);
  await card(page).waitFor();
}

describe('recording studio in a real browser', () => {
  let scratch: string;
  let server: Served;
  let browser: Browser;
  let zip: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'studio-'));
    writeFileSync(join(scratch, 'voice.wav'), wav(0.3));
    server = await serve();
    browser = await open({
      viewport: PHONE,
      init: WATCH,
      args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${join(scratch, 'voice.wav')}`, '--autoplay-policy=no-user-gesture-required'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('asks for no microphone before the first Record; records a sentence with a level meter', async () => {
    const { page } = browser;
    await openStudio(page, `${server.url}#/en/record`);
    await page.waitForLoadState('networkidle');
    expect(await mic(page)).toBe(0);
    expect(await card(page).locator('.take-text').textContent()).toBe(FIRST.text);
    expect(await page.getByText(ps.why).count()).toBe(0);
    expect(await card(page).getByText(/^The microphone is asked for when you first press Record/).count()).toBe(1);

    await card(page).getByRole('button', { name: 'Record', exact: true }).click();
    await card(page).getByRole('button', { name: 'Stop', exact: true }).waitFor();
    expect(await mic(page)).toBe(1);
    await page.waitForFunction(() => Number(document.querySelector<HTMLMeterElement>('.take meter')?.value) > 0.3);
    expect(await seriousViolations(page)).toEqual([]);
    await page.waitForTimeout(1200);
    await card(page).getByRole('button', { name: 'Stop', exact: true }).click();
    await card(page).getByRole('button', { name: 'Play', exact: true }).waitFor();
    await card(page).getByText('Take kept.').waitFor();
    expect(await card(page).locator('.note.take-problem').count()).toBe(0); // a sane level: not silent, not clipped
    expect(await recorded(page)).toBe(1);
  });

  it('after a reload the take is still there, and plays', async () => {
    const { page } = browser;
    await page.reload();
    await card(page).waitFor();
    expect(await recorded(page)).toBe(1);
    expect(await mic(page)).toBe(0);
    await page.getByRole('button', { name: `Recorded ${FIRST.text}` }).click();
    const play = card(page).getByRole('button', { name: 'Play', exact: true });
    await play.click();
    // While it plays the same button reads Stop; it reads Play again once the take has played.
    await card(page).getByRole('button', { name: 'Stop', exact: true }).waitFor();
    await play.waitFor({ timeout: 10_000 });
    expect(await card(page).locator('.note.take-problem').count()).toBe(0);
    await card(page).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SHOTS}/studio-en-phone.png` });
  });

  it('a reload mid-take: says so, and the take already kept is safe', async () => {
    const { page } = browser;
    await page.keyboard.press('n');
    await card(page).locator('.take-text').filter({ hasNotText: FIRST.text }).waitFor();
    const second = await card(page).locator('.take-text').textContent();
    await page.keyboard.press('r');
    await card(page).getByRole('button', { name: 'Stop', exact: true }).waitFor();
    await page.waitForTimeout(500);
    await page.reload();
    await card(page).waitFor();
    await page.getByText(/A take was cut off when the page closed/).waitFor();
    expect(await card(page).locator('.take-text').textContent()).toBe(second);
    expect(await recorded(page)).toBe(1);
  });

  it('works from the keyboard: Tab reaches Record, R records and stops, P plays', async () => {
    const { page } = browser;
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.closest('.take') !== null)); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Record');
    await page.keyboard.press('Enter');
    await card(page).getByRole('button', { name: 'Stop', exact: true }).waitFor();
    await page.waitForTimeout(800);
    await page.keyboard.press('r');
    await card(page).getByRole('button', { name: 'Play', exact: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Play');
    await page.keyboard.press('p');
    await card(page).getByRole('button', { name: 'Stop', exact: true }).waitFor();
    await card(page).getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: 10_000 });
    expect(await recorded(page)).toBe(2);
  });

  it('Export saves one zip: audio/<lang>/<guide>/<step-id>/<n>.webm and a manifest', async () => {
    const { page } = browser;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^compass-recordings-en-\d{4}-\d{2}-\d{2}\.zip$/);
    zip = join(scratch, download.suggestedFilename());
    await download.saveAs(zip);
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    expect(Object.keys(files).sort()).toEqual([TAKE, `audio/en/bill-of-rights/${STEP.id}/2.webm`, 'manifest.json'].sort());
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toMatchObject({ format: 'compass-recordings', version: 1, language: 'en' });
    expect(manifest.takes[0]).toMatchObject({ path: TAKE, sha256: sha256(FIRST.text), flags: [] });
    expect(files[TAKE].subarray(0, 4)).toEqual(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3]));
    await page.getByText(/^Saved compass-recordings-en-/).waitFor();
  });

  it('imported into a scratch copy, the built app plays the take for that sentence', async () => {
    const publicDir = join(scratch, 'public');
    cpSync('public', publicDir, { recursive: true });
    const imported = spawnSync('node', ['src/tools/audio-import.mjs', zip, '--public', publicDir], { encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);
    expect(existsSync(join(publicDir, TAKE))).toBe(true);

    const outDir = join(scratch, 'dist');
    await build({ publicDir, build: { outDir, emptyOutDir: true }, logLevel: 'silent' });
    expect(readFileSync(join(outDir, TAKE))).toEqual(readFileSync(join(publicDir, TAKE)));
    const built = await serve(outDir);
    try {
      const page = await browser.context.newPage();
      await page.goto(`${built.url}#/en/bill-of-rights/1`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Headless Chromium has no voice: "Read to me" is there only because of the recording.
      await page.getByRole('button', { name: 'Read to me' }).click();
      await page.locator('.step-body .sentence.reading[data-n="1"]').waitFor();
      const allPlayed = () => {
        const played = (window as unknown as { __played: { ended: boolean }[] }).__played;
        return played.length === 2 && played.every((p) => p.ended) && !document.querySelector('.sentence.reading');
      };
      await page.waitForFunction(allPlayed, undefined, { timeout: 15_000 });
      const played = await page.evaluate(() => (window as unknown as { __played: { src: string; ended: boolean }[] }).__played);
      expect(played.map((p) => new URL(p.src).pathname)).toEqual([`/${TAKE}`, `/audio/en/bill-of-rights/${STEP.id}/2.webm`]);
      await page.close();
    } finally {
      await built.close();
    }
  });

  it('in Pashto at 360 px: right to left, the English beside, axe-clean while recording', async () => {
    const { page } = browser;
    await openStudio(page, `${server.url}#/ps/record`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await card(page).locator('.take-english [lang="en"]').textContent()).toBe('Has someone hurt you?');
    await card(page).getByRole('button', { name: ps.record, exact: true }).click();
    await card(page).getByRole('button', { name: ps.stop, exact: true }).waitFor();
    await page.waitForFunction(() => Number(document.querySelector<HTMLMeterElement>('.take meter')?.value) > 0.3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/studio-ps-phone-recording.png` });
    await card(page).getByRole('button', { name: ps.stop, exact: true }).click();
    await card(page).getByRole('button', { name: ps.play, exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await card(page).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SHOTS}/studio-ps-phone.png` });
  });

  it('the app and `npm run audio:import` split every language into the same sentences', async () => {
    const texts = LANGUAGES.flatMap(({ code }) =>
      Object.values(GUIDES).flatMap((guide) => {
        const steps = JSON.parse(readFileSync(`locales/${code}/${guide.id}.json`, 'utf8')).steps as Record<string, Record<string, string>>;
        return guide.steps.flatMap((s) => ['title', 'text', 'more'].filter((p) => steps[s.id][p]).map((p) => ({ lang: code, text: steps[s.id][p] })));
      }),
    );
    const inBrowser = await browser.page.evaluate(
      (list) => list.map(({ lang, text }) => [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment.trim()).filter(Boolean)),
      texts,
    );
    expect(inBrowser).toEqual(texts.map(({ lang, text }) => splitSentences(text, lang)));
  });

  it('"Forget this device" removes the takes', async () => {
    const { page } = browser;
    await page.goto(`${server.url}#/en/safety`);
    await page.getByRole('button', { name: 'Forget this device' }).click();
    await page.getByRole('button', { name: 'Yes, remove everything' }).click();
    await page.getByText('Done. This app has removed everything').waitFor();
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    await openStudio(page, `${server.url}#/en/record`);
    expect(await recorded(page)).toBe(0);
  });
});

describe('a silent microphone', () => {
  let scratch: string;
  let server: Served;
  let browser: Browser;
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'studio-silent-'));
    writeFileSync(join(scratch, 'silence.wav'), wav(0));
    server = await serve();
    browser = await open({ args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${join(scratch, 'silence.wav')}`] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('flags a silent take and says what to do', async () => {
    const { page } = browser;
    await openStudio(page, `${server.url}#/en/record`);
    await card(page).getByRole('button', { name: 'Record', exact: true }).click();
    await card(page).getByRole('button', { name: 'Stop', exact: true }).waitFor();
    await page.waitForTimeout(800);
    await card(page).getByRole('button', { name: 'Stop', exact: true }).click();
    await card(page).getByText('This take may be silent. Check the microphone, then redo it.').waitFor();
  });
});
