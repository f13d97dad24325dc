// A native speaker's review comes back as an XLIFF file made in the browser (src/lib/xliff.ts) and
// is applied with `npm run i18n:import`: approvals are recorded with the English they were
// approved against, corrections land and are recorded the same way, and a later change to the
// English shows the string as "changed since review". A file for the wrong language, or one that
// breaks a placeholder, changes nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../src/tools/i18n.mjs';
import { changedSinceReview, hash, readTrack, reviewRecords, reviewSummary, stale, strings } from '../../src/tools/track.mjs';
import { buildXliff, escapeXml } from '../../src/lib/xliff';
import type { Unit } from '../../src/lib/review';

const fr = strings('locales', 'fr');
const en = strings('locales', 'en');
const unit = (id: string, target: string, note?: string): Unit => {
  const [ns, key] = id.split(':');
  return { ns, key, source: en[id], target, ...(note ? { note } : {}) };
};

describe('importing a review', () => {
  let work: string;
  let dir: string;
  const file = (name: string, xml: string) => {
    const path = join(work, name);
    writeFileSync(path, xml);
    return path;
  };
  const snapshot = () =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'))
      .join('\n');

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'review-'));
    dir = join(work, 'locales');
    cpSync('locales', dir, { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  beforeEach(() => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('records approvals and applies corrections with the reviewer\'s note', async () => {
    const xml = buildXliff('fr', [
      unit('ui:nav.next', fr['ui:nav.next']),
      unit('ui:help.call', 'Téléphoner à {{name}}', 'Plus naturel que « Appeler » ici.'),
    ]);
    expect(await importFile(file('review.xlf', xml), { dir, date: '2027-01-15' })).toBe(0);

    expect(strings(dir, 'fr')['ui:help.call']).toBe('Téléphoner à {{name}}');
    expect(strings(dir, 'fr')['ui:nav.next']).toBe(fr['ui:nav.next']);
    const track = readTrack(dir, 'fr');
    expect(track['ui:nav.next'].reviewed).toEqual({ en: en['ui:nav.next'], date: '2027-01-15', text: hash(fr['ui:nav.next']) });
    expect(track['ui:help.call']).toEqual({
      from: hash(en['ui:help.call']),
      reviewed: { en: en['ui:help.call'], date: '2027-01-15', text: hash('Téléphoner à {{name}}'), note: 'Plus naturel que « Appeler » ici.' },
    });
    expect(stale(dir, 'fr')).toEqual([]);
    expect(reviewRecords(dir, 'fr')).toEqual({ reviewed: { 'ui:help.call': '2027-01-15', 'ui:nav.next': '2027-01-15' }, changed: {} });
    expect(reviewSummary(dir).fr).toEqual({ total: Object.keys(en).length, reviewed: 2, changed: 0 });
  });

  it('a later change to the English shows the string as changed since review, with the English it was approved against', () => {
    const path = join(dir, 'en', 'ui.json');
    const ui = JSON.parse(readFileSync(path, 'utf8'));
    ui.nav.next = 'Go on';
    writeFileSync(path, JSON.stringify(ui, null, 2));
    expect(changedSinceReview(dir, 'fr')).toEqual(['ui:nav.next']);
    expect(reviewRecords(dir, 'fr').changed).toEqual({ 'ui:nav.next': { en: 'Next', date: '2027-01-15', why: 'en' } });
    expect(reviewSummary(dir).fr).toMatchObject({ reviewed: 1, changed: 1 });
  });

  it('an edit made later without review shows the string as changed since review too', async () => {
    const [ns, key] = ['ui', 'help.call'];
    const xml = buildXliff('fr', [unit(`${ns}:${key}`, 'Appeler {{name}} maintenant')]).replace(' approved="yes"', '');
    expect(await importFile(file('translator.xlf', xml), { dir, date: '2027-01-20' })).toBe(0);
    expect(reviewRecords(dir, 'fr').changed['ui:help.call']).toEqual({ en: en['ui:help.call'], date: '2027-01-15', why: 'text' });
  });

  it('texts that need escaping survive the trip from the browser file', async () => {
    const tricky = 'Appeler {{name}} & « l’équipe » — "vite" 🙂';
    const xml = buildXliff('fr', [unit('ui:help.call', tricky, 'a < b & c > d "quoted"')]);
    expect(xml).toContain('<target>Appeler {{name}} &amp; « l’équipe » — &quot;vite&quot; 🙂</target>');
    expect(await importFile(file('tricky.xlf', xml), { dir })).toBe(0);
    expect(strings(dir, 'fr')['ui:help.call']).toBe(tricky);
    expect(readTrack(dir, 'fr')['ui:help.call'].reviewed?.note).toBe('a < b & c > d "quoted"');
  });

  it('escapes the five XML characters and drops those XML cannot hold', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  for (const [fault, make, message] of [
    [
      'a file for another language than it says (French texts labelled German)',
      () => buildXliff('de', [unit('ui:nav.back', fr['ui:nav.back']), unit('ui:help.call', 'Téléphoner à {{name}}')]),
      /says it is for German \(de\), but \d+ of its texts are word for word the French \(fr\) ones/,
    ],
    ['a broken placeholder', () => buildXliff('fr', [unit('ui:nav.progress', 'Étape {{n}} sur {{total}}')]), /ui:nav.progress: placeholders differ.*lacks \{\{count\}\}.*has \{\{total\}\}/],
    ['markup', () => buildXliff('fr', [unit('ui:nav.back', 'Retour')]).replace('<target>Retour', '<target>Re<b>tour</b>'), /markup/],
    ['an empty correction', () => buildXliff('fr', [unit('ui:nav.back', '  ')]), /empty/],
    ['a language the project does not have', () => buildXliff('xx', [unit('ui:nav.back', 'Zurück')]), /Unknown or missing target language: "xx"/],
    ['two languages in one file', () => buildXliff('fr', [unit('ui:nav.back', 'Retour')]).replace('</xliff>', '  <file original="ui" datatype="plaintext" source-language="en" target-language="de"><body></body></file>\n</xliff>'), /mixes languages \(fr, de\)/],
    ['a source language other than English', () => buildXliff('fr', [unit('ui:nav.back', 'Retour')]).replace('source-language="en"', 'source-language="nl"'), /not English/],
    ['a cut-off file', () => buildXliff('fr', [unit('ui:nav.back', 'Retour')]).slice(0, 200), /not valid XLIFF/],
  ] as const) {
    it(`refuses ${fault}, and changes nothing`, async () => {
      const before = snapshot();
      expect(await importFile(file('bad.xlf', make()), { dir })).toBe(1);
      const said = vi.mocked(console.error).mock.calls.flat().join('\n');
      expect(said).toMatch(/Refused: nothing was changed/);
      expect(said).toMatch(message);
      expect(snapshot()).toBe(before);
    });
  }

  it('refuses a file for another language than the one asked for', async () => {
    const xml = buildXliff('nl', [unit('ui:nav.back', strings('locales', 'nl')['ui:nav.back'])]);
    expect(await importFile(file('nl.xlf', xml), { dir, expect: 'fr' })).toBe(1);
    expect(vi.mocked(console.error).mock.calls.flat().join('\n')).toMatch(/This file is for Dutch \(nl\), not French \(fr\)/);
  });

  it('the command line says the same and exits 1', () => {
    const bad = file('cli.xlf', buildXliff('fr', [unit('ui:nav.progress', 'Étape {{n}}')]));
    const result = spawnSync('node', ['src/tools/i18n.mjs', 'import', bad, '--locales', dir], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Refused: nothing was changed[\s\S]*ui:nav.progress/);
  });
});
