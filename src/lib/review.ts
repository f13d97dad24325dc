// A native speaker's review of one language, on this device (#/<lang>/review): what they marked
// as right and their corrections, kept in localStorage as they type (it survives a reload and
// works offline; "Forget this device" clears it with everything else; nothing is sent anywhere),
// and what the build says of earlier reviews (locales/<lng>.reviews.json, see src/tools/static.ts).
import { termPattern } from '../components/Terms';

/** What the reviewer did with one string. */
export interface Work {
  /** Ticked "Looks right". */
  approved?: boolean;
  /** A correction, as typed (checked before it can be exported). */
  correction?: string;
  /** A note for the team, sent with the correction. */
  note?: string;
  /** The English and the translation on screen when they acted, and the day. */
  en: string;
  text: string;
  date: string;
}
export type WorkMap = Record<string, Work>;

/** Earlier reviews, as the build knows them (imported into locales/<lng>.track.json). */
export interface Records {
  /** Reviewed against today's English and text: the day. */
  reviewed: Record<string, string>;
  /** Reviewed, but the English ("en") or the translation ("text") changed since. */
  changed: Record<string, { en: string; date: string; why?: 'en' | 'text' }>;
}

/** One string of the language under review. */
export interface Item {
  /** "<namespace>:<key>" */
  id: string;
  ns: string;
  key: string;
  en: string;
  text: string;
  /** Hard words of the glossary the English uses, with the word agreed for this language. */
  terms?: readonly TermWord[];
}

/** A glossary word: its English, and the word the language's glossary gives for it. */
export interface TermWord {
  id: string;
  en: string;
  word: string;
}

export type GlossaryTexts = Record<string, { word?: string; match?: string } | undefined>;

/**
 * Finds the glossary's hard words in an English text (by the glossary's own English forms, as the
 * steps find them), each with the word the language's glossary agreed on: what a reviewer checks
 * the translation against. A glossary entry's own texts do not list the word they define.
 */
export function termFinder(englishGlossary: GlossaryTexts, glossary: GlossaryTexts): (english: string, id: string) => TermWord[] {
  const terms = Object.entries(englishGlossary).flatMap(([id, en]) => {
    const word = glossary[id]?.word;
    const pattern = en?.word && termPattern(en.match ?? en.word, 'en');
    return en?.word && word && pattern ? [{ id, en: en.word, word, pattern }] : [];
  });
  return (english, id) => terms.filter((t) => !id.startsWith(`glossary:${t.id}.`) && t.pattern.test(english)).map(({ pattern: _, ...term }) => term);
}

export type State = 'todo' | 'approved' | 'reviewed' | 'corrected' | 'changed';

const storageKey = (lang: string) => `review:${lang}`;

export function readWork(lang: string): WorkMap {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(storageKey(lang)) ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as WorkMap) : {};
  } catch {
    return {};
  }
}

/** Keeps the whole review of a language; false when this browser cannot keep it. */
export function writeWork(lang: string, work: WorkMap): boolean {
  try {
    if (Object.keys(work).length === 0) localStorage.removeItem(storageKey(lang));
    else localStorage.setItem(storageKey(lang), JSON.stringify(work));
    return true;
  } catch {
    return false;
  }
}

/** Earlier reviews of a language, or undefined when they could not be loaded. */
export async function fetchRecords(lang: string): Promise<Records | undefined> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}locales/${lang}.reviews.json`);
    if (!response.ok) return undefined;
    const value = (await response.json()) as Partial<Records>;
    return { reviewed: value.reviewed ?? {}, changed: value.changed ?? {} };
  } catch {
    return undefined;
  }
}

export const NO_RECORDS: Records = { reviewed: {}, changed: {} };

/** Work that says something: a tick or a correction. */
const acted = (work: Work | undefined): boolean => !!work && (work.approved === true || work.correction !== undefined);

export function stateOf(item: Item, work: Work | undefined, records: Records): State {
  if (work && acted(work)) {
    if (work.en !== item.en || work.text !== item.text) return 'changed';
    return work.correction !== undefined ? 'corrected' : 'approved';
  }
  if (item.id in records.reviewed) return 'reviewed';
  if (item.id in records.changed) return 'changed';
  return 'todo';
}

/** States that still need the reviewer: where "Next text to check" goes. */
export const needsReview = (state: State) => state === 'todo' || state === 'changed';

/**
 * Work that has landed (the build now records it as reviewed, with the same text) or that is
 * about strings the app no longer has is dropped: what is left is what still needs exporting.
 */
export function pruneWork(work: WorkMap, items: readonly Item[], records: Records): WorkMap {
  const byId = new Map(items.map((i) => [i.id, i]));
  const kept: WorkMap = {};
  for (const [id, w] of Object.entries(work)) {
    const item = byId.get(id);
    if (!item || !(acted(w) || w.note)) continue;
    const landed = id in records.reviewed && w.en === item.en && (w.correction ?? w.text) === item.text;
    if (!landed) kept[id] = w;
  }
  return kept;
}

export interface Unit {
  ns: string;
  key: string;
  source: string;
  target: string;
  note?: string;
}

/** What the export file holds: strings marked as right, and corrections (already checked). */
export function exportUnits(items: readonly Item[], work: WorkMap, records: Records): Unit[] {
  return items.flatMap((item) => {
    const w = work[item.id];
    const state = stateOf(item, w, records);
    if (!w || (state !== 'approved' && state !== 'corrected')) return [];
    const note = w.correction !== undefined ? w.note?.trim() : undefined;
    return [{ ns: item.ns, key: item.key, source: item.en, target: w.correction ?? item.text, ...(note ? { note } : {}) }];
  });
}

/** Brings a string's control to the middle of the screen and gives it focus. */
export function focusInView(element: HTMLElement | null | undefined): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView?.({ block: 'center' });
}

/** The same, once the screen has drawn what `find` looks for. */
export function focusSoon(find: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => focusInView(find()));
}
