// "Forget this device" (the safety page): every storage the app can reach, and the service
// worker. Apart from storage.ts so that only the safety page loads it.
import { STUDIO_DATABASE } from './storage';
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
