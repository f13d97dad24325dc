// The computer voice: audio generated at build time by eSpeak NG for the languages phones rarely
// speak (npm run voices; src/lib/tts.ts names the files). Nothing of it is in the first visit or
// the precache: a step's files are fetched when "Read to me" is pressed and kept by the service
// worker (cache "voices"); "Keep the voice for offline use" fetches the rest of the language.
import { VOICE_LANGUAGES } from 'virtual:voice-languages';
import { TTS_TYPE } from './tts';

/** The cache the service worker plays the files from (vite.config.ts, runtimeCaching). */
export const VOICE_CACHE = 'voices';

let playable: boolean | undefined;

/** Whether this browser plays Opus in WebM (Android's browsers, iOS 17 and later). */
export function canPlay(): boolean {
  if (playable === undefined) {
    try {
      playable = typeof Audio !== 'undefined' && new Audio().canPlayType(TTS_TYPE) !== '';
    } catch {
      playable = false;
    }
  }
  return playable;
}

/** Whether the language has a computer voice at all (whatever this browser plays). */
export function hasComputerVoice(lang: string): boolean {
  return VOICE_LANGUAGES.includes(lang);
}

/** Whether the language has a computer voice and this browser can play it. */
export function canUseComputerVoice(lang: string): boolean {
  return hasComputerVoice(lang) && canPlay();
}
