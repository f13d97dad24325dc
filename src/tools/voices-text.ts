// Build time only (no eSpeak here, so tests and CI can use it): which languages get a computer
// voice, the sentences of every step exactly as the app splits them, and the text eSpeak NG is
// given for each (phone numbers as digits, Latin names in the language's own script,
// abbreviations spelled out). `npm run voices` renders them; tests/tools/voices.test.ts checks
// that the committed audio matches the current text.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUIDES } from '../content/guides.ts';
import { SERVICES } from '../content/services.ts';
import type { GuideId } from '../content/types.ts';
import { splitSentences } from '../lib/sentences.ts';
import { ttsFile } from '../lib/tts.ts';

export interface VoiceLanguage {
  /** eSpeak NG voice. */
  voice: string;
  /** Read with the voice of a neighbour language (the app says so). */
  neighbour?: string;
}

/**
 * Languages phones rarely speak and eSpeak NG really speaks. Pidgin is read by the Caribbean
 * English voice (its stopped "th", helt, anyting, is Nigerian too); its words are close enough
 * to English spelling that the rules read them whole.
 */
export const VOICE_LANGUAGES: Record<string, VoiceLanguage> = {
  ti: { voice: 'ti' },
  am: { voice: 'am' },
  fa: { voice: 'fa' },
  prs: { voice: 'fa', neighbour: 'fa' },
  ur: { voice: 'ur' },
  ku: { voice: 'ku' },
  sq: { voice: 'sq' },
  bg: { voice: 'bg' },
  pcm: { voice: 'en-029' },
};

/** Left out on purpose, and why (printed by `npm run voices`, said on the professionals' page). */
export const LEFT_OUT: Record<string, string> = {
  ps: 'eSpeak NG has no Pashto voice: it would read the letters one by one',
  so: 'eSpeak NG has no Somali voice: it would read the words with foreign rules, letter by letter where it cannot',
};

/** Everything that changes the sound of every file: a change makes the whole language stale. */
export const SETTINGS = {
  engine: 'eSpeak NG',
  version: '1.52.0',
  /** Words per minute; the app's "slow" plays at 0.8 of this. */
  speed: 150,
  /** Opus in WebM, mono. */
  bitrate: '12k',
  format: 'WebM Opus, mono, 12 kbit/s',
} as const;

export interface Sentence {
  /** Relative to public/audio/<lang>/tts/. */
  file: string;
  guide: GuideId;
  step: string;
  part: 'title' | 'text' | 'more';
  /** As the app shows it (one of splitSentences' results). */
  text: string;
  /** What eSpeak is given. */
  spoken: string;
}

