// Every component test: locale files are "fetched" from locales/ on disk, through the app's own
// i18n backend; the DOM is cleaned between tests.
import { readFileSync } from 'node:fs';
import { cleanup } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';

export const localeFetches: string[] = [];

vi.stubGlobal('fetch', async (input: string | URL) => {
  const url = String(input);
  const m = /locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(url);
  if (!m) return new Response('not found', { status: 404 });
  localeFetches.push(`${m[1]}/${m[2]}`);
  try {
    return new Response(readFileSync(`locales/${m[1]}/${m[2]}.json`, 'utf8'), { status: 200 });
  } catch {
    return new Response('not found', { status: 404 });
  }
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
