// Where the generated ("computer voice") audio of a sentence lives. Shared by the app and by
// `npm run voices` (src/tools/voices.mjs), so both name a sentence's file the same way:
//   audio/<lang>/tts/<guide>/<step-id>/<key>.webm     key: a hash of the sentence as shown
//   audio/<lang>/tts/manifest.json                    engine, voice, and every file's text hash
// A file is named after the text it speaks, so a changed sentence simply has no file (never the
// old audio), unchanged sentences keep theirs, and a cached file never goes stale.

export const TTS_EXT = 'webm';
/** What the files are, for canPlayType: Opus in WebM plays on Android's browsers and iOS 17+. */
export const TTS_TYPE = 'audio/webm; codecs="opus"';

/** FNV-1a (32 bits) over UTF-16 code units: the same in Node and every browser, synchronous. */
export function ttsKey(sentence: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < sentence.length; i++) {
    h ^= sentence.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The file of one sentence of a step, relative to the language's tts folder. */
export function ttsFile(guide: string, step: string, sentence: string): string {
  return `${guide}/${step}/${ttsKey(sentence)}.${TTS_EXT}`;
}

/** The language's tts folder, relative to the site root. */
export function ttsDir(lang: string): string {
  return `audio/${lang}/tts/`;
}
