// Recorded human voices, where partners ship them (see README "Recordings"):
//   public/audio/<lang>/<guide>/<step-id>.<ext>           one recording for the whole step
//   public/audio/<lang>/<guide>/<step-id>/<n>.<ext>       one per sentence, n from 1
// The list is made at build time, so finding a recording needs no request.
import { RECORDINGS } from 'virtual:recordings';

export function recordingsFor(lang: string, guide: string, step: string, list: readonly string[] = RECORDINGS): string[] {
  const prefix = `audio/${lang}/${guide}/${step}`;
  const whole = list.find((p) => p.startsWith(`${prefix}.`));
  if (whole) return [import.meta.env.BASE_URL + whole];
  const number = (p: string) => Number(p.slice(prefix.length + 1).split('.')[0]);
  return list
    .filter((p) => p.startsWith(`${prefix}/`) && Number.isInteger(number(p)))
    .sort((a, b) => number(a) - number(b))
    .map((p) => import.meta.env.BASE_URL + p);
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
