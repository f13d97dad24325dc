// A fake speechSynthesis that records every utterance (text, language, voice, rate) and fires
// the events a real one would. Self-contained, so the real-browser tests can inject it before
// the page loads with `(${installFakeSpeech})(window, voices)`.

export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

export interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
  rate: number;
}

export interface FakeSpeech {
  spoken: Spoken[];
  cancels: number;
  /** Ends the utterance being spoken (fires onend), which starts the next one. */
  finish(): void;
  /** Ends every utterance in turn until the queue is empty. */
  finishAll(): void;
}

export function installFakeSpeech(win: Window & typeof globalThis, voices: FakeVoice[], autoFinish = false): FakeSpeech {
  const state: FakeSpeech = {
    spoken: [],
    cancels: 0,
    finish() {
      const u = queue.shift();
      if (u) u.onend?.(new Event('end') as never);
      startNext();
    },
    finishAll() {
      while (queue.length) state.finish();
    },
  };
  const queue: SpeechSynthesisUtterance[] = [];
  const listeners = new Set<() => void>();
  let speaking: SpeechSynthesisUtterance | undefined;

  class Utterance {
    text: string;
    lang = '';
    voice: FakeVoice | null = null;
    rate = 1;
    onstart: ((e: Event) => void) | null = null;
    onend: ((e: Event) => void) | null = null;
    onerror: ((e: Event) => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }

  function startNext() {
    const u = queue[0];
    if (!u || speaking === u) return;
    speaking = u;
    state.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name, rate: u.rate });
    u.onstart?.(new Event('start') as never);
    if (autoFinish) setTimeout(() => speaking === u && state.finish(), 10);
  }

  const synth = {
    getVoices: () => voices,
    speak(u: SpeechSynthesisUtterance) {
      queue.push(u);
      startNext();
    },
    cancel() {
      state.cancels += 1;
      const dropped = queue.splice(0);
      speaking = undefined;
      dropped.forEach((u) => u.onerror?.(Object.assign(new Event('error'), { error: 'interrupted' }) as never));
    },
    pause() {},
    resume() {},
    get speaking() {
      return speaking !== undefined;
    },
    addEventListener(type: string, fn: () => void) {
      if (type === 'voiceschanged') listeners.add(fn);
    },
    removeEventListener(type: string, fn: () => void) {
      if (type === 'voiceschanged') listeners.delete(fn);
    },
  };
  Object.defineProperty(win, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(win, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  (win as unknown as { __speech: FakeSpeech }).__speech = state;
  return state;
}
