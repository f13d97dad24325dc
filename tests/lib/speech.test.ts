import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Reader, browserEnv, loadVoices, pickVoice, type ReaderState } from '../../src/lib/speech';
import { installFakeSpeech, type FakeSpeech, type FakeVoice } from '../helpers/fake-speech';

const voice = (name: string, lang: string, localService = true, isDefault = false) =>
  ({ name, lang, localService, default: isDefault, voiceURI: name }) as SpeechSynthesisVoice;

describe('choosing a voice', () => {
  const voices = [
    voice('English US', 'en-US'),
    voice('Français France', 'fr-FR'),
    voice('Français Belgique', 'fr-BE'),
    voice('Arabic network', 'ar-SA', false),
    voice('Persian', 'fa-IR'),
    voice('Pashto (listed, not installed)', 'ps-AF', false),
    voice('Chinese', 'zh_CN'),
  ];

  it('matches the language, then prefers the Belgian region', () => {
    expect(pickVoice(voices, 'fr', false)?.voice.name).toBe('Français Belgique');
  });

  it('never reads a language in another language\'s voice', () => {
    expect(pickVoice(voices, 'ti', false)).toBeUndefined();
    expect(pickVoice(voices, 'nl', false)).toBeUndefined();
  });

  it('offline, only a voice that runs on the device counts (the Android trap)', () => {
    expect(pickVoice(voices, 'ps', true)).toBeUndefined();
    expect(pickVoice(voices, 'ar', true)).toBeUndefined();
    expect(pickVoice(voices, 'ar', false)?.voice.name).toBe('Arabic network');
  });

  it('reads Dari with a Persian voice only when there is no Dari voice, and says so', () => {
    expect(pickVoice(voices, 'prs', false)).toEqual({ voice: voices[4], neighbour: true });
    const withDari = [...voices, voice('Dari', 'fa-AF')];
    expect(pickVoice(withDari, 'prs', false)).toEqual({ voice: withDari.at(-1), neighbour: false });
    expect(pickVoice(voices, 'fa', false)?.neighbour).toBe(false);
  });

  it('understands underscores in voice tags', () => {
    expect(pickVoice(voices, 'zh', false)?.voice.name).toBe('Chinese');
  });

  it('waits for voiceschanged when the list starts empty, but not forever', async () => {
    vi.useFakeTimers();
    const synth = { getVoices: () => [], addEventListener: vi.fn(), removeEventListener: vi.fn() } as unknown as SpeechSynthesis;
    const loading = loadVoices(synth, 1000);
    vi.advanceTimersByTime(1000);
    await expect(loading).resolves.toEqual([]);
    vi.useRealTimers();
  });
});

