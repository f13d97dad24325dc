// Plain words for children reading in a second language: no sentence over 20 words, and on
// average under 12, in every English text a child reads. Fails when someone writes a long one.
import { describe, expect, it } from 'vitest';
import bill from '../../locales/en/bill-of-rights.json';
import alone from '../../locales/en/alone-in-belgium.json';
import glossary from '../../locales/en/glossary.json';
import safety from '../../locales/en/safety.json';
import ui from '../../locales/en/ui.json';

const MAX = 20;
const AVERAGE = 12;

function strings(value: unknown, skip: (key: string) => boolean, key = ''): string[] {
  if (typeof value === 'string') return skip(key) ? [] : [value];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, skip, k));
  return [];
}

export function sentences(texts: string[]): string[] {
  return texts.flatMap((t) => t.split(/(?<=[.!?])\s+/)).map((s) => s.trim()).filter(Boolean);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

const CHILD_TEXTS = {
  'bill-of-rights': strings(bill, (k) => k === 'match'),
  'alone-in-belgium': strings(alone, () => false),
  glossary: strings(glossary, (k) => k === 'match'),
  safety: strings(safety, () => false),
  ui: strings(ui, () => false),
};

describe('readability of the English text', () => {
  for (const [name, texts] of Object.entries(CHILD_TEXTS)) {
    it(`${name}: no sentence over ${MAX} words, average under ${AVERAGE}`, () => {
      const all = sentences(texts);
      const long = all.filter((s) => words(s) > MAX);
      expect(long).toEqual([]);
      const average = all.reduce((n, s) => n + words(s), 0) / all.length;
      expect(average).toBeLessThan(AVERAGE);
    });
  }

  it('the check itself catches a long sentence', () => {
    const long = 'This sentence is far too long for a child who reads in a second language and is frightened and tired today.';
    expect(sentences([long]).filter((s) => words(s) > MAX)).toHaveLength(1);
  });
});