export const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** Every sentence of both guides in one language, as the step screen splits and shows them. */
export function sentencesOf(lang: string, localesDir = 'locales'): Sentence[] {
  const out: Sentence[] = [];
  for (const guide of Object.values(GUIDES)) {
    const words = JSON.parse(readFileSync(join(localesDir, lang, `${guide.id}.json`), 'utf8')) as {
      steps: Record<string, Record<string, string>>;
    };
    for (const step of guide.steps) {
      const parts = step.more ? (['title', 'text', 'more'] as const) : (['title', 'text'] as const);
      for (const part of parts) {
        const value = words.steps[step.id]?.[part];
        if (!value) continue;
        for (const text of splitSentences(value, lang)) {
          out.push({ file: ttsFile(guide.id, step.id, text), guide: guide.id, step: step.id, part, text, spoken: normalise(lang, text) });
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Normalising: what trips eSpeak.

type Script = 'ethiopic-ti' | 'ethiopic-am' | 'persian' | 'urdu' | 'cyrillic' | 'latin';

const SCRIPT: Record<string, Script> = { ti: 'ethiopic-ti', am: 'ethiopic-am', fa: 'persian', prs: 'persian', ur: 'urdu', bg: 'cyrillic' };

/** Latin names inside other scripts, written as they are said in Belgium (longest first). */
const NAMES: Record<Exclude<Script, 'latin'>, Record<string, string>> = {
  'ethiopic-ti': {
    'ECPAT International': 'ኤክፓት ኢንተርናሽናል',
    'ECPAT Belgium': 'ኤክፓት ቤልጅየም',
    ECPAT: 'ኤክፓት',
    Fedasil: 'ፌዳሲል',
    Esperanto: 'ኤስፐራንቶ',
    'Minor-Ndako': 'ሚኖር ንዳኮ',
    Payoke: 'ፓዮከ',
    'PAG-ASA': 'ፓግ ኣሳ',
    Sürya: 'ሱርያ',
    'Child Focus': 'ቻይልድ ፎከስ',
    Awel: 'ኣወል',
    'Écoute-Enfants': 'ኤኩት ኣንፋን',
    CPAS: 'ሴ ፔ ኣ ኤስ',
    OCMW: 'ኦ ሴ ኤም ዌ',
    'pro deo': 'ፕሮ ዴዮ',
  },
  'ethiopic-am': {
    'ECPAT International': 'ኤክፓት ኢንተርናሽናል',
    'ECPAT Belgium': 'ኤክፓት ቤልጅየም',
    ECPAT: 'ኤክፓት',
    Fedasil: 'ፌዳሲል',
    Esperanto: 'ኤስፐራንቶ',
    'Minor-Ndako': 'ሚኖር ንዳኮ',
    Payoke: 'ፓዮከ',
    'PAG-ASA': 'ፓግ አሳ',
    Sürya: 'ሱርያ',
    'Child Focus': 'ቻይልድ ፎከስ',
    Awel: 'አወል',
    'Écoute-Enfants': 'ኤኩት አንፋን',
    CPAS: 'ሴ ፔ አ ኤስ',
    OCMW: 'ኦ ሴ ኤም ዌ',
    'pro deo': 'ፕሮ ዴዮ',
  },
  persian: {
    'ECPAT International': 'اکپت اینترنشنال',
    'ECPAT Belgium': 'اکپت بلژیک',
    ECPAT: 'اکپت',
    Fedasil: 'فداسیل',
    Esperanto: 'اسپرانتو',
    'Minor-Ndako': 'مینور اِنداکو',
    Payoke: 'پایوکه',
    'PAG-ASA': 'پاگ آسا',
    Sürya: 'سوریا',
    'Child Focus': 'چایلد فوکوس',
    Awel: 'آوِل',
    'Écoute-Enfants': 'اکوت آنفان',
    CPAS: 'سه په آ اِس',
    OCMW: 'او سه اِم وه',
    'pro deo': 'پرو دئو',
  },
  urdu: {
    'ECPAT International': 'ایکپیٹ انٹرنیشنل',
    'ECPAT Belgium': 'ایکپیٹ بیلجیم',
    ECPAT: 'ایکپیٹ',
    Fedasil: 'فیداسل',
    Esperanto: 'ایسپرانٹو',
    'Minor-Ndako': 'مینور اینڈاکو',
    Payoke: 'پایوکے',
    'PAG-ASA': 'پاگ آسا',
    Sürya: 'سوریا',
    'Child Focus': 'چائلڈ فوکس',
    Awel: 'آویل',
    'Écoute-Enfants': 'ایکوٹ انفاں',
    CPAS: 'سی پی اے ایس',
    OCMW: 'او سی ایم ڈبلیو',
    'pro deo': 'پرو ڈیو',
  },
  cyrillic: {
    'ECPAT International': 'Екпат Интернешънъл',
    'ECPAT Belgium': 'Екпат Белгия',
    ECPAT: 'Екпат',
    Fedasil: 'Федазил',
    Esperanto: 'Есперанто',
    'Minor-Ndako': 'Минор Ндако',
    Payoke: 'Пайоке',
    'PAG-ASA': 'Паг-аса',
    Sürya: 'Сюря',
    'Child Focus': 'Чайлд Фокус',
    Awel: 'Авел',
    'Écoute-Enfants': 'Екут Анфан',
    CPAS: 'Се Пе А Ес',
    OCMW: 'О Се Ем Ве',
    'pro deo': 'про део',
  },
};

/** Names in Latin-script languages that their own rules would misread. */
const LATIN_NAMES: Record<string, Record<string, string>> = {
  ku: { ECPAT: 'Ekpat', 'PAG-ASA': 'Pag-asa', 'Child Focus': 'Çayld Fokus', 'Écoute-Enfants': 'Ekût Anfan', Payoke: 'Payoke' },
  sq: { ECPAT: 'Ekpat', 'PAG-ASA': 'Pag-asa', 'Child Focus': 'Çajlld Fokus', 'Écoute-Enfants': 'Ekut Anfan' },
  pcm: { ECPAT: 'Ekpat', 'PAG-ASA': 'Pag-asa', 'Écoute-Enfants': 'Ekoot Onfon', Payoke: 'Pa-yo-keh', OK: 'okay' },
};

/** Phone numbers of the help directory as the text writes them, longest first. */
const PHONES = [...new Set(SERVICES.map((s) => s.number))].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PHONE = new RegExp(`(?<!\\d)(?:${PHONES.map(escape).join('|')}|0\\d{1,3}(?: \\d{2,3}){2,3})(?!\\d)`, 'g');

/** A phone number said digit by digit, its groups apart: "02 511 64 64" → "0 2, 5 1 1, 6 4, 6 4". */
export function sayDigits(number: string): string {
  return number
    .trim()
    .split(/\s+/)
    .map((group) => group.split('').join(' '))
    .join(', ');
}

/** A name as a whole word: no Latin letter on either side (Ethiopic prefixes may touch it: በCPAS). */
const wordRe = (word: string) => new RegExp(`(?<![A-Za-zÀ-ÿ])${escape(word)}(?![A-Za-zÀ-ÿ])`, 'g');

/** The text eSpeak NG is given for one sentence in one language. */
export function normalise(lang: string, text: string): string {
  let s = text.replace(PHONE, (n) => sayDigits(n));
  // A number glued to a word ("5th", "18ans"): the number and the word apart.
  s = s.replace(/(\d)(\p{L})/gu, '$1 $2');
  const script = SCRIPT[lang] ?? 'latin';
  const names = script === 'latin' ? (LATIN_NAMES[lang] ?? {}) : NAMES[script];
  for (const name of Object.keys(names).sort((a, b) => b.length - a.length)) s = s.replace(wordRe(name), names[name]);
  if (script === 'latin') {
    // Abbreviations (CPAS, OCMW, UN, OKB-së): letter by letter, as they are said.
    s = s.replace(/(?<![\p{L}\p{M}])\p{Lu}{2,5}(?![\p{Ll}\p{M}])/gu, (abbr) => abbr.split('').join(' '));
  }
  return s;
}

/** Latin letters left in the text of a language written in another script: eSpeak would spell them. */
export function leftoverLatin(lang: string, spoken: string): string[] {
  return SCRIPT[lang] ? (spoken.match(/[A-Za-zÀ-ÿ]+/g) ?? []) : [];
}
