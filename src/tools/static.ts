// Build-time only: ships locales/<lng>/<ns>.json as they are (fetched on demand, precached), and
// writes into the built page's head the Content-Security-Policy (static hosts may not set
// headers; the development server needs inline styles, so it gets none) and the small script
// that picks the language before the first paint (src/lib/first-paint.js), allowed by its hash.
//
// Review records: the review screen must know which strings a native speaker approved, and
// against which English. The track files (locales/<lng>.track.json) hold that, but also a hash per
// string the browser has no use for, so the build derives a compact file per language,
// locales/<lng>.reviews.json = { reviewed: { "ns:key": date }, changed: { "ns:key": { en, date } } },
// compared with today's English here (the browser needs no hashing). It is fetched by the review
// screen only, never by a child's screens; it is precached like the other text (a few bytes per
// reviewed string) so the review screen works offline. The professionals' page gets per-language
// counts only, from virtual:review-summary.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../content/languages.ts';
import { AUDIO_EXTENSIONS } from '../lib/audio-files.ts';
import { languages, reviewRecords, reviewSummary, strings } from './track.mjs';

/** The policy, with the hash of the one inline script (the app's own files are 'self'). */
export function contentSecurityPolicy(scriptHash: string): string {
  return `default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self' '${scriptHash}'; object-src 'none'; base-uri 'self'; form-action 'none'`;
}

/** The first-paint script as it is inlined, and its hash for the policy. */
export async function firstPaintScript(file = 'src/lib/first-paint.js'): Promise<{ code: string; hash: string }> {
  const result = await minify(readFileSync(file, 'utf8'), { ecma: 5, compress: { passes: 2 }, format: { comments: false } });
  const code = result.code ?? '';
  return { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` };
}

export function localeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith('.json')).map((f) => `${d.name}/${f}`));
}

const AUDIO = new RegExp(`\\.(${AUDIO_EXTENSIONS.join('|')})$`);
/** Generated audio (npm run voices) lives in audio/<lang>/tts/: not a recording, never listed here. */
const GENERATED = /^[a-z]{2,3}\/tts\//;

/** Human recordings under public/audio, as paths relative to the site root. */
export function recordingFiles(publicDir: string): string[] {
  const root = join(publicDir, 'audio');
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true }) as string[])
    .map((p) => p.split(sep).join('/'))
    .filter((p) => AUDIO.test(p) && !GENERATED.test(p))
    .map((p) => `audio/${p}`)
    .sort();
}

export interface VoiceSummary {
  /** Bytes of all the language's generated files (for "Keep the voice for offline use (3.1 MB)"). */
  bytes: number;
  files: number;
  /** Read by the voice of this neighbour language (Dari by Persian). */
  neighbour?: string;
}

/**
 * The languages with a computer voice, from their manifests: a few numbers each. The list of
 * files stays in the manifest, fetched only when the voice is kept for offline use.
 */
export function voiceSummary(publicDir: string): Record<string, VoiceSummary> {
  const root = join(publicDir, 'audio');
  if (!existsSync(root)) return {};
  const out: Record<string, VoiceSummary> = {};
  for (const lang of readdirSync(root).sort()) {
    const file = join(root, lang, 'tts', 'manifest.json');
    if (!existsSync(file)) continue;
    const m = JSON.parse(readFileSync(file, 'utf8')) as { bytes: number; files: object; neighbour?: string };
    out[lang] = { bytes: m.bytes, files: Object.keys(m.files).length, ...(m.neighbour ? { neighbour: m.neighbour } : {}) };
  }
  return out;
}

export function staticPlugin(localesDir: string, publicDir = 'public'): Plugin {
  return {
    name: 'static-content',
    configResolved(config) {
      // The recordings are listed from the public folder the build really copies.
      if (config.publicDir) publicDir = config.publicDir;
    },
    resolveId(id) {
      return ['virtual:recordings', 'virtual:review-summary', 'virtual:voices', 'virtual:voice-languages'].includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === '\0virtual:recordings') return `export const RECORDINGS = ${JSON.stringify(recordingFiles(publicDir))};`;
      if (id === '\0virtual:review-summary') {
        for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.track.json'))) this.addWatchFile(resolve(localesDir, file));
        return `export const REVIEW_SUMMARY = ${JSON.stringify(reviewSummary(localesDir))};`;
      }
      // Two modules: the first bundle needs only the languages, the later parts their sizes.
      if (id === '\0virtual:voice-languages') return `export const VOICE_LANGUAGES = ${JSON.stringify(Object.keys(voiceSummary(publicDir)))};`;
      if (id === '\0virtual:voices') return `export const VOICES = ${JSON.stringify(voiceSummary(publicDir))};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const [path, query = ''] = (req.url ?? '').split('?');
        const reviews = /\/locales\/([a-z]{2,3})\.reviews\.json$/.exec(path);
        if (reviews && languages(localesDir).includes(reviews[1])) {
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(reviewRecords(localesDir, reviews[1])));
          return;
        }
        const m = /\/locales\/([a-z]{2,3}\/[a-z-]+\.json)$/.exec(path);
        // English screen text is also imported as a module (?import): that is Vite's to serve.
        if (!m || /(^|&)import\b/.test(query)) return next();
        try {
          res.setHeader('Content-Type', 'application/json');
          res.end(readFileSync(join(localesDir, m[1])));
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const file of localeFiles(localesDir)) {
        // Parsed and re-serialised: a broken file fails the build, and whitespace is not shipped.
        const source = JSON.stringify(JSON.parse(readFileSync(join(localesDir, file), 'utf8')));
        this.emitFile({ type: 'asset', fileName: `locales/${file}`, source });
      }
      const english = strings(localesDir, 'en');
      for (const lang of languages(localesDir)) {
        this.emitFile({ type: 'asset', fileName: `locales/${lang}.reviews.json`, source: JSON.stringify(reviewRecords(localesDir, lang, english)) });
      }
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        if (ctx.server) return html;
        const script = await firstPaintScript();
        const languages = LANGUAGES.map((l) => l.code).join(' ');
        const rtl = LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code).join(' ');
        return html
          .replace('<html lang="en" dir="ltr">', `<html lang="en" dir="ltr" data-languages="${languages}" data-rtl="${rtl}">`)
          .replace(
            '<meta charset="utf-8" />',
            `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(script.hash)}" />\n    <script>${script.code}</script>`,
          );
      },
    },
  };
}
