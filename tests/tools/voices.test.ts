// The committed computer-voice audio (npm run voices) against the current text, with no eSpeak:
// a sentence whose text changed has no file (or a stale one) and fails here until the audio is
// made again; every file's length fits its sentence (a file far shorter means eSpeak failed, far
// longer that it spelled letters out); each language stays within 4 MB.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFile } from 'music-metadata';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/content/languages';
import { recordingFiles, voiceSummary } from '../../src/tools/static';
import { LEFT_OUT, SETTINGS, VOICE_LANGUAGES, hash, leftoverLatin, normalise, sayDigits, sentencesOf } from '../../src/tools/voices-text';

const AUDIO = 'public/audio';
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));

interface Manifest {
  language: string;
  engine: string;
  version: string;
  voice: string;
  neighbour?: string;
  speed: number;
  bitrate: string;
  date: string;
  bytes: number;
  files: Record<string, { spoken: string; seconds: number; bytes: number }>;
}
const manifestOf = (lang: string): Manifest => JSON.parse(readFileSync(join(AUDIO, lang, 'tts', 'manifest.json'), 'utf8'));
const letters = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;

describe('what eSpeak is given', () => {
  it('reads phone numbers digit by digit, in their groups', () => {
    expect(sayDigits('02 511 64 64')).toBe('0 2, 5 1 1, 6 4, 6 4');
    expect(normalise('sq', 'Nëse je në rrezik tani, telefono 112.')).toBe('Nëse je në rrezik tani, telefono 1 1 2.');
    expect(normalise('pcm', 'Call Child Focus on 116 000 or 078 15 43 24.')).toContain('1 1 6, 0 0 0 or 0 7 8, 1 5, 4 3, 2 4');
    // Years, ages and article numbers stay numbers.
    expect(normalise('bg', 'През 2017 година, под 18 години, член 34.')).toBe('През 2017 година, под 18 години, член 34.');
  });

  it('writes Latin names in the script of the text, even where a prefix touches them', () => {
    expect(normalise('am', 'በCPAS ወይም በOCMW ነው።')).toBe('በሴ ፔ አ ኤስ ወይም በኦ ሴ ኤም ዌ ነው።');
    expect(normalise('ti', 'ቅድም፣ Fedasil ኣብ ማእከል።')).toBe('ቅድም፣ ፌዳሲል ኣብ ማእከል።');
    expect(normalise('fa', 'به Child Focus زنگ بزن.')).toBe('به چایلد فوکوس زنگ بزن.');
    expect(normalise('prs', 'ECPAT International')).toBe(normalise('fa', 'ECPAT International'));
    expect(normalise('ur', 'مرکز 3Payoke')).toBe('مرکز 3 پایوکے'); // a number glued to a name: apart
  });

  it('spells abbreviations letter by letter in Latin-script languages, and says ECPAT as a word', () => {
    expect(normalise('pcm', 'Di UN Convention and di CPAS.')).toBe('Di U N Convention and di C P A S.');
    expect(normalise('sq', 'Konventa e OKB-së')).toBe('Konventa e O K B-së');
    expect(normalise('ku', 'ECPAT Belçîka')).toBe('Ekpat Belçîka');
  });

  it('leaves no Latin word in a language written in another script (eSpeak would spell it out)', () => {
    for (const lang of ['ti', 'am', 'fa', 'prs', 'ur', 'bg']) {
      const left = [...new Set(sentencesOf(lang).flatMap((s) => leftoverLatin(lang, s.spoken)))];
      expect(left, `${lang}: add these to NAMES in src/tools/voices-text.ts`).toEqual([]);
    }
  });
});

