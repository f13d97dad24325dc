// Preferences on the device: only the language and reading choices, never which pages were read.
// Storage may be blocked or full (private mode, quota): then the app works and just forgets.

export interface Prefs {
  lang?: string;
  /** Speech rate, 0.5 to 1.5. */
  rate?: number;
  /** The first-visit note was dismissed. */
  intro?: true;
}

const KEY = 'prefs';

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
