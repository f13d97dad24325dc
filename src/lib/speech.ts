// Reading aloud (../shared/design/speech.md). One module for the components: it picks a voice
// that really speaks the page's language, reads one sentence per utterance, highlights through
// onstart/onend, pauses as cancel-and-repeat (Android's pause cancels), and plays audio files
// instead where they are given (a person's recording, or the computer voice of src/lib/voices.ts),
// handing over to the device's voice or saying so when a file cannot play. Components never
// touch speechSynthesis or Audio themselves.

export interface VoiceChoice {
  voice: SpeechSynthesisVoice;
  /** The voice is of a neighbour language (Dari read with a Persian voice): say so. */
  neighbour: boolean;
}

/** Voice tags to try for a page language, best first. Dari may fall back to Persian. */
const CANDIDATES: Record<string, { tags: string[]; neighbours?: string[] }> = {
  fr: { tags: ['fr-BE', 'fr'] },
  nl: { tags: ['nl-BE', 'nl'] },
  de: { tags: ['de-BE', 'de'] },
  en: { tags: ['en-GB', 'en'] },
  prs: { tags: ['prs', 'fa-AF'], neighbours: ['fa'] },
  zh: { tags: ['zh-CN', 'cmn-Hans-CN', 'zh'] },
};

const norm = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
const primary = (tag: string) => norm(tag).split('-')[0];

function matches(voice: SpeechSynthesisVoice, tag: string): boolean {
  const v = norm(voice.lang);
  const t = norm(tag);
  return t.includes('-') ? v === t || v.startsWith(`${t}-`) : primary(v) === t;
}

/**
 * The best voice for `lang`: exact language (never another language's voice), the preferred
 * region first, local voices first; offline, only voices that run on the device.
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string, offline: boolean): VoiceChoice | undefined {
  const usable = voices.filter((v) => !offline || v.localService);
  const { tags, neighbours = [] } = CANDIDATES[lang] ?? { tags: [lang] };
  const rank = (v: SpeechSynthesisVoice) => (v.localService ? 0 : 2) + (v.default ? 0 : 1);
  for (const [list, neighbour] of [[tags, false], [neighbours, true]] as const) {
    for (const tag of list) {
      const found = usable.filter((v) => matches(v, tag)).sort((a, b) => rank(a) - rank(b));
      if (found[0]) return { voice: found[0], neighbour };
    }
  }
  return undefined;
}

/** The voice list starts empty in Chrome: wait for voiceschanged, but not forever. */
export function loadVoices(synth: SpeechSynthesis | undefined, timeout = 2000): Promise<SpeechSynthesisVoice[]> {
  if (!synth) return Promise.resolve([]);
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, timeout);
    synth.addEventListener('voiceschanged', done);
  });
}

/** This device's voices (none where the browser has no speech). */
export function deviceVoices(): Promise<SpeechSynthesisVoice[]> {
  return loadVoices(globalThis.speechSynthesis);
}

export type ReaderState = 'idle' | 'reading' | 'paused';

export interface ReaderEvents {
  /** The sentence being read (-1: none) and the reader's state. */
  onChange(sentence: number, state: ReaderState): void;
  /** An audio file could not be played and no device voice could take over. */
  onFail?(): void;
}

export interface Playing {
  done: Promise<void>;
  stop(): void;
}

export interface SpeechEnv {
  synth?: SpeechSynthesis;
  Utterance?: typeof SpeechSynthesisUtterance;
  /** Plays an audio file at a rate and resolves when it ends (rejects on failure or a stall). */
  play?: (url: string, rate: number) => Playing;
}

/** Nothing heard for this long (not started, or stuck waiting for data): give up, never hang. */
const STALL_MS = 10_000;

export function browserEnv(): SpeechEnv {
  let audio: HTMLAudioElement | undefined;
  return {
    synth: globalThis.speechSynthesis,
    Utterance: globalThis.SpeechSynthesisUtterance,
    play(url, rate) {
      // One element for every file: iOS lets an element go on playing once a tap started it.
      const a = (audio ??= new Audio());
      const done = new Promise<void>((resolve, reject) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const watch = () => {
          clearTimeout(timer);
          timer = setTimeout(() => end(new Error('stalled')), STALL_MS);
        };
        const end = (error?: unknown) => {
          clearTimeout(timer);
          a.onended = a.onerror = a.onplaying = a.onwaiting = null;
          if (error) {
            a.pause();
            reject(error);
          } else resolve();
        };
        a.onplaying = () => clearTimeout(timer);
        a.onwaiting = watch;
        a.onended = () => end();
        a.onerror = () => end(new Error('audio'));
        a.src = url;
        a.defaultPlaybackRate = a.playbackRate = rate;
        watch();
        a.play().catch(end);
      });
      return {
        done,
        stop() {
          a.onended = a.onerror = a.onplaying = a.onwaiting = null;
          a.pause();
        },
      };
    },
  };
}

