// Recorded takes as files: where they go, what counts as audio, and the manifest that travels
// with them. Shared by the studio (export), the build (the recordings list) and
// `npm run audio:import` (checks), so all three agree. Pure: no browser API.

/** The audio formats a take may be in: its file extension, media types, and first bytes. */
const FORMATS = [
  { ext: 'webm', mimes: ['audio/webm', 'video/webm'], magic: (b: Uint8Array) => starts(b, [0x1a, 0x45, 0xdf, 0xa3]) },
  { ext: 'ogg', mimes: ['audio/ogg'], magic: (b: Uint8Array) => starts(b, ascii('OggS')) },
  { ext: 'opus', mimes: ['audio/opus'], magic: (b: Uint8Array) => starts(b, ascii('OggS')) },
  { ext: 'm4a', mimes: ['audio/mp4', 'audio/x-m4a', 'audio/aac'], magic: (b: Uint8Array) => starts(b.subarray(4), ascii('ftyp')) },
  { ext: 'mp3', mimes: ['audio/mpeg', 'audio/mp3'], magic: (b: Uint8Array) => starts(b, ascii('ID3')) || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0) },
  { ext: 'wav', mimes: ['audio/wav', 'audio/wave', 'audio/x-wav'], magic: (b: Uint8Array) => starts(b, ascii('RIFF')) && starts(b.subarray(8), ascii('WAVE')) },
] as const;

export const AUDIO_EXTENSIONS: readonly string[] = FORMATS.map((f) => f.ext);

/** The extension for a recorder's media type ("audio/webm;codecs=opus" → "webm"). */
export function extensionFor(mime: string): string | undefined {
  const base = mime.split(';')[0].trim().toLowerCase();
  return FORMATS.find((f) => (f.mimes as readonly string[]).includes(base))?.ext;
}

/** True when the bytes begin as a file of that extension does (a script named .webm does not). */
export function looksLike(bytes: Uint8Array, ext: string): boolean {
  const format = FORMATS.find((f) => f.ext === ext);
  return format !== undefined && bytes.length >= 12 && format.magic(bytes);
}

/** Limits for one import: a take is one sentence, seconds long. */
export const LIMITS = {
  /** Smallest take: a real recording of a sentence is far larger; a tiny file is a mistake. */
  minTakeBytes: 200,
  takeBytes: 5 * 1024 * 1024,
  manifestBytes: 1024 * 1024,
  totalBytes: 300 * 1024 * 1024,
  files: 3000,
} as const;

/** Where a take goes, under public/ and inside the exported zip. */
export function takePath(lang: string, guide: string, step: string, n: number, ext: string): string {
  return `audio/${lang}/${guide}/${step}/${n}.${ext}`;
}

export interface TakeAddress {
  lang: string;
  guide: string;
  step: string;
  n: number;
  ext: string;
}

const TAKE = /^audio\/([a-z]{2,3})\/([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/([1-9]\d{0,3})\.([a-z0-9]{2,4})$/;

/** The parts of a take's path, or undefined when the path is not exactly of that shape. */
export function parseTakePath(path: string): TakeAddress | undefined {
  const m = TAKE.exec(path);
  return m ? { lang: m[1], guide: m[2], step: m[3], n: Number(m[4]), ext: m[5] } : undefined;
}

export const MANIFEST = 'manifest.json';
export const MANIFEST_FORMAT = 'compass-recordings';

/** What travels with the takes: no names of people, only what is needed to check them. */
export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  language: string;
  /** The day of the export, YYYY-MM-DD. */
  date: string;
  takes: ManifestTake[];
}

export interface ManifestTake {
  path: string;
  /** SHA-256 (hex) of the sentence's text as the app read it when it was recorded. */
  sha256: string;
  seconds: number;
  /** The studio's warnings about the take: it may be silent, or clipped (too loud). */
  flags: ('silent' | 'clipped')[];
}

function starts(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}
