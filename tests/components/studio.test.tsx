// The recording studio with a fake microphone, store and player (the real ones are checked in
// tests/lib/takes.test.ts and in Chromium, tests/e2e/studio.test.ts).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import bill from '../../locales/en/bill-of-rights.json';
import alone from '../../locales/en/alone-in-belgium.json';
import { prepare } from '../../src/app/screens';
import { GUIDES } from '../../src/content/guides';
import { startI18n } from '../../src/lib/i18n';
import { MicError, type Microphone } from '../../src/lib/microphone';
import { stepSentences } from '../../src/lib/sentences';
import { StoreError, type Take } from '../../src/lib/takes';
import { makeZip } from '../../src/lib/zip';
import Studio, { type StudioDevices } from '../../src/screens/Studio';

type Words = Record<string, { title: string; text: string; more?: string }>;
const WORDS: Record<string, Words> = { 'bill-of-rights': bill.steps, 'alone-in-belgium': alone.steps };
const ALL = Object.values(GUIDES).flatMap((g) => g.steps.flatMap((s) => stepSentences(WORDS[g.id][s.id], s.more === true, 'en').map((x) => ({ ...x, guide: g.id, step: s.id }))));
const FIRST = ALL[0];
const hash = (text: string) => `h:${text}`;

interface Options {
  takes?: Take[];
  denied?: boolean;
  full?: boolean;
  interrupted?: string;
  flags?: Take['flags'];
}

function fake(options: Options = {}) {
  const saved = new Map((options.takes ?? []).map((t) => [t.key, t]));
  const log = { mic: 0, recordings: 0, played: [] as Blob[], marks: [] as (string | undefined)[], file: undefined as { data: Blob; name: string } | undefined };
  const microphone: Microphone = {
    record(onLevel) {
      log.recordings += 1;
      onLevel(0.6);
      const n = log.recordings;
      return { stop: async () => ({ audio: new Blob([`take ${n}`], { type: 'audio/webm' }), type: 'audio/webm;codecs=opus', seconds: 1.2, flags: options.flags ?? [] }), cancel() {} };
    },
    close() {},
  };
  const devices: StudioDevices = {
    async openMicrophone() {
      log.mic += 1;
      if (options.denied) throw new MicError('denied');
      return microphone;
    },
    listTakes: async (lang) => [...saved.values()].filter((t) => t.lang === lang),
    async saveTake(take) {
      if (options.full) throw new StoreError('full');
      saved.set(take.key, take);
    },
    markRecording: async (key) => void log.marks.push(key),
    interruptedTake: async () => options.interrupted,
    play: async (audio) => (log.played.push(audio), { done: Promise.resolve(), stop() {} }),
    sha256: async (text) => hash(text),
    save: (data, name) => void (log.file = { data, name }),
    zip: async (files) => makeZip(files),
  };
  return { devices, saved, log };
}

const takeOf = (s: (typeof ALL)[number], text = s.text): Take => ({
  key: `en/${s.guide}/${s.step}/${s.n}`,
  lang: 'en',
  guide: s.guide,
  step: s.step,
  n: s.n,
  audio: new Blob(['old take'], { type: 'audio/webm' }),
  type: 'audio/webm;codecs=opus',
  sha256: hash(text),
  seconds: 2,
  flags: [],
});

beforeAll(async () => {
  await startI18n('en');
});

async function show(devices: StudioDevices, lang = 'en') {
  const route = { name: 'record', lang } as const;
  await prepare(route);
  const view = render(<Studio route={route} devices={devices} />);
  await waitFor(() => expect(document.querySelector('.take')).toBeTruthy());
  return view;
}

const card = () => document.querySelector<HTMLElement>('.take')!;
const button = (name: string) => within(card()).getByRole('button', { name });

