// Storing the computer voice for offline use: a step's files as they are first read, and on
// "Keep the voice for offline use" every file of the language, in the cache the service worker
// plays from. Loaded only on a step in a language with a computer voice.
import { VOICES } from 'virtual:voices';
import { VOICE_CACHE, canPlay } from './voices';
import { ttsDir, ttsFile } from './tts';

export interface ComputerVoice {
  lang: string;
  bytes: number;
  files: number;
  /** Read with a neighbour language's voice (Dari with Persian). */
  neighbour?: string;
}

/** Its size and voice (not needed by the first screen: only the later parts ask). */
export function computerVoice(lang: string): ComputerVoice | undefined {
  const v = VOICES[lang];
  return v && canPlay() ? { lang, ...v } : undefined;
}

/** The files of a step's sentences, as the page addresses them. */
export function stepFiles(lang: string, guide: string, step: string, sentences: readonly string[]): string[] {
  return sentences.map((s) => import.meta.env.BASE_URL + ttsDir(lang) + ttsFile(guide, step, s));
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

const base = () => import.meta.env.BASE_URL;

/** The user asked the browser to save data (Chrome on Android's Lite mode, data saver). */
export function savingData(): boolean {
  return (globalThis.navigator as { connection?: { saveData?: boolean } } | undefined)?.connection?.saveData === true;
}

export interface KeepProgress {
  done: number;
  total: number;
  /** Bytes of the files kept so far, of all. */
  bytes: number;
  allBytes: number;
}

/** How much of the language is already kept (no network: counts the cache). */
export async function keptFiles(lang: string): Promise<number> {
  if (!globalThis.caches) return 0;
  try {
    const cache = await caches.open(VOICE_CACHE);
    const prefix = new URL(base() + ttsDir(lang), location.href).href;
    return (await cache.keys()).filter((r) => r.url.startsWith(prefix)).length;
  } catch {
    return 0;
  }
}

interface Manifest {
  files: Record<string, { bytes: number }>;
}

/**
 * Keeps every file of the language for offline use. Files already kept are skipped, so a second
 * call resumes; each file is stored as it arrives, so a cut download keeps what came. Rejects
 * when the network fails or `signal` aborts (an AbortError); files no longer in the manifest
 * (text changed since) are dropped from the cache.
 */
export async function keepVoice(lang: string, onProgress: (p: KeepProgress) => void, signal: AbortSignal): Promise<void> {
  if (!globalThis.caches) throw new Error('no cache storage');
  const dir = new URL(base() + ttsDir(lang), location.href).href;
  const response = await fetch(`${dir}manifest.json`, { signal, cache: 'no-cache' });
  if (!response.ok) throw new Error(`manifest ${response.status}`);
  const manifest = (await response.json()) as Manifest;
  const cache = await caches.open(VOICE_CACHE);
  const wanted = new Map(Object.entries(manifest.files).map(([file, e]) => [dir + file, e.bytes]));
  const present = new Set((await cache.keys()).map((r) => r.url).filter((u) => u.startsWith(dir)));
  for (const url of present) if (!wanted.has(url)) await cache.delete(url);
  const allBytes = [...wanted.values()].reduce((n, b) => n + b, 0);
  const missing = [...wanted.keys()].filter((u) => !present.has(u));
  let done = wanted.size - missing.length;
  let bytes = [...wanted].filter(([u]) => present.has(u)).reduce((n, [, b]) => n + b, 0);
  const report = () => onProgress({ done, total: wanted.size, bytes, allBytes });
  report();
  // A few at a time: fast on a good line, and a cut costs at most a few files.
  let next = 0;
  const worker = async () => {
    while (next < missing.length) {
      signal.throwIfAborted();
      const url = missing[next++];
      const r = await fetch(url, { signal });
      if (!r.ok) throw new Error(`${url} ${r.status}`);
      await cache.put(url, r);
      done += 1;
      bytes += wanted.get(url) ?? 0;
      report();
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}
