// "Forget this device" (the safety page): every storage the app can reach, and the service
// worker. Apart from storage.ts so that only the safety page loads it.

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
  if (globalThis.indexedDB && 'databases' in indexedDB) {
    tasks.push(
      indexedDB.databases().then((dbs) => dbs.forEach((db) => db.name && indexedDB.deleteDatabase(db.name))),
    );
  }
  await Promise.allSettled(tasks);
}
