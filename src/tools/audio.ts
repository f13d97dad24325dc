// `npm run audio:import -- <file.zip>`: checks a zip exported by the studio and puts its takes
// under public/audio/<lang>/<guide>/<step-id>/<n>.<ext>, where the build's recordings list finds
// them. Everything is checked before anything is written: a path outside audio/<known language>/
// <known guide>/<known step>/<n> of a sentence that exists, a file that is not audio by its first
// bytes, a size over the limits, a missing or mismatched manifest, a sentence changed since it
// was recorded: the zip is refused whole, with every reason, and nothing is written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve, sep } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import { GUIDES } from '../content/guides.ts';
import { findLanguage } from '../content/languages.ts';
import type { GuideId } from '../content/types.ts';
import { AUDIO_EXTENSIONS, LIMITS, MANIFEST, MANIFEST_FORMAT, looksLike, parseTakePath, type Manifest, type TakeAddress } from '../lib/audio-files.ts';
import { stepSentences, type NumberedSentence } from '../lib/sentences.ts';

/** The zip was refused: every reason, in words a person can act on. */
export class Refused extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export interface ImportOptions {
  publicDir?: string;
  localesDir?: string;
}

export interface Imported {
  language: string;
  /** Paths written, relative to the public folder. */
  written: string[];
  /** Earlier takes of the same sentences in another format, removed. */
  removed: string[];
  warnings: string[];
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The sentences of every step in a language, as the app splits and numbers them. */
function sentencesOf(localesDir: string) {
  const cache = new Map<string, NumberedSentence[] | undefined>();
  return (lang: string, guide: string, step: string): NumberedSentence[] | undefined => {
    const key = `${lang}/${guide}/${step}`;
    if (!cache.has(key)) {
      const found = Object.hasOwn(GUIDES, guide) ? GUIDES[guide as GuideId].steps.find((s) => s.id === step) : undefined;
      const file = join(localesDir, lang, `${guide}.json`);
      const words = found && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).steps?.[step] : undefined;
      cache.set(key, found && words ? stepSentences(words, found.more === true, lang) : undefined);
    }
    return cache.get(key);
  };
}

const UNSAFE = /(^|\/)\.{1,2}(\/|$)|^\/|\\|^[a-z]:|[\u0000-\u001f\u007f]/i;

/** Why a path in the zip is not a take's place, or undefined when it is. */
function pathProblem(name: string, address: TakeAddress | undefined, sentences: ReturnType<typeof sentencesOf>): string | undefined {
  if (UNSAFE.test(name)) return `"${name}": this path leads out of audio/ (".." or an absolute path).`;
  if (!address) return `"${name}": only audio/<language>/<guide>/<step>/<n>.<ext> and ${MANIFEST} may be in the zip.`;
  const { lang, guide, step, n, ext } = address;
  if (!findLanguage(lang)) return `"${name}": "${lang}" is not one of the app's languages.`;
  if (!Object.hasOwn(GUIDES, guide)) return `"${name}": "${guide}" is not a guide (${Object.keys(GUIDES).join(', ')}).`;
  const list = sentences(lang, guide, step);
  if (!list) return `"${name}": the guide ${guide} has no step "${step}".`;
  if (n > list.length) return `"${name}": step ${step} has ${list.length} sentences in ${lang}, not ${n}.`;
  if (!AUDIO_EXTENSIONS.includes(ext)) return `"${name}": .${ext} is not an audio file type the app plays (${AUDIO_EXTENSIONS.join(', ')}).`;
  return undefined;
}

