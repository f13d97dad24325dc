// The December 2026 review of the translations (../shared/content/reviews/translations-2026-12.md):
// each row that changed a meaning, asserted fixed: the wrong words are gone, the right ones there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../src/lib/i18n';

function flatten(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out[prefix] = String(value);
  return out;
}
const file = (lang: string, ns: string) => flatten(JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')));
const all = (lang: string) => NAMESPACES.flatMap((ns) => Object.values(file(lang, ns))).join('\n');
const guide = (lang: string, g: string) => file(lang, g);

describe('review of the translations, December 2026', () => {
  it('ur: trafficking is never "human smuggling" (انسانی اسمگلنگ), and it is named as trade in people', () => {
    expect(all('ur')).not.toMatch(/اسمگلنگ/);
    expect(guide('ur', 'alone-in-belgium')['steps.what-is-trafficking.title']).toMatch(/انسانی تجارت|ٹریفکنگ/);
  });

  it('fa, prs, ps: "being smuggled" (قاچاق شدن / قاچاق کېدو) is gone', () => {
    for (const lang of ['fa', 'prs', 'ps']) expect(all(lang), lang).not.toMatch(/قاچاق شدن|قاچاق کېدو|قاچاق کیدو/);
  });

  it('ur, fa, prs, ps: the glossary says trafficking is not paying someone to cross a border', () => {
    const border: Record<string, RegExp> = { ur: /سرحد/, fa: /مرز/, prs: /مرز|سرحد/, ps: /پوله|سرحد|پولې/ };
    for (const [lang, word] of Object.entries(border)) {
      const meaning = file(lang, 'glossary')['trafficking.meaning'];
      expect(meaning, lang).toMatch(word);
    }
  });

  it('sq: the age-test sentence is no longer reversed, and "it counts" is not "is calculated"', () => {
    expect(all('sq')).not.toMatch(/dyshojnë se je nën 18/);
    expect(all('sq')).not.toMatch(/[Ll]logarit/);
    expect(guide('sq', 'alone-in-belgium')['steps.age-test.text']).toMatch(/nuk janë të sigurt/);
  });

  it('ur, ps, ku: the age-test sentence says "they are not sure you are under 18"', () => {
    expect(guide('ur', 'alone-in-belgium')['steps.age-test.text']).not.toMatch(/شک ہوتا ہے کہ تمہاری عمر 18/);
    expect(guide('ps', 'alone-in-belgium')['steps.age-test.text']).not.toMatch(/شک کوي چې ستا عمر/);
    expect(guide('ku', 'alone-in-belgium')['steps.age-test.text']).not.toMatch(/guman dikin ku tu di bin 18/);
  });

  it('ru: abuse is not "offended" (обидели)', () => {
    expect(all('ru')).not.toMatch(/обидел/);
  });

  it('uk: no "job interview" (співбесіда) and no "рахується" calque', () => {
    expect(all('uk')).not.toMatch(/співбесід|рахується/);
  });

  it('ru, uk: the "I sent the pictures myself" worry includes girls', () => {
    expect(guide('ru', 'bill-of-rights')['steps.worries-what-you-did.text']).toMatch(/сам\(а\)|сама/);
    expect(guide('uk', 'bill-of-rights')['steps.worries-what-you-did.text']).toMatch(/сам\(а\)|сама/);
  });

  it('zh: no sentence puts the sexual acts on the child', () => {
    expect(all('zh')).not.toMatch(/在你做性方面的事时/);
  });

  it('ps: fault is not "sin" (ګناه)', () => {
    expect(guide('ps', 'bill-of-rights')['steps.not-your-fault.title']).not.toMatch(/ګناه/);
    expect(guide('ps', 'bill-of-rights')['steps.not-your-fault.title']).toMatch(/پړه/);
  });

  it('ku: "it is still not right" is not "this is not true" (ne rast e)', () => {
    expect(guide('ku', 'bill-of-rights')['steps.it-still-counts.more']).not.toMatch(/ev ne rast e/);
  });

  it('so and am: the guardian is the legal guardian', () => {
    expect(file('so', 'glossary')['guardian.word'] + file('so', 'glossary')['guardian.meaning']).toMatch(/sharci/);
    expect(guide('am', 'alone-in-belgium')['steps.guardian.title']).toMatch(/ሕጋዊ/);
  });

  it('"it counts" is not translated word for word', () => {
    const calques: Record<string, RegExp> = { fr: /Ça compte|Cela compte/, nl: /Het telt/, de: /Es zählt/, es: /\bCuenta\b/, pt: /\bConta\b/, ro: /Contează/ };
    for (const [lang, calque] of Object.entries(calques)) {
      const bill = guide(lang, 'bill-of-rights');
      expect(bill['steps.also-counts.title'] + bill['steps.it-still-counts.title'] + bill['steps.also-counts.text'], lang).not.toMatch(calque);
    }
  });

  it('ur exit reads "exit", not "get out!"; pcm update "Later", not "After"', () => {
    expect(file('ur', 'ui')['exit.label']).toBe('خروج');
    expect(file('pcm', 'ui')['update.later']).not.toBe('After');
  });

  it('Ethiopic never glues a prefix to a Latin name (a speech engine trips on it)', () => {
    for (const lang of ['am', 'ti']) expect(all(lang).match(/[\u1200-\u137F][A-Za-z]/g) ?? [], lang).toEqual([]);
  });
});
