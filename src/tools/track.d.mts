// Types of track.mjs (plain JavaScript, run by Node as it is).

export interface Review {
  en: string;
  date: string;
  text?: string;
  note?: string;
}
export interface TrackEntry {
  from?: string;
  reviewed?: Review;
}
export type Track = Record<string, TrackEntry>;
export interface ReviewRecords {
  reviewed: Record<string, string>;
  changed: Record<string, { en: string; date: string; why: 'en' | 'text' }>;
}
export interface ReviewSummary {
  total: number;
  reviewed: number;
  changed: number;
}

export function hash(text: string): string;
export function flatten(value: unknown, prefix?: string, out?: Record<string, string>): Record<string, string>;
export function namespaces(dir: string): string[];
export function languages(dir: string): string[];
export function strings(dir: string, lang: string): Record<string, string>;
export function readTrack(dir: string, lang: string): Track;
export function writeTrack(dir: string, lang: string, track: Track): void;
export function stale(dir: string, lang: string, english?: Record<string, string>): string[];
export function changedSinceReview(dir: string, lang: string, english?: Record<string, string>): string[];
export function stamp(dir: string, lang: string, keys: string[], english?: Record<string, string>): void;
export function recordReviews(
  dir: string,
  lang: string,
  reviews: Record<string, { en: string; text: string; date: string; note?: string; from?: string }>,
  english?: Record<string, string>,
): void;
export function reviewRecords(dir: string, lang: string, english?: Record<string, string>, translated?: Record<string, string>): ReviewRecords;
export function reviewSummary(dir: string, english?: Record<string, string>): Record<string, ReviewSummary>;
