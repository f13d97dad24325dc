// Build-time only: ships locales/<lng>/<ns>.json as they are (fetched on demand, precached), and
// writes into the built page's head the Content-Security-Policy (static hosts may not set
// headers; the development server needs inline styles, so it gets none) and the small script
// that picks the language before the first paint (src/lib/first-paint.js), allowed by its hash.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../content/languages.ts';

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

const AUDIO = /\.(mp3|ogg|opus|m4a)$/;

/** Recordings under public/audio, as paths relative to the site root. */
export function recordingFiles(publicDir: string): string[] {
  const root = join(publicDir, 'audio');
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true }) as string[])
    .map((p) => p.split(sep).join('/'))
    .filter((p) => AUDIO.test(p))
    .map((p) => `audio/${p}`)
    .sort();
}

export function staticPlugin(localesDir: string, publicDir = 'public'): Plugin {
  return {
    name: 'static-content',
    resolveId(id) {
      return id === 'virtual:recordings' ? '\0virtual:recordings' : undefined;
    },
    load(id) {
      if (id === '\0virtual:recordings') return `export const RECORDINGS = ${JSON.stringify(recordingFiles(publicDir))};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const [path, query = ''] = (req.url ?? '').split('?');
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
