// Recorded human voices, where partners ship them (see README "Recordings"):
//   public/audio/<lang>/<guide>/<step-id>.<ext>           one recording for the whole step
//   public/audio/<lang>/<guide>/<step-id>/<n>.<ext>       one per sentence: n as numbered by
//                                                         stepSentences (title, text, then "tell me more")
// The list is made at build time, so finding a recording needs no request.
import { RECORDINGS } from 'virtual:recordings';

export interface StepRecordings {
  /** One recording of the whole step: it plays alone. */
  whole?: string;
  /** One recording per sentence, by the sentence's number in its step (from 1). */
  sentences: ReadonlyMap<number, string>;
}

export const NO_RECORDINGS: StepRecordings = { sentences: new Map() };

export function recordingsFor(lang: string, guide: string, step: string, list: readonly string[] = RECORDINGS): StepRecordings {
  const prefix = `audio/${lang}/${guide}/${step}`;
  const url = (p: string) => import.meta.env.BASE_URL + p;
  const whole = list.find((p) => p.startsWith(`${prefix}.`));
  const sentences = new Map<number, string>();
  for (const p of list) {
    const m = p.startsWith(`${prefix}/`) ? /^([1-9]\d*)\.[a-z0-9]+$/.exec(p.slice(prefix.length + 1)) : null;
    if (m) sentences.set(Number(m[1]), url(p));
  }
  return whole ? { whole: url(whole), sentences } : { sentences };
}

/** Whether a person's recordings ship for the language (some steps or all). */
export function hasRecordings(lang: string, list: readonly string[] = RECORDINGS): boolean {
  return list.some((p) => p.startsWith(`audio/${lang}/`));
}

/** Caches a language's recordings in the background (the service worker keeps them). */
export function cacheRecordings(lang: string, list: readonly string[] = RECORDINGS): void {
  const mine = list.filter((p) => p.startsWith(`audio/${lang}/`));
  if (mine.length === 0) return;
  const later = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 2000));
  later(() => {
    for (const p of mine) fetch(import.meta.env.BASE_URL + p).catch(() => undefined);
  });
}
