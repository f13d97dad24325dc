// Preferences on the device: only the language and reading choices, never which pages were read.
// Storage may be blocked or full (private mode, quota): then the app works and just forgets.
// (The recording studio keeps an interpreter's takes in its own database, STUDIO_DATABASE.)

export interface Prefs {
  lang?: string;
  /** Speech rate, 0.5 to 1.5. */
  rate?: number;
  /** The first-visit note was dismissed. */
  intro?: true;
}

const KEY = 'prefs';

/** The studio's takes (lib/takes.ts). Named here so that "Forget this device" removes it even
 * where the browser cannot list its databases. */
export const STUDIO_DATABASE = 'studio';

export function readPrefs(): Prefs {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : {};
    return value && typeof value === 'object' ? (value as Prefs) : {};
  } catch {
    return {};
  }
}

/** Merges into the stored preferences; false when they could not be kept. */
export function writePrefs(change: Prefs): boolean {
  try {
    globalThis.localStorage.setItem(KEY, JSON.stringify({ ...readPrefs(), ...change }));
    return true;
  } catch {
    return false;
  }
}
