// Byte figures from the production build, shared by the budget test and `npm run bench`.
// Sizes are gzip level 9 of the bytes served: deterministic for the same build.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Everything a visit precaches for offline use (recordings excepted), compressed. */
export function offlinePackage(dist = 'dist') {
  const all = files(dist).filter((f) => !relative(dist, f).startsWith('audio'));
  return { files: all.length, bytes: all.reduce((n, f) => n + gz(readFileSync(f)), 0) };
}

/**
 * The first visit to the home screen in a real browser: the page, its scripts and styles and
 * the text it loads (pictures, the service worker and its precache are not counted).
 */
export async function firstVisit(page, url) {
  const seen = new Map();
  page.on('response', async (response) => {
    const request = response.request();
    if (request.serviceWorker() || !['document', 'script', 'stylesheet', 'fetch', 'xhr'].includes(request.resourceType())) return;
    try {
      seen.set(request.url(), gz(await response.body()));
    } catch {
      /* a redirect or an aborted request has no body */
    }
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  const entries = [...seen].map(([u, bytes]) => ({ path: new URL(u).pathname, bytes }));
  return { bytes: entries.reduce((n, e) => n + e.bytes, 0), entries };
}

/** The computer voice of each language (npm run voices), from its manifest: fetched on demand, never precached. */
export function voiceAudio(publicDir = 'public') {
  const root = join(publicDir, 'audio');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .filter((lang) => existsSync(join(root, lang, 'tts', 'manifest.json')))
    .map((lang) => {
      const m = JSON.parse(readFileSync(join(root, lang, 'tts', 'manifest.json'), 'utf8'));
      return { lang, voice: m.voice, bytes: m.bytes, seconds: m.seconds, files: Object.keys(m.files).length };
    });
}
