import { chromium } from 'playwright-core';
const [,, url, out, w='360', h='740'] = process.argv;
const ctx = await chromium.launchPersistentContext('/tmp/look-'+Date.now(), { executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'], viewport: { width: +w, height: +h } });
const page = ctx.pages()[0];
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto(url); await page.waitForTimeout(1500);
await page.screenshot({ path: out });
await ctx.close();
