// Every component test: locale files are "fetched" from locales/ on disk, through the app's own
// i18n backend; the DOM is cleaned between tests.
import { readFileSync } from 'node:fs';
import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach, vi } from 'vitest';
import { reviewRecords } from '../../src/tools/track.mjs';

export const localeFetches: string[] = [];

async function localeFetch(input: string | URL): Promise<Response> {
  const url = String(input);
  const dir = (globalThis as { __localesDir?: string }).__localesDir ?? 'locales';
  // What the build derives for the review screen (src/tools/static.ts).
  const reviews = /locales\/([a-z]+)\.reviews\.json$/.exec(url);
  if (reviews) return new Response(JSON.stringify(reviewRecords(dir, reviews[1])), { status: 200 });
  const m = /locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(url);
  if (!m) return new Response('not found', { status: 404 });
  localeFetches.push(`${m[1]}/${m[2]}`);
  try {
    return new Response(readFileSync(`${dir}/${m[1]}/${m[2]}.json`, 'utf8'), { status: 200 });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

// Before each test, as tests may unstub globals of their own.
beforeEach(() => {
  vi.stubGlobal('fetch', localeFetch);
  vi.stubGlobal('scrollTo', () => undefined); // jsdom has no layout to scroll
});

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear(); // (absent in tests that run in plain Node)
});

// Preact runs effects and their cleanups after a frame, or after 35 ms by a timer: let the last
// ones finish before the file's window is taken down, or they run against globals that are gone
// ("removeEventListener is not defined", once in a while, failing the run).
afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));
