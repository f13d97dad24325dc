// Every translation records the English it was made from; a changed English string makes it stale
// until a translator updates it. Fails listing the stale strings, language by language.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedSinceReview, languages, stale, strings } from '../../src/tools/track.mjs';

const english = strings('locales', 'en');

describe('translations follow the English', () => {
  for (const lang of languages('locales') as string[]) {
    it(`${lang} was translated from the current English text`, () => {
      expect(stale('locales', lang, english)).toEqual([]);
    });
  }
});

describe('the stale-translation check', () => {
  let work: string;
  let dir: string;
  const tool = (...args: string[]) => spawnSync('node', ['src/tools/track.mjs', ...args, '--locales', dir], { encoding: 'utf8' });
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'track-'));
    dir = join(work, 'locales');
    cpSync('locales', dir, { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('fails when an English string changed and a translation did not, then passes once it is updated', () => {
    expect(tool('stale').status).toBe(0);
    const file = join(dir, 'en', 'ui.json');
    const ui = JSON.parse(readFileSync(file, 'utf8'));
    ui.home.lead = 'Choose what you want to learn. You can stop at any moment.';
    writeFileSync(file, JSON.stringify(ui));

    const failing = tool('stale');
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('fr: 1 stale — ui:home.lead');
    expect(stale(dir, 'ar')).toEqual(['ui:home.lead']);

    expect(tool('stamp', 'all', 'ui:home.lead').status).toBe(0);
    expect(tool('stale').status).toBe(0);
  });

  it('refuses to stamp a string English does not have', () => {
    const result = tool('stamp', 'fr', 'ui:nope.never');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('ui:nope.never');
  });

  it('knows which approved strings changed in English since their review', () => {
    const file = join(dir, 'fr.track.json');
    const track = JSON.parse(readFileSync(file, 'utf8'));
    track['ui:nav.next'].reviewed = { en: 'Next', date: '2026-12-01' };
    track['ui:nav.back'].reviewed = { en: 'Go back', date: '2026-12-01' };
    writeFileSync(file, JSON.stringify(track));
    expect(changedSinceReview(dir, 'fr')).toEqual(['ui:nav.back']);
  });
});