/** Reads the zip's files into memory, within the limits, without trusting its stated sizes. */
function readEntries(zip: Uint8Array, wanted: (name: string) => boolean, problems: string[]): { files: Map<string, Uint8Array>; names: Set<string> } {
  if (!(zip[0] === 0x50 && zip[1] === 0x4b && zip[2] === 3 && zip[3] === 4)) throw new Refused(['This is not a .zip file.']);
  const files = new Map<string, Uint8Array>();
  const names = new Set<string>();
  let total = 0;
  const unzip = new Unzip((file) => {
    if (names.size >= LIMITS.files) throw new Refused([`The zip holds more than ${LIMITS.files} files.`]);
    if (names.has(file.name)) problems.push(`"${file.name}" is in the zip twice.`);
    names.add(file.name);
    if (!wanted(file.name)) return;
    const max = file.name === MANIFEST ? LIMITS.manifestBytes : LIMITS.takeBytes;
    const tooBig = () => problems.push(`"${file.name}" is larger than ${Math.round(max / 1024 / 1024)} MB.`);
    if ((file.originalSize ?? 0) > max) return void tooBig();
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error) return void problems.push(`"${file.name}" is damaged (${error.message}).`);
      size += chunk.length;
      total += chunk.length;
      if (size > max) {
        file.terminate();
        return void tooBig();
      }
      if (total > LIMITS.totalBytes) throw new Refused([`The zip unpacks to more than ${LIMITS.totalBytes / 1024 / 1024} MB.`]);
      chunks.push(chunk);
      if (final) files.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(zip, true);
  } catch (error) {
    if (error instanceof Refused) throw error;
    throw new Refused([`The zip is damaged: ${(error as Error).message}.`]);
  }
  return { files, names };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function readManifest(bytes: Uint8Array | undefined, problems: string[]): Manifest | undefined {
  if (!bytes) return void problems.push(`The zip has no ${MANIFEST} (export it again from the studio).`);
  try {
    const m = JSON.parse(new TextDecoder().decode(bytes)) as Manifest;
    if (m?.format === MANIFEST_FORMAT && m.version === 1 && typeof m.language === 'string' && Array.isArray(m.takes)) return m;
  } catch {
    /* said below */
  }
  problems.push(`${MANIFEST} is not a studio manifest (format "${MANIFEST_FORMAT}", version 1).`);
  return undefined;
}

/** Checks a zip; returns the takes to write (path → bytes), or throws Refused with every reason. */
export function checkZip(zip: Uint8Array, localesDir = 'locales'): { language: string; takes: Map<string, Uint8Array> } {
  const problems: string[] = [];
  const sentences = sentencesOf(localesDir);
  const addresses = new Map<string, TakeAddress>();
  const { files, names } = readEntries(
    zip,
    (name) => {
      if (name === MANIFEST) return true;
      if (name.endsWith('/') && !UNSAFE.test(name) && /^audio(\/[a-z0-9-]+)*\/$/.test(name)) return false; // a folder
      const address = parseTakePath(name);
      const problem = pathProblem(name, address, sentences);
      if (problem || !address) {
        problems.push(problem ?? name);
        return false;
      }
      addresses.set(name, address);
      return true;
    },
    problems,
  );

  const manifest = readManifest(files.get(MANIFEST), problems);
  const takes = new Map<string, Uint8Array>();
  const sentencesSeen = new Map<string, string>();
  for (const [name, address] of addresses) {
    const bytes = files.get(name);
    if (!bytes) continue; // its problem is already said
    const { lang, guide, step, n, ext } = address;
    if (bytes.length < LIMITS.minTakeBytes) problems.push(`"${name}" is too small to be a recording (${bytes.length} bytes).`);
    else if (!looksLike(bytes, ext)) problems.push(`"${name}" is not audio: it does not begin as a .${ext} file does.`);
    const sentence = `${lang}/${guide}/${step}/${n}`;
    if (sentencesSeen.has(sentence)) problems.push(`"${name}" and "${sentencesSeen.get(sentence)}" are two takes of the same sentence.`);
    sentencesSeen.set(sentence, name);
    if (manifest) {
      if (lang !== manifest.language) problems.push(`"${name}" is not in the manifest's language (${manifest.language}).`);
      const listed = manifest.takes.find((t) => t.path === name);
      const text = sentences(lang, guide, step)?.[n - 1]?.text ?? '';
      if (!listed) problems.push(`"${name}" is not listed in ${MANIFEST}.`);
      else if (listed.sha256 !== sha256(text)) {
        problems.push(`"${name}": sentence ${n} of step ${step} has changed since it was recorded ("${text}"). Record it again in the studio.`);
      }
      takes.set(name, bytes);
    }
  }
  if (manifest) {
    for (const t of manifest.takes) if (!names.has(t.path)) problems.push(`${MANIFEST} lists "${t.path}", which is not in the zip.`);
    if (addresses.size === 0 && problems.length === 0) problems.push('The zip holds no takes.');
  }
  if (problems.length) throw new Refused(problems);
  return { language: manifest!.language, takes };
}

/** Checks the zip, then writes its takes under <publicDir>/audio. Refused: nothing is written. */
export function importZip(zip: Uint8Array, { publicDir = 'public', localesDir = 'locales' }: ImportOptions = {}): Imported {
  const { language, takes } = checkZip(zip, localesDir);
  const audioRoot = resolve(publicDir, 'audio') + sep;
  const warnings: string[] = [];
  const removed: string[] = [];
  const staged: [string, string][] = [];
  try {
    for (const [path, bytes] of takes) {
      const target = resolve(publicDir, path);
      if (!target.startsWith(audioRoot)) throw new Refused([`"${path}" would be written outside ${audioRoot}.`]);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(`${target}.importing`, bytes);
      staged.push([`${target}.importing`, target]);
    }
  } catch (error) {
    for (const [temporary] of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const [temporary, target] of staged) {
    // An earlier take of the same sentence in another format would be found too: it goes.
    const n = target.slice(target.lastIndexOf(sep) + 1).split('.')[0];
    for (const other of readdirSync(dirname(target))) {
      const file = join(dirname(target), other);
      if (other.startsWith(`${n}.`) && file !== target && !other.endsWith('.importing')) {
        rmSync(file);
        removed.push(file.slice(resolve(publicDir).length + 1).split(sep).join('/'));
      }
    }
    renameSync(temporary, target);
  }
  // A recording of the whole step plays instead of its sentences (lib/recordings.ts): say so.
  for (const step of new Set([...takes.keys()].map((p) => posix.dirname(p)))) {
    const guideDir = resolve(publicDir, posix.dirname(step));
    const whole = readdirSync(guideDir).find((f) => f.startsWith(`${posix.basename(step)}.`));
    if (whole) warnings.push(`${posix.dirname(step)}/${whole}, a recording of the whole step, plays instead of the sentences in ${step}/: remove it to use them.`);
  }
  return { language, written: [...takes.keys()], removed, warnings };
}