describe('reading', () => {
  let fake: FakeSpeech;
  let changes: [number, ReaderState][];
  let reader: Reader;
  const fr: FakeVoice = { name: 'Français', lang: 'fr-FR', localService: true };

  beforeEach(() => {
    fake = installFakeSpeech(window, [fr]);
    changes = [];
    reader = new Reader(
      { synth: window.speechSynthesis, Utterance: window.SpeechSynthesisUtterance },
      { onChange: (sentence, state) => changes.push([sentence, state]) },
    );
  });

  it('speaks one utterance per sentence, in order, with the voice, language and rate', () => {
    reader.start(['Un.', 'Deux.', 'Trois.'], { voice: fr as SpeechSynthesisVoice, rate: 0.8 });
    fake.finishAll();
    expect(fake.spoken).toEqual([
      { text: 'Un.', lang: 'fr-FR', voice: 'Français', rate: 0.8 },
      { text: 'Deux.', lang: 'fr-FR', voice: 'Français', rate: 0.8 },
      { text: 'Trois.', lang: 'fr-FR', voice: 'Français', rate: 0.8 },
    ]);
    expect(changes).toEqual([[0, 'reading'], [1, 'reading'], [2, 'reading'], [-1, 'idle']]);
  });

  it('pauses by cancelling, and resumes by speaking the same sentence again', () => {
    reader.start(['Un.', 'Deux.', 'Trois.'], { voice: fr as SpeechSynthesisVoice, rate: 1 });
    fake.finish();
    const cancels = fake.cancels;
    reader.pause();
    expect(fake.cancels).toBe(cancels + 1);
    expect(reader.current).toBe('paused');
    reader.resume();
    fake.finishAll();
    expect(fake.spoken.map((s) => s.text)).toEqual(['Un.', 'Deux.', 'Deux.', 'Trois.']);
    expect(reader.current).toBe('idle');
  });

  it('stops at once: nothing more is spoken', () => {
    reader.start(['Un.', 'Deux.'], { voice: fr as SpeechSynthesisVoice, rate: 1 });
    reader.stop();
    fake.finishAll();
    expect(fake.spoken.map((s) => s.text)).toEqual(['Un.']);
    expect(changes.at(-1)).toEqual([-1, 'idle']);
  });

  it('without a voice it speaks nothing', () => {
    reader.start(['Un.'], { voice: undefined, rate: 1 });
    expect(fake.spoken).toEqual([]);
    expect(reader.current).toBe('idle');
  });

  const recordingReader = (played: string[], changes: [number, ReaderState][] = []) =>
    new Reader(
      {
        synth: window.speechSynthesis,
        Utterance: window.SpeechSynthesisUtterance,
        play: (url) => (played.push(url), { done: Promise.resolve(), stop() {} }),
      },
      { onChange: (sentence, state) => changes.push([sentence, state]) },
    );

  it('prefers a recording: plays it and speaks nothing', async () => {
    const played: string[] = [];
    const recorded = recordingReader(played);
    recorded.start(['Un.', 'Deux.'], { voice: fr as SpeechSynthesisVoice, rate: 1, recordings: ['/audio/fr/g/s/1.mp3', '/audio/fr/g/s/2.mp3'] });
    await vi.waitFor(() => expect(recorded.current).toBe('idle'));
    expect(played).toEqual(['/audio/fr/g/s/1.mp3', '/audio/fr/g/s/2.mp3']);
    expect(fake.spoken).toEqual([]);
  });

  it('plays the recorded sentences and speaks the others with the voice, highlighting each in turn', async () => {
    const played: string[] = [];
    const seen: [number, ReaderState][] = [];
    const recorded = recordingReader(played, seen);
    recorded.start(['Un.', 'Deux.', 'Trois.'], { voice: fr as SpeechSynthesisVoice, rate: 1, recordings: [undefined, '/audio/fr/g/s/2.webm'] });
    fake.finish();
    await vi.waitFor(() => expect(fake.spoken.length).toBe(2));
    fake.finishAll();
    expect(played).toEqual(['/audio/fr/g/s/2.webm']);
    expect(fake.spoken.map((s) => s.text)).toEqual(['Un.', 'Trois.']);
    expect(seen).toEqual([[0, 'reading'], [1, 'reading'], [2, 'reading'], [-1, 'idle']]);
  });

  it('with no voice, plays only the recorded sentences', async () => {
    const played: string[] = [];
    const recorded = recordingReader(played);
    recorded.start(['Un.', 'Deux.', 'Trois.'], { voice: undefined, rate: 1, recordings: [undefined, undefined, '/audio/ps/g/s/3.webm'] });
    await vi.waitFor(() => expect(recorded.current).toBe('idle'));
    expect(played).toEqual(['/audio/ps/g/s/3.webm']);
    expect(fake.spoken).toEqual([]);
  });

  it('one recording of the whole step plays alone, with nothing highlighted', async () => {
    const played: string[] = [];
    const seen: [number, ReaderState][] = [];
    const recorded = recordingReader(played, seen);
    recorded.start(['Un.', 'Deux.'], { voice: fr as SpeechSynthesisVoice, rate: 1, whole: '/audio/fr/g/s.mp3', recordings: ['/audio/fr/g/s/1.mp3'] });
    await vi.waitFor(() => expect(recorded.current).toBe('idle'));
    expect(played).toEqual(['/audio/fr/g/s.mp3']);
    expect(fake.spoken).toEqual([]);
    expect(seen).toEqual([[-1, 'reading'], [-1, 'idle']]);
  });

  it('a file that cannot play (missing, or offline and not kept) hands over to the device voice from that sentence', async () => {
    const played: string[] = [];
    const fails = vi.fn();
    const seen: [number, ReaderState][] = [];
    const mixed = new Reader(
      {
        synth: window.speechSynthesis,
        Utterance: window.SpeechSynthesisUtterance,
        play: (url) => (played.push(url), { done: url.endsWith('2.webm') ? Promise.reject(new Error('404')) : Promise.resolve(), stop() {} }),
      },
      { onChange: (i, state) => seen.push([i, state]), onFail: fails },
    );
    mixed.start(['Un.', 'Deux.', 'Trois.'], { voice: fr as SpeechSynthesisVoice, rate: 1, recordings: ['1.webm', '2.webm', '3.webm'] });
    await vi.waitFor(() => expect(fake.spoken.length).toBe(1));
    fake.finishAll();
    expect(played).toEqual(['1.webm', '2.webm']);
    expect(fake.spoken.map((s) => s.text)).toEqual(['Deux.', 'Trois.']);
    expect(seen.map(([i]) => i)).toEqual([0, 1, 1, 2, -1]);
    expect(fails).not.toHaveBeenCalled();
  });

  it('with no device voice, a file that cannot play stops reading and says so (no hang)', async () => {
    const fails = vi.fn();
    const alone = new Reader(
      { play: () => ({ done: Promise.reject(new Error('offline')), stop() {} }) },
      { onChange: () => undefined, onFail: fails },
    );
    alone.start(['ሰላም።', 'ካልኣይ።'], { rate: 0.8, recordings: ['1.webm', '2.webm'] });
    await vi.waitFor(() => expect(fails).toHaveBeenCalledOnce());
    expect(alone.current).toBe('idle');
  });

  it('plays each file at the reading speed', () => {
    const rates: number[] = [];
    const r = new Reader({ play: (_u, rate) => (rates.push(rate), { done: new Promise(() => undefined), stop() {} }) }, { onChange: () => undefined });
    r.start(['Un.'], { rate: 0.8, recordings: ['1.webm'] });
    expect(rates).toEqual([0.8]);
  });
});

describe('the browser player', () => {
  it('gives up on a file that never starts, instead of hanging', async () => {
    vi.useFakeTimers();
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(() => Promise.resolve());
    const pause = vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
    const playing = browserEnv().play!('/audio/ti/tts/g/s/00000000.webm', 0.8);
    const outcome = playing.done.then(() => 'ended', (e: Error) => e.message);
    vi.advanceTimersByTime(10_000);
    await expect(outcome).resolves.toBe('stalled');
    play.mockRestore();
    pause.mockRestore();
    vi.useRealTimers();
  });
});
