// "Keep the voice for offline use": every file of the language into the cache, with progress;
// a cut keeps what arrived and the next try fetches only the rest; cancelling stops at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepVoice, keptFiles, prefetch, type KeepProgress } from '../../src/lib/keep-voice';
import { VOICE_CACHE } from '../../src/lib/voices';

class FakeCache {
  entries = new Map<string, Response>();
  async match(url: string) {
    return this.entries.get(new URL(url, location.href).href);
  }
  async put(url: string, response: Response) {
    this.entries.set(new URL(url, location.href).href, response);
  }
  async delete(url: string) {
    return this.entries.delete(url);
  }
  async keys() {
    return [...this.entries.keys()].map((url) => ({ url }));
  }
}

const FILES = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`g/s/${String(i).padStart(8, '0')}.webm`, { bytes: 100 }]));
const dir = new URL('/audio/ti/tts/', location.href).href;
let cache: FakeCache;
let fetched: string[];
let failAt: number | undefined;

beforeEach(() => {
  cache = new FakeCache();
  fetched = [];
  failAt = undefined;
  vi.stubGlobal('caches', { open: async (name: string) => (expect(name).toBe(VOICE_CACHE), cache) });
  vi.stubGlobal('fetch', async (input: string) => {
    const url = String(input);
    if (url.endsWith('manifest.json')) return new Response(JSON.stringify({ files: FILES }));
    if (failAt !== undefined && fetched.length >= failAt) throw new TypeError('Failed to fetch');
    fetched.push(url);
    return new Response('opus');
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('keeping the voice', () => {
  it('keeps every file and reports progress up to the whole size', async () => {
    const seen: KeepProgress[] = [];
    await keepVoice('ti', (p) => seen.push(p), new AbortController().signal);
    expect(cache.entries.size).toBe(10);
    expect(seen[0]).toEqual({ done: 0, total: 10, bytes: 0, allBytes: 1000 });
    expect(seen.at(-1)).toEqual({ done: 10, total: 10, bytes: 1000, allBytes: 1000 });
    expect(await keptFiles('ti')).toBe(10);
  });

  it('a download cut halfway keeps what arrived, and the next try fetches only the rest', async () => {
    failAt = 4;
    await expect(keepVoice('ti', () => undefined, new AbortController().signal)).rejects.toThrow();
    expect(cache.entries.size).toBe(4);
    failAt = undefined;
    const before = fetched.length;
    const seen: KeepProgress[] = [];
    await keepVoice('ti', (p) => seen.push(p), new AbortController().signal);
    expect(fetched.length - before).toBe(6);
    expect(seen[0]).toMatchObject({ done: 4, bytes: 400 });
    expect(cache.entries.size).toBe(10);
  });

  it('cancelling stops it', async () => {
    const controller = new AbortController();
    const keeping = keepVoice('ti', (p) => p.done === 2 && controller.abort(), controller.signal);
    await expect(keeping).rejects.toThrow();
    expect(cache.entries.size).toBeLessThan(10);
  });

  it('drops files the text no longer uses', async () => {
    await cache.put(`${dir}g/s/ffffffff.webm`, new Response('old'));
    await keepVoice('ti', () => undefined, new AbortController().signal);
    expect(cache.entries.has(`${dir}g/s/ffffffff.webm`)).toBe(false);
    expect(cache.entries.size).toBe(10);
  });

  it('"Read to me" stores the step\'s files whole, once each, and stops quietly when offline', async () => {
    const urls = [`${dir}a.webm`, `${dir}b.webm`];
    prefetch(urls);
    await vi.waitFor(() => expect(cache.entries.size).toBe(2));
    prefetch(urls);
    await new Promise((r) => setTimeout(r, 10));
    expect(fetched).toEqual(urls);
    failAt = 0;
    fetched = [];
    prefetch([`${dir}c.webm`]);
    await new Promise((r) => setTimeout(r, 10));
    expect(cache.entries.size).toBe(2);
  });
});
