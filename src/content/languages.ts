// The 24 languages (../shared/design/languages.md). Native names are shown as they are in every
// language, so they live here, not in the locale files.

export type Dir = 'ltr' | 'rtl';

export interface Language {
  code: string;
  native: string;
  english: string;
  dir: Dir;
  /** BCP 47 tag for speech voices, where it differs from code. */
  speech?: string;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', native: 'English', english: 'English', dir: 'ltr' },
  { code: 'fr', native: 'Français', english: 'French', dir: 'ltr' },
  { code: 'nl', native: 'Nederlands', english: 'Dutch', dir: 'ltr' },
  { code: 'de', native: 'Deutsch', english: 'German', dir: 'ltr' },
  { code: 'ar', native: 'العربية', english: 'Arabic', dir: 'rtl' },
  { code: 'fa', native: 'فارسی', english: 'Farsi (Persian)', dir: 'rtl' },
  { code: 'prs', native: 'دری', english: 'Dari', dir: 'rtl', speech: 'fa-AF' },
  { code: 'ps', native: 'پښتو', english: 'Pashto', dir: 'rtl' },
  { code: 'ur', native: 'اردو', english: 'Urdu', dir: 'rtl' },
  { code: 'ti', native: 'ትግርኛ', english: 'Tigrinya', dir: 'ltr' },
  { code: 'am', native: 'አማርኛ', english: 'Amharic', dir: 'ltr' },
  { code: 'so', native: 'Soomaali', english: 'Somali', dir: 'ltr' },
  { code: 'pcm', native: 'Naijá', english: 'Nigerian Pidgin', dir: 'ltr' },
  { code: 'sq', native: 'Shqip', english: 'Albanian', dir: 'ltr' },
  { code: 'ro', native: 'Română', english: 'Romanian', dir: 'ltr' },
  { code: 'bg', native: 'Български', english: 'Bulgarian', dir: 'ltr' },
  { code: 'uk', native: 'Українська', english: 'Ukrainian', dir: 'ltr' },
  { code: 'ru', native: 'Русский', english: 'Russian', dir: 'ltr' },
  { code: 'es', native: 'Español', english: 'Spanish', dir: 'ltr' },
  { code: 'pt', native: 'Português', english: 'Portuguese', dir: 'ltr' },
  { code: 'tr', native: 'Türkçe', english: 'Turkish', dir: 'ltr' },
  { code: 'ku', native: 'Kurmancî', english: 'Kurdish (Kurmanji)', dir: 'ltr' },
  { code: 'vi', native: 'Tiếng Việt', english: 'Vietnamese', dir: 'ltr' },
  { code: 'zh', native: '简体中文', english: 'Chinese (Simplified)', dir: 'ltr' },
];

export const DEFAULT_LANGUAGE = 'en';

export function findLanguage(code: string): Language | undefined {
  return LANGUAGES.find((l) => l.code === code);
}

export function dirOf(code: string): Dir {
  return findLanguage(code)?.dir ?? 'ltr';
}
