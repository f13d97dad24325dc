// Every language has every English key, nothing extra or empty, the same placeholders, and no
// markup. Fails for a missing key, an extra one, an empty one, a broken {{placeholder}} or a tag.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/content/languages';
import { NAMESPACES } from '../src/lib/i18n';

type Flat = Record<string, string>;

export function flatten(value: unknown, prefix = '', out: Flat = {}): Flat {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix] = String(value);
  return out;
}

export function load(lang: string): Flat {
  const all: Flat = {};
  for (const ns of NAMESPACES) {
    const file = `locales/${lang}/${ns}.json`;
    if (existsSync(file)) Object.assign(all, flatten(JSON.parse(readFileSync(file, 'utf8')), ns));
  }
  return all;
}

const placeholders = (s: string) => (s.match(/{{\s*[\w.]+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();

/** What is wrong with one language against English: an empty list when nothing is. */
export function problems(source: Flat, target: Flat): string[] {
  const out: string[] = [];
  for (const key of Object.keys(source)) {
    if (!(key in target)) out.push(`missing: ${key}`);
    else if (!target[key].trim()) out.push(`empty: ${key}`);
    else if (placeholders(source[key]).join() !== placeholders(target[key]).join()) out.push(`placeholder: ${key}`);
  }
  for (const key of Object.keys(target)) {
    if (!(key in source)) out.push(`extra: ${key}`);
    if (/<[a-z/!]|>/i.test(target[key])) out.push(`markup: ${key}`);
  }
  return out;
}

const en = load('en');
const present = readdirSync('locales', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('translations', () => {
  it('English has every namespace the app loads', () => {
    for (const ns of NAMESPACES) expect(existsSync(`locales/en/${ns}.json`), ns).toBe(true);
  });

  it('no folder is a language the app does not know', () => {
    expect(present.filter((code) => !LANGUAGES.some((l) => l.code === code))).toEqual([]);
  });

  for (const { code } of LANGUAGES.filter((l) => l.code !== 'en')) {
    it(`${code} is complete and clean`, () => {
      expect(existsSync(`locales/${code}`), `locales/${code} is missing`).toBe(true);
      for (const ns of NAMESPACES) expect(existsSync(`locales/${code}/${ns}.json`), `${code}/${ns}.json`).toBe(true);
      expect(problems(en, load(code))).toEqual([]);
    });
  }

  it('the check finds each kind of fault', () => {
    const source = { 'ui.a': 'Step {{n}} of {{count}}', 'ui.b': 'Hello', 'ui.c': 'Bye' };
    expect(problems(source, { 'ui.a': 'Étape {{n}} sur {{count}}', 'ui.b': 'Bonjour', 'ui.c': 'Salut' })).toEqual([]);
    expect(problems(source, { 'ui.a': 'Étape {{n}} sur {{total}}', 'ui.b': ' ', 'ui.d': '<img src=x onerror=alert(1)>' })).toEqual([
      'placeholder: ui.a',
      'empty: ui.b',
      'missing: ui.c',
      'extra: ui.d',
      'markup: ui.d',
    ]);
  });
});