describe('recording studio', () => {
  it('lists every sentence of both guides, as the reader numbers them, grouped by step, with progress', async () => {
    const { devices } = fake({ takes: [takeOf(ALL[3])] });
    await show(devices);
    expect(screen.getByText(`1 of ${ALL.length} recorded`)).toBeTruthy();
    const sentences = [...document.querySelectorAll('.studio-sentences > li')].map((li) => (li.querySelector('.take-text') ?? li.querySelector('.pick'))!.textContent!.replace(/^Recorded/, ''));
    expect(sentences).toEqual(ALL.map((s) => s.text));
    expect(document.querySelectorAll('.studio-step').length).toBe(Object.values(GUIDES).reduce((n, g) => n + g.steps.length, 0));
    expect(screen.getByRole('heading', { level: 2, name: 'Your rights if someone hurt you' })).toBeTruthy();
  });

  it('shows the English beside the sentences of another language', async () => {
    const { devices } = fake();
    await show(devices, 'fr');
    expect(card().querySelector('[lang="en"]')?.textContent).toContain(FIRST.text);
    expect(document.querySelector('.studio-english[lang="en"]')?.textContent).toContain(FIRST.text);
  });

  it('asks for the microphone on the first Record, never before; Record, Stop, Play, Redo', async () => {
    const { devices, log, saved } = fake();
    await show(devices);
    expect(log.mic).toBe(0);
    expect(card().querySelector('.take-text')?.textContent).toBe(FIRST.text);
    fireEvent.click(button('Record'));
    fireEvent.click(await waitFor(() => button('Stop')));
    await waitFor(() => button('Play'));
    expect(log.mic).toBe(1);
    expect(saved.get(`en/bill-of-rights/${FIRST.step}/1`)).toMatchObject({ n: 1, sha256: hash(FIRST.text), type: 'audio/webm;codecs=opus' });
    expect(screen.getByText(`1 of ${ALL.length} recorded`)).toBeTruthy();
    expect(log.marks).toEqual([`en/bill-of-rights/${FIRST.step}/1`, undefined]);
    fireEvent.click(button('Play'));
    await waitFor(() => expect(log.played.length).toBe(1));
    await waitFor(() => expect((button('Play') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button('Redo'));
    fireEvent.click(await waitFor(() => button('Stop')));
    await waitFor(() => button('Play'));
    expect(log.mic).toBe(1);
    expect(await saved.get(`en/bill-of-rights/${FIRST.step}/1`)!.audio.text()).toBe('take 2');
  });

  it('works from the keyboard: R records and stops, P plays, N goes on, B goes back', async () => {
    const { devices, log } = fake();
    await show(devices);
    fireEvent.keyDown(window, { code: 'KeyR', key: 'r' });
    await waitFor(() => button('Stop'));
    fireEvent.keyDown(window, { code: 'KeyR', key: 'r' });
    await waitFor(() => button('Play'));
    fireEvent.keyDown(window, { code: 'KeyP', key: 'p' });
    await waitFor(() => expect(log.played.length).toBe(1));
    await waitFor(() => expect((button('Play') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.keyDown(window, { code: 'KeyN', key: 'n' });
    await waitFor(() => expect(card().querySelector('.take-text')?.textContent).toBe(ALL[1].text));
    fireEvent.keyDown(window, { code: 'KeyB', key: 'b' });
    await waitFor(() => expect(card().querySelector('.take-text')?.textContent).toBe(FIRST.text));
  });

  it('a flagged take says what to do', async () => {
    const { devices } = fake({ flags: ['silent'] });
    await show(devices);
    fireEvent.click(button('Record'));
    fireEvent.click(await waitFor(() => button('Stop')));
    expect(await screen.findByText('This take may be silent. Check the microphone, then redo it.')).toBeTruthy();
  });

  it('microphone denied: a clear message, and the takes already kept stay', async () => {
    const { devices } = fake({ denied: true, takes: [takeOf(ALL[2])] });
    await show(devices);
    fireEvent.click(button('Record'));
    expect(await screen.findByText(/The microphone is blocked for this app/)).toBeTruthy();
    expect(screen.getByText(`1 of ${ALL.length} recorded`)).toBeTruthy();
  });

  it('storage full: a clear message; the sentence keeps its earlier take', async () => {
    const { devices, saved } = fake({ full: true, takes: [takeOf(FIRST)] });
    await show(devices);
    fireEvent.click(button('Previous sentence'));
    fireEvent.click(await waitFor(() => button('Redo')));
    fireEvent.click(await waitFor(() => button('Stop')));
    expect(await screen.findByText(/This device is full, so this take was not kept/)).toBeTruthy();
    expect(await saved.get(takeOf(FIRST).key)!.audio.text()).toBe('old take');
    expect(button('Play')).toBeTruthy();
  });

  it('after a reload mid-take: says so and opens at that sentence', async () => {
    const { devices } = fake({ interrupted: `en/bill-of-rights/${ALL[4].step}/${ALL[4].n}` });
    await show(devices);
    expect(await screen.findByText(/A take was cut off when the page closed/)).toBeTruthy();
    expect(card().querySelector('.take-text')?.textContent).toBe(ALL[4].text);
  });

  it('a take of a sentence that has changed since no longer counts, and asks to be redone', async () => {
    const { devices } = fake({ takes: [takeOf(FIRST, 'an older text')] });
    await show(devices);
    expect(screen.getByText(`0 of ${ALL.length} recorded`)).toBeTruthy();
    expect(within(card()).getByText(/This sentence was changed after you recorded it/)).toBeTruthy();
  });

  it('Export makes one zip: audio/<lang>/<guide>/<step-id>/<n>.<ext> and a manifest without names', async () => {
    const { devices, log } = fake({ takes: [takeOf(ALL[0]), takeOf(ALL[8]), takeOf(ALL[9], 'an older text')] });
    await show(devices);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(log.file).toBeTruthy());
    expect(log.file!.name).toMatch(/^compass-recordings-en-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(await log.file!.data.arrayBuffer()));
    const paths = [ALL[0], ALL[8]].map((s) => `audio/en/${s.guide}/${s.step}/${s.n}.webm`);
    expect(Object.keys(files).sort()).toEqual([...paths, 'manifest.json'].sort());
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(Object.keys(manifest).sort()).toEqual(['date', 'format', 'language', 'takes', 'version']);
    expect(manifest.language).toBe('en');
    expect(manifest.takes).toEqual(paths.map((path, i) => ({ path, sha256: hash([ALL[0], ALL[8]][i].text), seconds: 2, flags: [] })));
    expect(await screen.findByText(/^Saved compass-recordings-en-/)).toBeTruthy();
  });

  it('Export with nothing recorded says so', async () => {
    const { devices, log } = fake();
    await show(devices);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('There is nothing to export yet. Record a sentence first.')).toBeTruthy();
    expect(log.file).toBeUndefined();
  });
});