describe('the committed computer voice', () => {
  it('covers the languages phones rarely speak, and not Pashto or Somali (eSpeak spells them out)', () => {
    expect(Object.keys(VOICE_LANGUAGES).sort()).toEqual(['am', 'bg', 'fa', 'ku', 'pcm', 'prs', 'sq', 'ti', 'ur']);
    expect(Object.keys(LEFT_OUT).sort()).toEqual(['ps', 'so']);
    for (const lang of Object.keys(VOICE_LANGUAGES)) expect(LANGUAGES.some((l) => l.code === lang), lang).toBe(true);
    expect(VOICE_LANGUAGES.prs).toEqual({ voice: 'fa', neighbour: 'fa' });
    const built = Object.keys(voiceSummary('public')).sort();
    expect(built).toEqual(Object.keys(VOICE_LANGUAGES).sort());
  });

  for (const lang of Object.keys(VOICE_LANGUAGES)) {
    describe(lang, () => {
      it('matches the current text: every sentence has its file, made from exactly this text, and nothing else is left', () => {
        const manifest = manifestOf(lang);
        expect(manifest).toMatchObject({ language: lang, engine: SETTINGS.engine, version: SETTINGS.version, voice: VOICE_LANGUAGES[lang].voice, speed: SETTINGS.speed, bitrate: SETTINGS.bitrate });
        expect(manifest.date).toMatch(/^\d{4}-\d\d-\d\d$/);
        const wanted = new Map(sentencesOf(lang).map((s) => [s.file, s]));
        const stale = [...wanted.values()]
          .filter((s) => manifest.files[s.file]?.spoken !== hash(s.spoken))
          .map((s) => `${s.guide}/${s.step} ${s.part}: ${s.text}`);
        expect(stale, `${lang}: text changed, audio did not: run \`npm run voices\``).toEqual([]);
        expect(Object.keys(manifest.files).filter((f) => !wanted.has(f)), 'in the manifest, no longer in the text').toEqual([]);
        const dir = join(AUDIO, lang, 'tts');
        const onDisk = walk(dir).map((f) => relative(dir, f)).filter((f) => f !== 'manifest.json');
        expect(onDisk.sort()).toEqual(Object.keys(manifest.files).sort());
      });

      it('is at most 4 MB, mono Opus in WebM, and every file lasts as long as its sentence needs', async () => {
        const manifest = manifestOf(lang);
        const sentences = sentencesOf(lang);
        const total = Object.values(manifest.files).reduce((n, e) => n + e.bytes, 0);
        expect(total).toBe(manifest.bytes);
        expect(total).toBeLessThanOrEqual(4_000_000);
        // Seconds per letter: every file near the language's usual pace.
        const rates = sentences.map((s) => manifest.files[s.file].seconds / letters(s.spoken)).sort((a, b) => a - b);
        const median = rates[rates.length >> 1];
        expect(median).toBeGreaterThan(0.05);
        expect(median).toBeLessThan(0.4);
        const off: string[] = [];
        for (const s of new Map(sentences.map((x) => [x.file, x])).values()) {
          const file = join(AUDIO, lang, 'tts', s.file);
          const { format } = await parseFile(file, { duration: false });
          expect(format.container, s.file).toMatch(/webm/i);
          expect(format.codec, s.file).toMatch(/opus/i);
          expect(format.numberOfChannels, s.file).toBe(1);
          const seconds = format.duration ?? 0;
          expect(Math.abs(seconds - manifest.files[s.file].seconds), `${s.file}: manifest duration`).toBeLessThan(0.1);
          const ratio = seconds / letters(s.spoken) / median;
          if (seconds < 0.2 + letters(s.spoken) / 40 || ratio < 0.5 || ratio > 2.5) off.push(`${s.file} ${seconds.toFixed(2)} s for "${s.spoken}"`);
        }
        expect(off, 'files far shorter (eSpeak failed) or far longer (spelled out) than their sentence').toEqual([]);
      }, 60_000);
    });
  }
});

describe('the build', () => {
  it('lists only human recordings for the first bundle, never the generated files', () => {
    const listed = recordingFiles('public');
    expect(listed.filter((p) => p.includes('/tts/'))).toEqual([]);
    expect(existsSync(join(AUDIO, 'ti', 'tts', 'manifest.json'))).toBe(true);
  });

  it('gives the app a few numbers per language with a computer voice', () => {
    const summary = voiceSummary('public');
    expect(summary.prs).toMatchObject({ neighbour: 'fa' });
    expect(summary.ti.files).toBe(Object.keys(manifestOf('ti').files).length);
    expect(summary.ti.bytes).toBe(manifestOf('ti').bytes);
    expect(JSON.stringify(summary).length).toBeLessThan(1000);
  });
});
