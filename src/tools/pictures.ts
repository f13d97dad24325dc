// Build-time only: composes Fluent Emoji Flat icons (MIT, Microsoft) into small SVG scenes and
// emits just the ones the content uses, so no picture is fetched at run time or shipped unused.
import { getIconData, iconToSVG, replaceIDs } from '@iconify/utils';
import { optimize } from 'svgo';
import icons from '@iconify-json/fluent-emoji-flat/icons.json' with { type: 'json' };
import type { Plugin } from 'vite';
import type { IconifyJSON } from '@iconify/types';
import { UI_ICONS, pictureFile } from '../content/pictures.ts';
import type { Picture } from '../content/types';

const SET = icons as unknown as IconifyJSON;

/**
 * Smaller files, same drawing: coordinates rounded in each icon's 32-unit box, paths merged.
 * Scenes (shown up to 14rem) keep 2 decimals: 1 visibly changes faces. Control icons (1.4em,
 * about 25 px, 50 px at 200% text) take 1: at most 0.05 unit off, under a tenth of a pixel.
 * About a sixth fewer bytes, on the first visit and in the offline package.
 */
export function compact(svg: string, decimals = 2): string {
  return optimize(svg, { floatPrecision: decimals }).data;
}

/** [x, y, size] of each icon in a 120 × 120 scene, by number of icons. */
const LAYOUTS: Record<number, [number, number, number][]> = {
  1: [[20, 20, 80]],
  2: [[10, 22, 70], [62, 50, 50]],
  3: [[30, 14, 60], [6, 62, 46], [68, 62, 46]],
};

export function hasIcon(name: string): boolean {
  return getIconData(SET, name) !== null;
}

export function sceneSvg(picture: Picture): string {
  const layout = LAYOUTS[picture.length];
  if (!layout) throw new Error(`A picture has 1 to 3 icons: ${picture.join(', ')}`);
  const parts = picture.map((name, i) => {
    const data = getIconData(SET, name);
    if (!data) throw new Error(`No Fluent Emoji Flat icon named "${name}"`);
    const svg = iconToSVG(data);
    const [x, y, size] = layout[i];
    const body = replaceIDs(svg.body);
    return `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="${svg.attributes.viewBox}">${body}</svg>`;
  });
  return compact(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120"><circle cx="60" cy="60" r="58" fill="#FDEFD9"/>${parts.join('')}</svg>`);
}

/** A single icon with no background, for controls. */
export function iconSvg(name: string): string {
  const data = getIconData(SET, name);
  if (!data) throw new Error(`No Fluent Emoji Flat icon named "${name}"`);
  const svg = iconToSVG(data);
  return compact(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${svg.attributes.viewBox}" width="24" height="24">${replaceIDs(svg.body)}</svg>`, 1);
}

/** Emits every picture in `list()` at build time and serves any picture in development. */
export function picturesPlugin(list: () => Picture[], icons: readonly string[] = UI_ICONS): Plugin {
  return {
    name: 'pictures',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/pictures\/(icon-)?([a-z0-9_-]+)\.svg$/.exec(req.url ?? '');
        if (!m) return next();
        try {
          res.setHeader('Content-Type', 'image/svg+xml');
          res.end(m[1] ? iconSvg(m[2]) : sceneSvg(m[2].split('_') as unknown as Picture));
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      const seen = new Set<string>();
      for (const p of list()) {
        const fileName = pictureFile(p);
        if (seen.has(fileName)) continue;
        seen.add(fileName);
        this.emitFile({ type: 'asset', fileName, source: sceneSvg(p) });
      }
      for (const name of icons) this.emitFile({ type: 'asset', fileName: `pictures/icon-${name}.svg`, source: iconSvg(name) });
    },
  };
}
