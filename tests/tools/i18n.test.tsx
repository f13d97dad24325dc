// The translator round trip: export to XLIFF, edit a string, import, and the app shows the edit;
// a broken file is refused with a clear message and changes nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen } from '@testing-library/preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/content/guides';
import { renderApp } from '../helpers/render';

const tool = (...args: string[]) => spawnSync('node', ['src/tools/i18n.mjs', ...args], { encoding: 'utf8' });
const snapshot = (dir: string) =>
  readdirSync(join(dir, 'fr'))
    .sort()
    .map((f) => readFileSync(join(dir, 'fr', f), 'utf8'))
    .join('\n');

describe('translator round trip (XLIFF)', () => {
  let dir: string;
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'i18n-'));
    dir = join(work, 'locales');
    cpSync('locales', dir, { recursive: true });
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    delete (globalThis as { __localesDir?: string }).__localesDir;
  });

  it('exports source, target and the screen each string is on', () => {
    execFileSync('node', ['src/tools/i18n.mjs', 'export', 'fr', '--out', join(work, 'fr.xlf'), '--locales', dir]);
    const xlf = readFileSync(join(work, 'fr.xlf'), 'utf8');
    expect(xlf).toContain('target-language="fr"');
    expect(xlf).toContain('<source>Your rights, step by step</source>');
    expect(xlf).toMatch(/<note>Guide "Your rights if someone hurt you", step 1: title\. Screen: #\/fr\/bill-of-rights\/1<\/note>/);
    expect((xlf.match(/<trans-unit /g) ?? []).length).toBeGreaterThan(400);
  });

  it('an edited string comes back in the app', async () => {
    const first = GUIDES['bill-of-rights'].steps[0].id;
    const current = JSON.parse(readFileSync(join(dir, 'fr', 'bill-of-rights.json'), 'utf8')).steps[first].title;
    const xlf = readFileSync(join(work, 'fr.xlf'), 'utf8').replace(`<target>${current}</target>`, '<target>Quelqu’un t’a fait du mal ?</target>');
    writeFileSync(join(work, 'edited.xlf'), xlf);
    const result = tool('import', join(work, 'edited.xlf'), '--locales', dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 strings changed');

    (globalThis as { __localesDir?: string }).__localesDir = dir;
    await renderApp('#/fr/bill-of-rights/1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quelqu’un t’a fait du mal ?' })).toBeTruthy();
  });

  for (const [fault, edit, message] of [
    ['a broken placeholder', (x: string) => x.replace(/(<target>[^<]*)\{\{n\}\}/, '$1{{number}}'), /placeholders differ/],
    ['markup', (x: string) => x.replace('<target>Aller au contenu</target>', '<target>Aller <b>au</b> contenu</target>'), /markup/],
    ['an unknown key', (x: string) => x.replace('id="app.skip"', 'id="app.nope"'), /unknown key "app.nope"/],
    ['an empty translation', (x: string) => x.replace('<target>Aller au contenu</target>', '<target> </target>'), /empty/],
    ['broken XML', (x: string) => x.slice(0, 500), /not valid XLIFF/],
  ] as const) {
    it(`a file with ${fault} is refused and nothing changes`, () => {
      const before = snapshot(dir);
      writeFileSync(join(work, 'bad.xlf'), edit(readFileSync(join(work, 'fr.xlf'), 'utf8')));
      const result = tool('import', join(work, 'bad.xlf'), '--locales', dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/Refused: nothing was changed/);
      expect(result.stderr).toMatch(message);
      expect(snapshot(dir)).toBe(before);
    });
  }
});
