// Draws the installed app's icons (public/icons/icon.svg, the tab's icon and the manifest's
// first, and *.png for systems that want pixels) from the Fluent Emoji Flat compass (MIT):
// neutral on purpose, nothing on a home screen says what the app is about.
// Run by hand when the icon changes: node src/tools/icons.mjs
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { getIconData, iconToSVG } from '@iconify/utils';
import { optimize } from 'svgo';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const set = JSON.parse(readFileSync('node_modules/@iconify-json/fluent-emoji-flat/icons.json', 'utf8'));
const icon = iconToSVG(getIconData(set, 'compass'));
const svg = (size, inset) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100"><rect width="100" height="100" fill="#2b5f8a"/><svg x="${inset}" y="${inset}" width="${100 - 2 * inset}" height="${100 - 2 * inset}" viewBox="${icon.attributes.viewBox}">${icon.body}</svg></svg>`;

// Any size: no width or height, so it scales to whatever the tab or the launcher asks.
// Compacted as the pictures are (src/tools/pictures.ts).
const scalable = svg(0, 12).replace(' width="0" height="0"', '');
writeFileSync('public/icons/icon.svg', `${optimize(scalable, { floatPrecision: 2 }).data}\n`);

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'icons-')), {
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
});
const page = await context.newPage();
for (const [name, size, inset] of [['icon-192', 192, 12], ['icon-512', 512, 12], ['icon-maskable-512', 512, 22]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0">${svg(size, inset)}</body>`);
  await page.screenshot({ path: `public/icons/${name}.png`, omitBackground: false });
}
await context.close();
console.log('public/icons written');
