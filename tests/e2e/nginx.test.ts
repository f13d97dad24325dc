// Served as deployed: dist/ through a real nginx with the configuration the README gives
// operators (deploy/nginx.conf, only listen and root changed), started here on a free local port
// and stopped after. Headers, compression, the first-visit budget and an offline reload.
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { firstVisit } from '../../src/tools/measure.mjs';
// @ts-expect-error: a plain ES module without types
import { serveWithNginx } from '../../src/tools/nginx.mjs';
import { FIRST_VISIT_BUDGET } from './budget';
import { open, ready, visit, type Browser } from './browser';

interface Nginx {
  url: string;
  pid: number;
  close(): Promise<void>;
}

/** Headers and body size as sent (no decompression), for a GET with gzip accepted. */
function get(url: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: number }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
    })
      .on('error', reject)
      .end();
  });
}

const builtPolicy = () => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
const hashed = (ext: string) => readdirSync('dist/assets').find((f) => f.endsWith(ext))!;

describe('served through nginx with deploy/nginx.conf', () => {
  let nginx: Nginx;
  let browser: Browser | undefined;
  beforeAll(async () => {
    nginx = await serveWithNginx('dist');
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.close();
  });

  it('every answer carries the page\'s own policy, no referrer and no sniffing', async () => {
    const policy = builtPolicy();
    expect(policy).toMatch(/script-src 'self' 'sha256-/);
    for (const path of ['', 'index.html', 'sw.js', 'manifest.webmanifest', `assets/${hashed('.js')}`, 'icons/icon.svg', 'locales/fr/ui.json', 'no-such-file']) {
      const res = await get(nginx.url + path);
      expect(res.headers['content-security-policy'], path).toBe(policy);
      expect(res.headers['referrer-policy'], path).toBe('no-referrer');
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('the worker, the page and the manifest are checked on every visit; hashed files are kept for good', async () => {
    for (const path of ['', 'index.html', 'sw.js', 'manifest.webmanifest']) {
      const res = await get(nginx.url + path);
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
    }
    for (const file of [hashed('.js'), hashed('.css')]) {
      expect((await get(`${nginx.url}assets/${file}`)).headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
    }
    expect((await get(`${nginx.url}icons/icon.svg`)).headers['cache-control']).toBe('public, max-age=86400');
  });

  it('text is sent compressed, with the right types', async () => {
    for (const [path, type] of [
      ['', 'text/html'],
      [`assets/${hashed('.js')}`, 'application/javascript'],
      [`assets/${hashed('.css')}`, 'text/css'],
      ['manifest.webmanifest', 'application/manifest+json'],
      ['locales/ar/ui.json', 'application/json'],
      ['pictures/icon-compass.svg', 'image/svg+xml'],
    ]) {
      const res = await get(nginx.url + path);
      expect(res.headers['content-type'], path).toContain(type);
      expect(res.headers['content-encoding'], path).toBe('gzip');
    }
  });

  it('the first visit to the home screen stays within its budget, with one request for the app icon', async () => {
    browser = await open();
    const visited = await firstVisit(browser.page, `${nginx.url}#/en`);
    const entries = visited.entries as { path: string; bytes: number }[];
    expect(visited.bytes, JSON.stringify(entries)).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
    expect(entries.filter((e) => e.path.startsWith('/icons/'))).toHaveLength(1);
    expect(entries.filter((e) => e.path.endsWith('.png'))).toEqual([]);
  });

  it('after one visit, a reload with nginx stopped and no network shows the app', async () => {
    browser ??= await open();
    const { page, context } = browser;
    await visit(page, `${nginx.url}#/en`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);

    await nginx.close();
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Your rights');
    await page.getByRole('link', { name: /Get help now/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Get help' }).waitFor();
  });
});
