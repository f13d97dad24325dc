import { describe, expect, it } from 'vitest';
import { buildHash, parseHash, withLanguage, type Known } from '../src/routes';

const known: Known = {
  isLanguage: (c) => ['en', 'fr', 'ar'].includes(c),
  stepCount: (g) => ({ 'bill-of-rights': 20, 'alone-in-belgium': 17 })[g] ?? 0,
  fallbackLanguage: 'en',
};
const parse = (h: string) => parseHash(h, known);

describe('routes', () => {
  it('opens every shared link as written', () => {
    expect(parse('#/fr')).toEqual({ route: { name: 'home', lang: 'fr' } });
    expect(parse('#/ar/bill-of-rights/3')).toEqual({ route: { name: 'step', lang: 'ar', guide: 'bill-of-rights', n: 3 } });
    expect(parse('#/fr/alone-in-belgium/3?with=ar').route).toEqual({ name: 'step', lang: 'fr', guide: 'alone-in-belgium', n: 3, with: 'ar' });
    expect(parse('#/fr/alone-in-belgium/print?with=en').route).toEqual({ name: 'print', lang: 'fr', guide: 'alone-in-belgium', with: 'en' });
    for (const page of ['help', 'glossary', 'safety', 'professionals', 'share', 'record']) expect(parse(`#/en/${page}`).route.name).toBe(page);
  });

  it('builds the same links it parses', () => {
    for (const hash of ['#/fr', '#/ar/bill-of-rights/3', '#/fr/alone-in-belgium/3?with=ar', '#/en/alone-in-belgium/print', '#/en/help', '#/en/bill-of-rights/done', '#/ar/record']) {
      expect(buildHash(parse(hash).route)).toBe(hash);
    }
  });

  it('an empty hash opens home in the fallback language, with no note', () => {
    expect(parse('')).toEqual({ route: { name: 'home', lang: 'en' } });
    expect(parse('#/')).toEqual({ route: { name: 'home', lang: 'en' } });
  });

  it('an unknown language keeps the screen and says so', () => {
    expect(parse('#/xx/bill-of-rights/2')).toEqual({ route: { name: 'step', lang: 'en', guide: 'bill-of-rights', n: 2 }, problem: 'language' });
  });

  it('an unknown guide opens home and says so', () => {
    expect(parse('#/fr/nope/2')).toEqual({ route: { name: 'home', lang: 'fr' }, problem: 'guide' });
  });

  it('a step out of range opens the nearest step and says so', () => {
    expect(parse('#/en/bill-of-rights/99')).toEqual({ route: { name: 'step', lang: 'en', guide: 'bill-of-rights', n: 20 }, problem: 'step' });
    expect(parse('#/en/bill-of-rights/0').route).toMatchObject({ n: 1 });
    expect(parse('#/en/bill-of-rights/-4').route).toMatchObject({ n: 1 });
    expect(parse('#/en/bill-of-rights/abc')).toMatchObject({ route: { n: 1 }, problem: 'step' });
    expect(parse('#/en/bill-of-rights/2.5').problem).toBe('step');
    expect(parse('#/en/bill-of-rights')).toEqual({ route: { name: 'step', lang: 'en', guide: 'bill-of-rights', n: 1 } });
  });

  it('a bad second language is dropped with a note', () => {
    expect(parse('#/fr/alone-in-belgium/3?with=zz')).toEqual({ route: { name: 'step', lang: 'fr', guide: 'alone-in-belgium', n: 3 }, problem: 'with' });
    expect(parse('#/fr/alone-in-belgium/3?with=fr').problem).toBe('with');
  });

  it('survives hostile and malformed hashes', () => {
    const hostile = [
      '#/%E0%A4%A',
      '#/<script>alert(1)</script>',
      '#/en/__proto__/1',
      '#/en/constructor/1',
      '#/en/bill-of-rights/1e400',
      '#/en/bill-of-rights/Infinity',
      `#/${'a'.repeat(10000)}`,
      '#////',
      '#/en/help/extra/parts',
      "#/en/bill-of-rights/1?with=javascript:alert(1)",
    ];
    for (const h of hostile) {
      const { route } = parse(h);
      expect(['home', 'step', 'help']).toContain(route.name);
      expect(known.isLanguage(route.lang)).toBe(true);
      expect(buildHash(route)).not.toMatch(/[<>]|javascript/);
    }
  });

  it('changing language keeps the screen', () => {
    expect(withLanguage({ name: 'step', lang: 'en', guide: 'bill-of-rights', n: 4 }, 'ar')).toEqual({ name: 'step', lang: 'ar', guide: 'bill-of-rights', n: 4 });
    expect(withLanguage({ name: 'step', lang: 'en', guide: 'bill-of-rights', n: 4, with: 'ar' }, 'ar')).toEqual({ name: 'step', lang: 'ar', guide: 'bill-of-rights', n: 4 });
  });
});
