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

/** "Forget this device": every storage the app can reach, and the service worker. */
export async function forgetDevice(): Promise<void> {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    /* blocked storage holds nothing to clear */
  }
  const tasks: Promise<unknown>[] = [];
  if (globalThis.caches) tasks.push(caches.keys().then((keys) => Promise.all(keys.map((k) => caches.delete(k)))));
  if ('serviceWorker' in navigator) {
    tasks.push(navigator.serviceWorker.getRegistrations().then((rs) => Promise.all(rs.map((r) => r.unregister()))));
  }
  if (globalThis.indexedDB) tasks.push(deleteDatabases());
  await Promise.allSettled(tasks);
}

/** Every database of the app, and waits until each is gone (an open one closes when asked). */
async function deleteDatabases(): Promise<void> {
  const names = new Set([STUDIO_DATABASE]);
  if ('databases' in indexedDB) for (const db of await indexedDB.databases()) if (db.name) names.add(db.name);
  await Promise.all(
    [...names].map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = () => resolve();
          // Held open by another tab: it goes when that tab lets go; do not wait forever.
          request.onblocked = () => setTimeout(resolve, 1000);
        }),
    ),
  );
}
