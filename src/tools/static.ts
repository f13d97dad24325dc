// Build-time only: ships locales/<lng>/<ns>.json as they are (fetched on demand, precached), and
// writes the Content-Security-Policy into the built page (static hosts may not set headers; the
// development server needs inline styles, so it gets none).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';

export const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

export function localeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith('.json')).map((f) => `${d.name}/${f}`));
}

const AUDIO = /\.(mp3|ogg|opus|m4a)$/;
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
    resolveId(id) {
      return ['virtual:recordings', 'virtual:voices', 'virtual:voice-languages'].includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === '\0virtual:recordings') return `export const RECORDINGS = ${JSON.stringify(recordingFiles(publicDir))};`;
      // Two modules: the first bundle needs only the languages, the later parts their sizes.
      if (id === '\0virtual:voice-languages') return `export const VOICE_LANGUAGES = ${JSON.stringify(Object.keys(voiceSummary(publicDir)))};`;
      if (id === '\0virtual:voices') return `export const VOICES = ${JSON.stringify(voiceSummary(publicDir))};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/locales\/([a-z]{2,3}\/[a-z-]+\.json)$/.exec(req.url?.split('?')[0] ?? '');
        if (!m) return next();
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
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (ctx.server) return html;
        return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
      },
    },
  };
}
