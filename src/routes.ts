// Hash routes that workers share as links. Pure functions: parse a hash into a screen (with a
// note when the link asked for something we do not have), and build a hash from a screen.
import type { GuideId } from './content/types';

export const PAGES = ['help', 'glossary', 'safety', 'professionals', 'share', 'record', 'review'] as const;
export type Page = (typeof PAGES)[number];

export type Route =
  | { name: 'home'; lang: string }
  | { name: Page; lang: string }
  | { name: 'step'; lang: string; guide: GuideId; n: number; with?: string }
  | { name: 'done'; lang: string; guide: GuideId }
  | { name: 'print'; lang: string; guide: GuideId; with?: string };

/** Why the screen shown is not exactly the one the link asked for. */
export type Problem = 'language' | 'guide' | 'step' | 'page' | 'with';

export interface Parsed {
  route: Route;
  problem?: Problem;
}

export interface Known {
  isLanguage(code: string): boolean;
  /** Number of steps of a guide, or 0 when there is no such guide. */
  stepCount(guide: string): number;
  /** The language to use when the link has none or an unknown one. */
  fallbackLanguage: string;
}

const MAX_HASH = 200;

export function parseHash(hash: string, known: Known): Parsed {
  const raw = safeDecode(hash.slice(0, MAX_HASH)).replace(/^#?\/?/, '');
  const [path, query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean);
  let problem: Problem | undefined;

  let lang = parts[0] ?? '';
  if (!known.isLanguage(lang)) {
    if (parts.length > 0) problem = 'language';
    lang = known.fallbackLanguage;
  }
  const home: Route = { name: 'home', lang };
  const [, second, third] = parts;
  if (second === undefined) return { route: home, problem };

  if ((PAGES as readonly string[]).includes(second)) {
    return { route: { name: second as Page, lang }, problem: problem ?? (third ? 'page' : undefined) };
  }
  const count = known.stepCount(second);
  if (count === 0) return { route: home, problem: problem ?? 'guide' };
  const guide = second as GuideId;

  let withLang: string | undefined = new URLSearchParams(query).get('with') ?? undefined;
  if (withLang !== undefined && (!known.isLanguage(withLang) || withLang === lang)) {
    problem ??= 'with';
    withLang = undefined;
  }
  const extra = withLang ? { with: withLang } : {};

  if (third === 'print') return { route: { name: 'print', lang, guide, ...extra }, problem };
  if (third === 'done') return { route: { name: 'done', lang, guide }, problem };
  const n = third === undefined ? NaN : Number(third);
  if (third === undefined) return { route: { name: 'step', lang, guide, n: 1, ...extra }, problem };
  if (!Number.isInteger(n) || n < 1 || n > count) {
    const nearest = Number.isFinite(n) ? Math.min(Math.max(Math.round(n), 1), count) : 1;
    return { route: { name: 'step', lang, guide, n: nearest, ...extra }, problem: problem ?? 'step' };
  }
  return { route: { name: 'step', lang, guide, n, ...extra }, problem };
}

export function buildHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return `#/${route.lang}`;
    case 'step':
    case 'print': {
      const tail = route.name === 'step' ? String(route.n) : 'print';
      const w = route.with ? `?with=${route.with}` : '';
      return `#/${route.lang}/${route.guide}/${tail}${w}`;
    }
    case 'done':
      return `#/${route.lang}/${route.guide}/done`;
    default:
      return `#/${route.lang}/${route.name}`;
  }
}

/** The same screen in another language (changing language keeps the current screen). */
export function withLanguage(route: Route, lang: string): Route {
  const next = { ...route, lang };
  if ('with' in next && next.with === lang) delete next.with;
  return next;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