/** Reads a list of sentences: each by its recording where one ships, else by the voice. */
export class Reader {
  private sentences: string[] = [];
  private index = 0;
  private state: ReaderState = 'idle';
  private generation = 0;
  private voice?: SpeechSynthesisVoice;
  private rate = 0.85;
  private recordings: readonly (string | undefined)[] = [];
  private whole?: string;
  private playing?: { stop(): void };

  constructor(
    private env: SpeechEnv,
    private events: ReaderEvents,
  ) {}

  get current(): ReaderState {
    return this.state;
  }

  /**
   * Starts from the first sentence; call from the tap itself (iOS needs that). `recordings[i]`
   * is the recording of `sentences[i]` (a human voice wins over the device's); `whole` is one
   * recording of the whole step, played instead of everything.
   */
  start(
    sentences: string[],
    options: { voice?: SpeechSynthesisVoice; rate: number; recordings?: readonly (string | undefined)[]; whole?: string },
  ): void {
    this.stop();
    this.sentences = sentences;
    this.voice = options.voice;
    this.rate = options.rate;
    this.recordings = options.recordings ?? [];
    this.whole = options.whole;
    this.index = 0;
    this.run();
  }

  /** Pause is cancel plus "remember the sentence": Chrome on Android cancels on pause(). */
  pause(): void {
    if (this.state !== 'reading') return;
    this.halt();
    this.set('paused', this.index);
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.run();
  }

  stop(): void {
    this.halt();
    this.index = 0;
    if (this.state !== 'idle') this.set('idle', -1);
  }

  private halt(): void {
    this.generation += 1;
    this.playing?.stop();
    this.playing = undefined;
    this.env.synth?.cancel();
  }

  private set(state: ReaderState, sentence: number): void {
    this.state = state;
    this.events.onChange(sentence, state);
  }

  private run(): void {
    this.halt();
    this.state = 'reading';
    const generation = this.generation;
    if (this.whole) this.playWhole(this.whole, generation);
    else this.readFrom(generation);
  }

  private finish(generation: number): void {
    if (generation !== this.generation) return;
    this.index = 0;
    this.set('idle', -1);
  }

  /**
   * Sentence by sentence: its recording (a person's, or the computer voice's), else the device's
   * voice; with neither, it is skipped. A file that fails (missing, or offline and not kept) hands
   * over to the device's voice from that sentence on where there is one; otherwise reading stops
   * and the page is told.
   */
  private readFrom(generation: number): void {
    const i = this.index;
    if (i >= this.sentences.length) return this.finish(generation);
    const next = () => {
      if (generation !== this.generation) return;
      this.index = i + 1;
      this.readFrom(generation);
    };
    const recording = this.recordings[i];
    if (recording && this.env.play) {
      const playing = this.env.play(recording, this.rate);
      this.playing = playing;
      this.set('reading', i);
      playing.done.then(next, () => {
        if (generation !== this.generation) return;
        this.playing = undefined;
        if (this.voice && this.env.synth) {
          this.recordings = [];
          this.readFrom(generation);
        } else {
          this.finish(generation);
          this.events.onFail?.();
        }
      });
      return;
    }
    const { synth, Utterance } = this.env;
    if (!synth || !Utterance || !this.voice) return next();
    const u = new Utterance(this.sentences[i]);
    u.voice = this.voice;
    u.lang = this.voice.lang;
    u.rate = this.rate;
    u.onstart = () => generation === this.generation && this.set('reading', i);
    u.onend = next;
    u.onerror = () => this.finish(generation);
    synth.speak(u);
  }

  /** One recording of the whole step: nothing is highlighted while it plays. */
  private playWhole(url: string, generation: number): void {
    if (!this.env.play) return this.finish(generation);
    const playing = this.env.play(url, this.rate);
    this.playing = playing;
    this.set('reading', -1);
    playing.done.then(
      () => this.finish(generation),
      () => {
        if (generation !== this.generation) return;
        this.finish(generation);
        this.events.onFail?.();
      },
    );
  }
}
