// In every language, each word a step links to the glossary is found by that language's "match"
// pattern in the step's text or "Tell me more", as it is in English. A pattern that misses fails
// silently in the app (the word is just not tappable), so it fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { termPattern } from '../src/components/Terms';
import { LANGUAGES } from '../src/content/languages';
import { GUIDES } from '../src/content/guides';

const read = (lang: string, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8'));

/** "guide/step → term" for every linked word the language's pattern does not find. */
export function misses(lang: string): string[] {
  const glossary = read(lang, 'glossary') as Record<string, { match: string }>;
  const out: string[] = [];
  for (const guide of Object.values(GUIDES)) {
    const steps = read(lang, guide.id).steps as Record<string, { text: string; more?: string }>;
    for (const step of guide.steps) {
      const words = `${steps[step.id].text} ${steps[step.id].more ?? ''}`;
      for (const id of step.terms ?? []) {
        const pattern = termPattern(glossary[id]?.match ?? '', lang);
        if (!pattern?.test(words)) out.push(`${guide.id}/${step.id} → ${id}`);
      }
    }
  }
  return out;
}

describe('glossary words are tappable in every language', () => {
  it('whatever the case, as the language writes it (Turkish "İnsan" at the start of a sentence)', () => {
    expect(termPattern('insan ticareti', 'tr')?.exec('İnsan ticareti nedir?')?.[0]).toBe('İnsan ticareti');
    expect(termPattern('guardian|guardians', 'en')?.exec('Guardians help.')?.[0]).toBe('Guardians');
    expect(termPattern('guardian', 'en')?.test('guardianship')).toBe(false);
  });

  for (const { code } of LANGUAGES) {
    it(`${code}: every linked word is found in the step's text`, () => {
      expect(misses(code)).toEqual([]);
    });
  }
});
