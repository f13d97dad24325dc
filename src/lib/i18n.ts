// Text: i18next through react-i18next. English screen text ("ui") ships in the first bundle and
// is the typed reference; everything else is fetched per language and namespace from
// locales/<lng>/<ns>.json (precached by the service worker, so it also works offline).
import i18next, { type BackendModule, type PostProcessorModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ui from '../../locales/en/ui.json';
import { DEFAULT_LANGUAGE, LANGUAGES, dirOf } from '../content/languages';
import { PSEUDO, pseudo } from './pseudo';

export const NAMESPACES = ['ui', 'bill-of-rights', 'alone-in-belgium', 'glossary', 'safety', 'professionals', 'studio', 'review', 'voice'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Languages whose text could not be loaded or read: the app says so and shows English. */
const failed = new Set<string>();
const failedListeners = new Set<() => void>();

export function failedLanguages(): ReadonlySet<string> {
  return failed;
}

export function onFailedLanguage(listener: () => void): () => void {
  failedListeners.add(listener);
  return () => failedListeners.delete(listener);
}

export function localeUrl(lng: string, ns: string): string {
  return `${import.meta.env.BASE_URL}locales/${lng}/${ns}.json`;
}

const backend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, done) {
    if (lng === DEFAULT_LANGUAGE && ns === 'ui') return done(null, ui);
    if (import.meta.env.DEV && lng === PSEUDO) return done(null, {}); // every key falls back to English
    fetch(localeUrl(lng, ns))
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`))))
      .then((text) => done(null, JSON.parse(text)))
      .catch((error: unknown) => {
        if (lng !== DEFAULT_LANGUAGE) {
          failed.add(lng);
          failedListeners.forEach((l) => l());
        }
        done(error as Error, false);
      });
  },
};

export function setDocumentLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = dirOf(lng);
}

const pseudoLocale: PostProcessorModule = {
  type: 'postProcessor',
  name: 'pseudo',
  process: (value: string, _key: unknown, _options: unknown, translator: { language?: string }) =>
    translator.language === PSEUDO ? pseudo(value) : value,
};

/** The page's text in `lng`, and the page's lang and dir following every change of language. */
export async function startI18n(lng: string): Promise<typeof i18next> {
  i18next.on('languageChanged', setDocumentLanguage);
  await initI18n(lng);
  setDocumentLanguage(lng);
  return i18next;
}

/** The text alone, with no page to follow it: also used to draw the first screen at build time. */
export async function initI18n(lng: string): Promise<typeof i18next> {
  if (import.meta.env.DEV) i18next.use(pseudoLocale);
  await i18next
    .use(backend)
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES.map((l) => l.code), ...(import.meta.env.DEV ? [PSEUDO] : [])],
      postProcess: import.meta.env.DEV ? ['pseudo'] : false,
      load: 'currentOnly',
      ns: ['ui'],
      defaultNS: 'ui',
      partialBundledLanguages: true,
      resources: { [DEFAULT_LANGUAGE]: { ui } },
      interpolation: { escapeValue: false }, // Preact escapes text; translations are never HTML
      react: { useSuspense: false }, // screens load their words before they show (app/screens.ts)
      returnEmptyString: false,
    });
  return i18next;
}

/** For keys built from content ids (steps, terms, services), which the key types cannot know. */
export function dynamic(t: unknown): (key: string, options?: Record<string, unknown>) => string {
  return t as unknown as (key: string, options?: Record<string, unknown>) => string;
}
