import { chromium } from 'playwright-core';
import { preview } from 'vite';
const server = await preview({ configFile: false, root: process.cwd(), base: './', build: { outDir: 'dist' }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const port = (server.httpServer.address()).port;
const ctx = await chromium.launchPersistentContext('/tmp/try-profile-' + Date.now(), {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  viewport: { width: 360, height: 740 }, locale: 'en-GB', serviceWorkers: 'allow',
});
const page = ctx.pages()[0];
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`http://127.0.0.1:${port}/#/en/record`);
await page.getByRole('heading', { level: 1 }).waitFor();
await page.screenshot({ path: '/tmp/studio-en-1.png' });
await page.getByRole('button', { name: 'Record', exact: true }).click();
await page.getByRole('button', { name: 'Stop', exact: true }).waitFor();
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/studio-en-2.png' });
await page.getByRole('button', { name: 'Stop', exact: true }).click();
await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
await page.screenshot({ path: '/tmp/studio-en-3.png' });
console.log(await page.locator('.take').innerText());
await ctx.close();
await server.close();
