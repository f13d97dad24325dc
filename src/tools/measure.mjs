// Byte figures from the production build, shared by the budget test and `npm run bench`.
// Sizes are gzip level 9 of the bytes served: deterministic for the same build.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** What a server compresses (deploy/nginx.conf's gzip_types, and HTML): the rest goes as it is. */
const COMPRESSED_TYPE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg\+xml)/;
const COMPRESSED_NAME = /(\/|\.(html|css|js|json|svg|webmanifest))$/;

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
 * The first visit to a screen in a real browser, counted as the browser fetches it: every
 * request the page makes (the page, scripts, styles, text, pictures, the manifest, icons,
 * favicons), each time it crosses the network. Not counted: the service worker and what it
 * precaches for offline use (that is the offline package), and answers from the browser's own
 * HTTP cache (so the server's cache headers count: measure through deploy/nginx.conf).
 * Text is counted compressed (gzip -9), images that servers do not compress as they are.
 */
export async function firstVisit(page, url) {
  const pending = [];
  const onFinished = (request) => {
    if (request.serviceWorker()) return;
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response || response.status() === 304 || response.fromServiceWorker()) return undefined;
        // Answered from the browser's HTTP cache (nothing crossed the network): free.
        if ((await request.sizes()).responseBodySize <= 0) return undefined;
        const body = await response.body();
        const path = new URL(request.url()).pathname;
        const type = (await response.headerValue('content-type')) ?? '';
        const compressed = COMPRESSED_TYPE.test(type) || COMPRESSED_NAME.test(path);
        return { path, type: request.resourceType(), bytes: compressed ? gz(body) : body.length };
      })().catch(() => undefined), // a redirect or an aborted request has no body
    );
  };
  page.on('requestfinished', onFinished);
  try {
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    // Icons for the manifest and the tab are fetched late, after the page is idle.
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('requestfinished', onFinished);
  }
  const entries = (await Promise.all(pending)).filter(Boolean);
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
