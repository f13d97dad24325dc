// The computer voice: audio generated at build time by eSpeak NG for the languages phones rarely
// speak (npm run voices; src/lib/tts.ts names the files). Nothing of it is in the first visit or
// the precache: a step's files are fetched when "Read to me" is pressed and kept by the service
// worker (cache "voices"); "Keep the voice for offline use" fetches the rest of the language.
import { VOICES } from 'virtual:voices';
import { pickVoice } from './speech';
import { TTS_TYPE, ttsDir, ttsFile } from './tts';

/** The cache the service worker plays the files from (vite.config.ts, runtimeCaching). */
export const VOICE_CACHE = 'voices';

export interface ComputerVoice {
  lang: string;
  bytes: number;
  files: number;
  /** Read with a neighbour language's voice (Dari with Persian). */
  neighbour?: string;
}

let playable: boolean | undefined;

/** Whether this browser plays Opus in WebM (Android's browsers, iOS 17 and later). */
function canPlay(): boolean {
  if (playable === undefined) {
    try {
      playable = typeof Audio !== 'undefined' && new Audio().canPlayType(TTS_TYPE) !== '';
    } catch {
      playable = false;
    }
  }
  return playable;
}

/** The language's computer voice, if it has one and this browser can play it. */
export function computerVoice(lang: string): ComputerVoice | undefined {
  const v = VOICES[lang];
  return v && canPlay() ? { lang, ...v } : undefined;
}

/** Whether the language has a computer voice at all (whatever this browser plays). */
export function hasComputerVoice(lang: string): boolean {
  return lang in VOICES;
}

const base = () => import.meta.env.BASE_URL;

/** The file of one sentence of a step, as the page addresses it. */
export function computerVoiceUrl(lang: string, guide: string, step: string, sentence: string): string {
  return base() + ttsDir(lang) + ttsFile(guide, step, sentence);
}

/**
 * Keeps a step's files as "Read to me" starts: the audio element asks for byte ranges, which
 * are not stored whole, so each file is also fetched plainly, in order, and put in the cache the
 * service worker plays from. Quietly stops at the first failure (offline: playing says so).
 */
export function prefetch(urls: readonly string[]): void {
  if (!globalThis.caches) return;
  void (async () => {
    try {
      const cache = await caches.open(VOICE_CACHE);
      for (const url of urls) {
        if (await cache.match(url)) continue;
        const response = await fetch(url);
        if (!response.ok) return;
        await cache.put(url, response);
      }
    } catch {
      /* offline, or no storage */
    }
  })();
}

export type WhoReads = 'human' | 'phone' | 'phoneNeighbour' | 'computer' | 'computerNeighbour' | 'none';

/** Who reads a language aloud on this device, in the order "Read to me" prefers them. */
export function whoReads(lang: string, voices: readonly SpeechSynthesisVoice[], recorded: boolean): WhoReads {
  if (recorded) return 'human';
  const phone = pickVoice(voices, lang, false);
  if (phone) return phone.neighbour ? 'phoneNeighbour' : 'phone';
  const computer = computerVoice(lang);
  if (computer) return computer.neighbour ? 'computerNeighbour' : 'computer';
  return 'none';
}
