// The script inlined in <head> (src/lib/first-paint.js) picks the language before the first paint
// exactly as the app does (src/app/known.ts), and holds back what the page must not show yet.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../src/app/known';
import { LANGUAGES, dirOf } from '../src/content/languages';
import { firstPaintScript } from '../src/tools/static';

let code = '';
beforeAll(async () => {
  code = (await firstPaintScript()).code; // as shipped: minified
});

const root = document.documentElement;
function runAt(hash: string, prefs: object | undefined, device: readonly string[]) {
  history.replaceState(null, '', hash || location.pathname);
  if (prefs) localStorage.setItem('prefs', JSON.stringify(prefs));
  else localStorage.removeItem('prefs');
  Object.defineProperty(navigator, 'languages', { value: device, configurable: true });
  root.removeAttribute('data-wait');
  root.lang = 'en';
  root.dir = 'ltr';
  document.head.querySelectorAll('link').forEach((l) => l.remove());
  root.setAttribute('data-languages', LANGUAGES.map((l) => l.code).join(' '));
  root.setAttribute('data-rtl', LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code).join(' '));
  new Function(code)();
  return { lang: root.lang, dir: root.dir, wait: (root.getAttribute('data-wait') ?? '').split(' ') };
}

afterEach(() => {
  localStorage.clear();
  Object.defineProperty(navigator, 'languages', { value: ['en-US', 'en'], configurable: true });
});

const HASHES = ['', '#', '#/', '#/en', '#/fr', '#/fr/', '#/ar/help', '#/FR', '#/xx', '#/xx/help', '#/prs/bill-of-rights/3', '#/en/alone-in-belgium/done', '#%2Ffr%2Fhelp', '#/en/nope', '#/fr/bill-of-rights/99?with=ar', '#/%E0%A4'];
const PREFS = [undefined, { lang: 'ar' }, { lang: 'xx' }, { lang: 'fr', intro: true }];
const DEVICES = [[], ['fr-BE', 'en'], ['zh-CN'], ['xx', 'pt-BR'], ['EN-gb'], ['DE-at', 'fr']];

describe('the first-paint script', () => {
  it('picks the language the app picks, for every kind of link, stored choice and device', () => {
    let cases = 0;
    for (const hash of HASHES)
      for (const prefs of PREFS)
        for (const device of DEVICES) {
          const got = runAt(hash, prefs, device);
          const { route } = parse(location.hash);
          const at = `${hash} ${JSON.stringify(prefs)} ${device.join(',')}`;
          expect(got.lang, at).toBe(route.lang);
          expect(got.dir, at).toBe(dirOf(route.lang));
          cases++;
        }
    expect(cases).toBe(HASHES.length * PREFS.length * DEVICES.length);
  });

  it('holds back every English word when the language is not English, and nothing when it is', () => {
    expect(runAt('#/fr', undefined, []).wait).toContain('words');
    expect(runAt('', undefined, ['uk-UA']).wait).toContain('words');
    expect(runAt('#/en', undefined, ['uk-UA']).wait).not.toContain('words');
    expect(runAt('', undefined, ['en-GB']).wait).toEqual(['app']);
  });

  it("fetches another language's screen text at once, beside the app's script (English ships inside it)", () => {
    const preloads = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => [l.getAttribute('href'), l.as, l.crossOrigin]);
    runAt('#/ar/help', undefined, ['fr-BE']);
    expect(preloads()).toEqual([['locales/ar/ui.json', 'fetch', 'anonymous']]);
    runAt('', undefined, ['uk-UA']);
    expect(preloads()).toEqual([['locales/uk/ui.json', 'fetch', 'anonymous']]);
    runAt('#/en', undefined, ['uk-UA']);
    expect(preloads()).toEqual([]);
  });

  it('holds back the main area when the link names another screen than home', () => {
    for (const hash of HASHES) {
      const { route } = parse((history.replaceState(null, '', hash || location.pathname), location.hash));
      const got = runAt(hash, undefined, []);
      if (route.name !== 'home') expect(got.wait, hash).toContain('screen');
    }
    expect(runAt('#/en', undefined, []).wait).not.toContain('screen');
    expect(runAt('#/fr/', undefined, []).wait).not.toContain('screen');
  });

  it('keeps a dismissed first-visit note from flashing, and always marks the page as not yet taken over', () => {
    expect(runAt('#/en', { intro: true }, []).wait).toEqual(['app', 'intro']);
    expect(runAt('#/en', {}, []).wait).toEqual(['app']);
  });

  it('survives storage that cannot be read', () => {
    localStorage.setItem('prefs', '{not json');
    const got = runAt('', undefined, ['de-DE']);
    expect(got.lang).toBe('de');
  });
});
