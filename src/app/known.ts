// What routing needs to know about the content, and the language to fall back to.
import { OUTLINE } from '../content/outline';
import { DEFAULT_LANGUAGE, findLanguage } from '../content/languages';
import { deviceLanguages } from '../lib/device';
import { readPrefs } from '../lib/storage';
import { PSEUDO } from '../lib/pseudo';
import { parseHash, type Known, type Parsed } from '../routes';

/** The stored choice, else the device's first language we have, else English. */
export function preferredLanguage(): string {
  const stored = readPrefs().lang;
  if (stored && findLanguage(stored)) return stored;
  for (const tag of deviceLanguages()) {
    const code = tag.toLowerCase().split('-')[0];
    if (findLanguage(code)) return code;
  }
  return DEFAULT_LANGUAGE;
}

export function known(): Known {
  return {
    isLanguage: (code) => findLanguage(code) !== undefined || (import.meta.env.DEV && code === PSEUDO),
    stepCount: (guide) => (Object.hasOwn(OUTLINE, guide) ? OUTLINE[guide as keyof typeof OUTLINE].steps.length : 0),
    fallbackLanguage: preferredLanguage(),
  };
}

export function parse(hash: string): Parsed {
  return parseHash(hash, known());
}
